import { useState } from 'react';
import { plural, quote } from '../../../src/domain/shared/words';
import { PHASE_NAMES, type Phase } from '../../../src/domain/retro/phases';
import type { TeamDoc } from '../../../src/domain/workspace';
import type { Retro } from '../../../src/domain/retro/schema';
import type { OwnersMatched } from '../../../src/api/contract/retro';
import { MAX_RETRO_EXPORT_BYTES, RETRO_EXPORT_TOO_LARGE } from '../../../src/domain/retro/export/json';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { byId, focusSoon } from '../../components/focus-soon';
import { useAppStore } from '../../store';
import { CreateRetroForm } from './CreateRetroForm';
import { TemplateManager } from './TemplateManager';
import { FilePicker } from '../../components/FilePicker';
import { FormError } from '../../components/FormError';
import { formatDay } from '../../../src/domain/shared/dates';
import { compareInstants } from '../../../src/domain/planning/calendar';
import { dateInZone } from '../../../src/domain/shared/zoned-time';
import { onScreen } from '../../components/dates';
import { neighbourOf } from '../../../src/domain/shared/neighbour';
import { leaveAllowed } from '../../store/leave-guard';
import { retroNames } from '../../../src/domain/retro/retro-names';

/** What an import brought, and what became of the people it names (see importRetro). */
function importedText(retro: Retro, owners: OwnersMatched): string {
  const done = `Imported ${quote(retro.title)}.`;
  if (owners.matched + owners.unassigned === 0) return done;
  const who = retro.kind === 'postmortem' ? 'Action owners, commander and scribe' : 'Action owners';
  const members = owners.matched === 1 ? 'a member' : 'members';
  return `${done} ${who}: ${owners.matched} matched to ${members} of this team, ${owners.unassigned} left unassigned.`;
}

/** The Open button of a retro in the list, for `focusSoon`: where the focus lands back on the list. */
export const openButtonOf = (retroId: string) => () =>
  document.querySelector(`.retro-list [data-retro-id="${CSS.escape(retroId)}"] [data-open-retro]`);

const NEW_RETRO_ID = 'new-retro';

/**
 * What deleting a retro takes with it, as the delete does (deleteRetro): the health scores it recorded leave the
 * trend, and what it decided about earlier retros' actions is undone; a retro that holds neither says only the first.
 */
function deleteMessage(team: TeamDoc, retro: { id: string; title: string }): string {
  const decided = team.retros.reduce(
    (n, r) => n + r.actions.filter((a) => a.reviews.some((v) => v.retroId === retro.id)).length,
    0,
  );
  return [
    `${quote(retro.title)} and its cards, votes and actions will be deleted.`,
    team.healthChecks.some((h) => h.retroId === retro.id) ? 'Its health scores leave the health trend.' : null,
    decided > 0 ? `What it decided about ${plural(decided, 'earlier action')} is undone.` : null,
    'Export it first if you need it.',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The team's retros and postmortems, newest first, with creation, templates and import. */
export function RetroList({ team }: { team: TeamDoc }) {
  const openRetro = useAppStore((s) => s.openRetro);
  const deleteRetro = useAppStore((s) => s.deleteRetro);
  const importRetro = useAppStore((s) => s.importRetro);
  const pushToast = useAppStore((s) => s.pushToast);
  const reportError = useAppStore((s) => s.reportError);
  const [creating, setCreating] = useState<'retro' | 'postmortem' | null>(null);
  const [deleting, setDeleting] = useState<{ id: string; title: string } | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const retros = [...team.retros].sort((a, b) => compareInstants(b.createdAt, a.createdAt));
  const names = retroNames(retros, team.settings.timeZone, onScreen());
  const nameOf = (r: Retro) => names.get(r.id) ?? r.title;
  const sprintName = (id: string | null) => team.sprints.find((s) => s.id === id)?.name ?? 'No sprint';
  /** A retro opened takes the list off the screen: a template half typed below it asks first. */
  const open = function openOnce(retroId: string) {
    if (leaveAllowed(() => openOnce(retroId))) openRetro(retroId);
  };

  const onImport = async (file: File) => {
    setImportError(null);
    // The contract's bound, checked before reading, as the workspace import does: a file this large (most often a
    // whole workspace's export) would only be read into the page to be refused.
    if (file.size > MAX_RETRO_EXPORT_BYTES) {
      setImportError(`${file.name}: ${RETRO_EXPORT_TOO_LARGE} Nothing was changed.`);
      return;
    }
    try {
      const { retro, owners } = await importRetro(await file.text());
      pushToast({ kind: 'success', message: importedText(retro, owners) });
    } catch (error) {
      setImportError(error instanceof Error ? error.message : 'The file could not be imported.');
    }
  };

  return (
    <section className="screen retro" aria-labelledby="retro-title">
      <div className="screen-header">
        <h2 id="retro-title">Retrospectives</h2>
        <div className="toolbar">
          <button id={NEW_RETRO_ID} type="button" className="primary" onClick={() => setCreating('retro')}>
            New retro
          </button>
          <button type="button" onClick={() => setCreating('postmortem')}>
            New postmortem
          </button>
          <FilePicker label="Import retro (JSON)" accept="application/json,.json" onFile={onImport} />
        </div>
      </div>
      <FormError message={importError} />
      {retros.length === 0 ? (
        <p className="empty">No retro yet. Start one for the last sprint, or a blameless postmortem for an incident.</p>
      ) : (
        <ul className="retro-list">
          {retros.map((r) => (
            <li key={r.id} className="panel retro-list__item" data-retro-id={r.id}>
              <div>
                <h3>{r.title}</h3>
                <p className="muted">
                  {r.kind === 'postmortem' ? `Postmortem (${r.incident?.severity.toUpperCase() ?? '–'})` : 'Retro'} ·{' '}
                  {formatDay(dateInZone(r.createdAt, team.settings.timeZone), onScreen())} · {sprintName(r.sprintId)} ·{' '}
                  {r.templateName} · phase: {PHASE_NAMES[r.phase as Phase] ?? r.phase} ·{' '}
                  {plural(r.cards.length, 'card')} · {plural(r.actions.length, 'action')}
                </p>
              </div>
              <div className="row-actions">
                <button type="button" className="primary" data-open-retro onClick={() => open(r.id)}>
                  Open {nameOf(r)}
                </button>
                <button type="button" className="danger" onClick={() => setDeleting({ id: r.id, title: nameOf(r) })}>
                  Delete {nameOf(r)}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <TemplateManager team={team} />
      {creating ? (
        <CreateRetroForm
          team={team}
          kind={creating}
          onClose={() => setCreating(null)}
          onCreated={(id) => {
            setCreating(null);
            open(id);
          }}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title="Delete retro?"
          message={deleteMessage(team, deleting)}
          confirmLabel="Delete retro"
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const id = deleting.id;
            // The row after the deleted one takes the focus, else the one before, else New retro.
            const neighbour = neighbourOf(retros, id);
            setDeleting(null);
            deleteRetro(id)
              .then(() => focusSoon(neighbour ? openButtonOf(neighbour.id) : byId(NEW_RETRO_ID)))
              .catch(reportError);
          }}
        />
      ) : null}
    </section>
  );
}
