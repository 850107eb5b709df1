import { useRef, useState } from 'react';
import type { Member } from '../../../src/domain/team/schema';
import type { Sprint } from '../../../src/domain/planning/schema';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import type { Retro } from '../../../src/domain/retro/schema';
import type { Blocker, StandupSession } from '../../../src/domain/standup/schema';
import { isOpenItem } from '../../../src/domain/backlog/filter';
import { FORMER_MEMBER } from '../../../src/domain/team/member-name';
import { plural, pluralWord } from '../../../src/domain/shared/words';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAppStore } from '../../store';
import { MemberForm } from './MemberForm';
import { DataTable } from '../../components/DataTable';
import { focusSoon } from '../../components/focus-soon';
import { neighbourOf } from '../../../src/domain/shared/neighbour';
import { changedFields } from '../../../src/domain/shared/changed-fields';
import { aheadFrom } from '../../../src/domain/planning/sprint-entries';
import { useToday } from '../../components/use-now';

const ADD_MEMBER = 'Add member';

/**
 * A member's on-call shifts in the sprints not yet closed: all of them (they count against capacity), or, from
 * `today`, those still to serve, the ones that need someone else when the member leaves: a shift that ended before
 * today (`aheadFrom`: earlier in the active sprint) was served.
 */
function openShiftsOf(sprints: readonly Sprint[], memberId: string, today?: string): number {
  return sprints
    .filter((s) => s.state !== 'closed')
    .reduce(
      (n, s) =>
        n +
        s.onCall.filter(
          (shift) => shift.memberId === memberId && (today === undefined || shift.endDate >= aheadFrom(s, today)),
        ).length,
      0,
    );
}

/** How many items not yet done a member owns. */
function openItemsOf(items: readonly BacklogItem[], memberId: string): number {
  return items.filter((i) => i.ownerId === memberId && isOpenItem(i)).length;
}

/** How many retro and postmortem actions still open a member owns. */
function openActionsOf(retros: readonly Retro[], memberId: string): number {
  return retros.reduce((n, r) => n + r.actions.filter((a) => a.ownerId === memberId && a.status === 'open').length, 0);
}

/** How many blockers not yet resolved a member owns. */
function openBlockersOf(blockers: readonly Blocker[], memberId: string): number {
  return blockers.filter((b) => b.ownerId === memberId && b.resolvedAt === null).length;
}

/** Whether a standup running now has a member's turn still to end (waiting, or speaking): removal leaves it. */
function turnInRunningStandup(standups: readonly StandupSession[], memberId: string): boolean {
  return standups.some(
    (s) =>
      s.state === 'running' &&
      s.timer.turns.some((t) => t.memberId === memberId && (t.status === 'waiting' || t.status === 'speaking')),
  );
}

/** What a removed member still owns, and where someone else is picked: they keep it, shown as FORMER_MEMBER. */
function stillTheirs(count: number, what: string, where: string): string {
  if (count === 0) return '';
  const its = pluralWord(count, 'its', 'their');
  return ` ${plural(count, what)} ${pluralWord(count, 'is', 'are')} still theirs: ${its} owner reads “${FORMER_MEMBER}” until you pick another ${where}.`;
}

/** What a member being removed holds that is still open. */
interface Held {
  shifts: number;
  items: number;
  actions: number;
  blockers: number;
  /** Their turn in the standup running now is still to end. */
  turn: boolean;
}

/**
 * What removing a member does; their on-call shifts stay on the calendar (nobody covers them until handed on), and
 * their open items, retro actions and blockers keep them as owner, shown as FORMER_MEMBER, until someone else is
 * picked.
 */
function removalMessage(name: string, held: Held): string {
  const { shifts: openShifts } = held;
  const shifts =
    openShifts === 0
      ? ''
      : ` Their ${plural(openShifts, 'on-call shift')} still to serve ${pluralWord(openShifts, 'stays', 'stay')} on the calendar as “${FORMER_MEMBER}”, with nobody covering ${pluralWord(openShifts, 'it', 'them')}: on Planning → Calendar, remove ${pluralWord(openShifts, 'it', 'them')} and add the days for whoever covers them.`;
  const items = stillTheirs(held.items, 'open item', 'on the Backlog');
  const actions = stillTheirs(
    held.actions,
    'open retro action',
    `on Retro, in the Actions phase of the ${pluralWord(held.actions, 'retro it', 'retros they')} came from`,
  );
  const blockers = stillTheirs(held.blockers, 'open blocker', 'on Standup → Standup timer');
  const turn = held.turn
    ? ' The standup running now will not call them; if they have the floor there now, move on with Next or Skip (absent).'
    : '';
  return `${name} will no longer count toward capacity or appear in standups.${turn}${shifts}${items}${actions}${blockers}`;
}

/** The people on the team, with their availability and on-call duty. */
export function MembersSection() {
  const members = useAppStore((s) => s.team?.members ?? []);
  const sprints = useAppStore((s) => s.team?.sprints);
  const items = useAppStore((s) => s.team?.items);
  const retros = useAppStore((s) => s.team?.retros);
  const blockers = useAppStore((s) => s.team?.blockers);
  const standups = useAppStore((s) => s.team?.standups);
  const teamName = useAppStore((s) => s.team?.name ?? '');
  const teamId = useAppStore((s) => s.team?.id ?? '');
  const timeZone = useAppStore((s) => s.team?.settings.timeZone ?? 'UTC');
  const today = useToday(timeZone);
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
        <MemberForm
          teamId={teamId}
          dialogTitle={`Edit ${editing.name}`}
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
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={`Remove ${removing.name}?`}
          message={removalMessage(removing.name, {
            shifts: openShiftsOf(sprints ?? [], removing.id, today),
            items: openItemsOf(items ?? [], removing.id),
            actions: openActionsOf(retros ?? [], removing.id),
            blockers: openBlockersOf(blockers ?? [], removing.id),
            turn: turnInRunningStandup(standups ?? [], removing.id),
          })}
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
