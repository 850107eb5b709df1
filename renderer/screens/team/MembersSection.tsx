import { useRef, useState } from 'react';
import type { Member } from '../../../src/domain/team/schema';
import type { Sprint } from '../../../src/domain/planning/schema';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import { isOpenItem } from '../../../src/domain/backlog/filter';
import { FORMER_MEMBER } from '../../../src/domain/team/member-name';
import { plural, pluralWord } from '../../../src/domain/shared/words';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Modal } from '../../components/Modal';
import { useAppStore } from '../../store';
import { MemberForm } from './MemberForm';
import { DataTable } from '../../components/DataTable';
import { focusSoon } from '../../components/focus-soon';
import { neighbourOf } from '../../../src/domain/shared/neighbour';
import { changedFields } from '../../../src/domain/shared/changed-fields';

const ADD_MEMBER = 'Add member';

/** A member's on-call shifts in the sprints not yet closed. */
function openShiftsOf(sprints: readonly Sprint[], memberId: string): number {
  return sprints
    .filter((s) => s.state !== 'closed')
    .reduce((n, s) => n + s.onCall.filter((shift) => shift.memberId === memberId).length, 0);
}

/** How many items not yet done a member owns. */
function openItemsOf(items: readonly BacklogItem[], memberId: string): number {
  return items.filter((i) => i.ownerId === memberId && isOpenItem(i)).length;
}

/**
 * What removing a member does; their on-call shifts stay on the calendar (nobody covers them until handed on), and
 * their open items keep them as owner, shown as FORMER_MEMBER, until someone else is picked.
 */
function removalMessage(name: string, openShifts: number, openItems: number): string {
  const shifts =
    openShifts === 0
      ? ''
      : ` Their ${plural(openShifts, 'on-call shift')} in open sprints ${pluralWord(openShifts, 'stays', 'stay')} on the calendar as “${FORMER_MEMBER}”, with nobody covering ${pluralWord(openShifts, 'it', 'them')}: on Planning → Calendar, remove ${pluralWord(openShifts, 'it', 'them')} and add the days for whoever covers them.`;
  const items =
    openItems === 0
      ? ''
      : ` ${plural(openItems, 'open item')} ${pluralWord(openItems, 'is', 'are')} still theirs: ${pluralWord(openItems, 'its', 'their')} owner reads “${FORMER_MEMBER}” until you pick another on the Backlog.`;
  return `${name} will no longer count toward capacity or appear in standups.${shifts}${items}`;
}

/** The people on the team, with their availability and on-call duty. */
export function MembersSection() {
  const members = useAppStore((s) => s.team?.members ?? []);
  const sprints = useAppStore((s) => s.team?.sprints);
  const items = useAppStore((s) => s.team?.items);
  const teamName = useAppStore((s) => s.team?.name ?? '');
  const teamId = useAppStore((s) => s.team?.id ?? '');
  const addMember = useAppStore((s) => s.addMember);
  const updateMember = useAppStore((s) => s.updateMember);
  const removeMember = useAppStore((s) => s.removeMember);
  const pushToast = useAppStore((s) => s.pushToast);
  const reportError = useAppStore((s) => s.reportError);
  const [editing, setEditing] = useState<Member | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const section = useRef<HTMLElement>(null);

  /** The first control of a member's row (Edit), or the Add member button when there is no such row. */
  const controlAfterRemoving = (removed: Member) => () => {
    const neighbour = neighbourOf(members, removed.id);
    const row = neighbour
      ? section.current?.querySelector(`tr[data-member-id="${CSS.escape(neighbour.id)}"] button`)
      : null;
    const submits = section.current?.querySelectorAll<HTMLButtonElement>('button[type="submit"]') ?? [];
    return row ?? [...submits].find((b) => b.textContent === ADD_MEMBER);
  };

  return (
    <section ref={section} className="panel" aria-labelledby="members-title">
      <h3 id="members-title">Members of {teamName}</h3>
      {members.length === 0 ? (
        <p className="empty">No members yet. Add the people who share the sprint work and on-call.</p>
      ) : (
        <DataTable caption="Team members" columns={['Name', 'Role', 'Hours per day', 'On-call', 'Actions']}>
          <tbody>
            {members.map((m) => (
              <tr key={m.id} data-member-id={m.id}>
                <th scope="row">{m.name}</th>
                <td>{m.role || '—'}</td>
                <td>{m.hoursPerDay}</td>
                <td>{m.takesOnCall ? 'Yes' : 'No'}</td>
                <td>
                  <div className="row-actions">
                    <button type="button" onClick={() => setEditing(m)}>
                      Edit {m.name}
                    </button>
                    <button type="button" className="danger" onClick={() => setRemoving(m)}>
                      Remove {m.name}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <h4>Add a member</h4>
      <MemberForm
        teamId={teamId}
        submitLabel={ADD_MEMBER}
        onSubmit={async (member) => {
          await addMember(member);
          pushToast({ kind: 'success', message: `Added ${member.name}.` });
        }}
      />
      {editing ? (
        <Modal title={`Edit ${editing.name}`} onClose={() => setEditing(null)}>
          <MemberForm
            teamId={teamId}
            initial={editing}
            openShifts={openShiftsOf(sprints ?? [], editing.id)}
            submitLabel="Save member"
            onCancel={() => setEditing(null)}
            onSubmit={async (member) => {
              // Only the fields edited: a change that reached the member meanwhile (a sync, another window) stays.
              const changed = changedFields(member, editing);
              if (Object.keys(changed).length > 0) await updateMember(editing.id, changed);
              setEditing(null);
            }}
          />
        </Modal>
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={`Remove ${removing.name}?`}
          message={removalMessage(
            removing.name,
            openShiftsOf(sprints ?? [], removing.id),
            openItemsOf(items ?? [], removing.id),
          )}
          confirmLabel="Remove member"
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            const target = removing;
            // The next member's row takes the focus (the one before at the end, else Add member).
            const next = controlAfterRemoving(target);
            setRemoving(null);
            removeMember(target.id)
              .then(() => focusSoon(next))
              .catch(reportError);
          }}
        />
      ) : null}
    </section>
  );
}
