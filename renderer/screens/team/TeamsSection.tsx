import { useRef, useState, type FormEvent } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field } from '../../components/Field';
import { messageOf } from '../../api/errors';
import { byId, focusSoon } from '../../components/focus-soon';
import { useAppStore } from '../../store';
import { isModalOpen } from '../../app/keyboard';
import { busyButton, useSubmitOnce } from '../../components/use-submit-once';
import { plural, quote } from '../../../src/domain/shared/words';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';
import { useTeamDraft } from '../../components/use-team-draft';

/** Create, rename and delete teams. */
export function TeamsSection() {
  const teams = useAppStore((s) => s.teams);
  const current = useAppStore((s) => s.team);
  const createTeam = useAppStore((s) => s.createTeam);
  const renameTeam = useAppStore((s) => s.renameTeam);
  const deleteTeam = useAppStore((s) => s.deleteTeam);
  const selectTeam = useAppStore((s) => s.selectTeam);
  const pushToast = useAppStore((s) => s.pushToast);
  const reportError = useAppStore((s) => s.reportError);
  const [newName, setNewName] = useState('');
  const [createError, setCreateError] = useState<string>();
  const { busy: creating, once } = useSubmitOnce();
  /**
   * The name being typed (null: the form is closed) and the last save's message, for each team (useTeamDraft):
   * another team opened meanwhile shows its own Rename button, and the name typed is there again with its team.
   */
  const [renaming, setRenaming] = useTeamDraft<{ name: string; error?: string } | null>(current?.id ?? '', null);
  const rename = current ? (renaming?.name ?? null) : null;
  const renameError = renaming?.error;
  const setRename = (name: string) => setRenaming((r) => ({ ...r, name }));
  const setRenameError = (error: string | undefined) => setRenaming((r) => (r ? { ...r, error } : r));
  const [confirmDelete, setConfirmDelete] = useState<{ id: string; name: string } | null>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const renameField = useRef<HTMLInputElement>(null);

  // So is a new team's name typed and not created: it belongs to no team, so a switch of team leaves it too.
  const unsavedNewTeam = useUnsavedChanges(
    newName.trim() !== '',
    'the new team',
    () => {
      setNewName('');
      setCreateError(undefined);
    },
    { keptPerTeam: true },
  );

  /** The form takes the focus when it opens; the Rename button gets it back when it closes. */
  const openRename = (name: string) => {
    setRename(name);
    focusSoon(() => renameField.current);
  };
  const closeRename = () => {
    setRenaming(() => null);
    focusSoon(() => renameButton.current);
  };
  const renameForm = useRef<HTMLFormElement>(null);
  /**
   * Closed by the person (Cancel rename, Escape, or Discard changes in the question they raised): the focus goes back
   * to Rename. Closed, unchanged, by a switch of screen that another form's question holds, it stays where it is.
   */
  const leaveRename = () =>
    rename !== null && (isModalOpen() || renameForm.current?.contains(document.activeElement))
      ? closeRename()
      : setRenaming(() => null);
  // A name typed and not saved is not dropped by Cancel rename, Escape or a switch of screen without a question (for
  // any team); a switch of team keeps it for its team.
  const unsaved = useUnsavedChanges(
    !!current && rename !== null && rename.trim() !== current.name,
    'the team name',
    leaveRename,
    { keptPerTeam: current?.id ?? true },
  );

  /** Its Open button goes with the switch: the heading of the team opened takes the focus, and says which. */
  const openTeam = (name: string, teamId: string) =>
    selectTeam(teamId).then(() => focusSoon(byId('members-title', `Members of ${name}`)), reportError);

  const onCreate = once(async () => {
    try {
      const team = await createTeam(newName);
      setNewName('');
      setCreateError(undefined);
      pushToast({ kind: 'success', message: `Created team ${quote(team.name)}.` });
    } catch (error) {
      setCreateError(messageOf(error));
    }
  });

  const onRename = async (event: FormEvent) => {
    event.preventDefault();
    if (rename === null) return;
    try {
      await renameTeam(rename);
      closeRename();
    } catch (error) {
      setRenameError(messageOf(error));
    }
  };

  return (
    <section className="panel" aria-labelledby="teams-title">
      <h3 id="teams-title">Teams</h3>
      {teams.length > 0 ? (
        <ul className="team-list">
          {teams.map((t) => (
            <li key={t.id} className={t.id === current?.id ? 'is-current' : undefined}>
              <span className="team-list__name">{t.name}</span>
              <span className="muted">
                {plural(t.memberCount, 'member')}, {plural(t.itemCount, 'item')}
              </span>
              {t.id !== current?.id ? (
                <button type="button" onClick={() => openTeam(t.name, t.id)}>
                  Open {t.name}
                </button>
              ) : (
                <span className="badge">Open now</span>
              )}
              <button type="button" className="danger" onClick={() => setConfirmDelete({ id: t.id, name: t.name })}>
                Delete {t.name}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">No team yet. Name your first team below.</p>
      )}

      {current && rename === null ? (
        <button ref={renameButton} type="button" onClick={() => openRename(current.name)}>
          Rename {current.name}
        </button>
      ) : null}
      {current && rename !== null ? (
        <form
          ref={renameForm}
          className="inline-form"
          onSubmit={onRename}
          noValidate
          onKeyDown={(event) => {
            // Escape leaves the name as it was, as Cancel rename does (asking first when a new one was typed).
            if (event.key !== 'Escape' || event.defaultPrevented) return;
            event.preventDefault();
            unsaved.leave();
          }}
        >
          <Field label="New team name" error={renameError}>
            {(p) => <input {...p} ref={renameField} value={rename} onChange={(e) => setRename(e.target.value)} />}
          </Field>
          <button type="submit" className="primary">
            Save name
          </button>
          <button type="button" onClick={unsaved.leave}>
            Cancel rename
          </button>
        </form>
      ) : null}

      <form className="inline-form" onSubmit={onCreate} noValidate>
        <Field
          label="Team name"
          error={createError}
          hint="For example: Platform SRE, Network Ops, Data Infrastructure."
        >
          {(p) => <input {...p} value={newName} onChange={(e) => setNewName(e.target.value)} autoComplete="off" />}
        </Field>
        <button type="submit" className="primary" {...busyButton(creating)}>
          Create team
        </button>
      </form>

      {confirmDelete ? (
        <ConfirmDialog
          title={`Delete ${confirmDelete.name}?`}
          message={`This deletes the team ${quote(confirmDelete.name)} with its members, backlog and history. A backup of the data file is kept in the backups folder.`}
          confirmLabel="Delete team"
          onCancel={() => setConfirmDelete(null)}
          onConfirm={() => {
            const target = confirmDelete;
            setConfirmDelete(null);
            deleteTeam(target.id)
              .then(() => {
                pushToast({ kind: 'info', message: `Deleted team ${quote(target.name)}.` });
                focusSoon(byId('teams-title'));
              })
              .catch(reportError);
          }}
        />
      ) : null}
      {unsaved.question}
      {unsavedNewTeam.question}
    </section>
  );
}
