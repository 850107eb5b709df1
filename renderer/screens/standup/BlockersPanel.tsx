import { useState } from 'react';
import { BlockerTextSchema, type Blocker } from '../../../src/domain/standup/schema';
import { ageInDays } from '../../../src/domain/standup/format';
import type { Member } from '../../../src/domain/team/schema';
import { useAppStore } from '../../store';
import { useNow } from '../../components/use-now';
import { DataTable } from '../../components/DataTable';
import { formatDay } from '../../../src/domain/shared/dates';
import { dateInZone } from '../../../src/domain/shared/zoned-time';
import { plural, UNASSIGNED } from '../../../src/domain/shared/words';
import { onScreen } from '../../components/dates';
import { compareInstants } from '../../../src/domain/planning/calendar';
import { MemberOptions } from '../../components/Options';
import { FORMER_MEMBER, memberName } from '../../../src/domain/team/member-name';
import { byId, focusSoon } from '../../components/focus-soon';
import { neighbourOf } from '../../../src/domain/shared/neighbour';
import { BLOCKER_TEXT_LABEL, TextEditDialog } from './TextEditDialog';
import { busyButton, useOncePerKey } from '../../components/use-submit-once';

const resolveId = (id: string) => `resolve-blocker-${id}`;

/**
 * Open blockers, at the top of every standup until resolved, each with Edit (a typo, the wrong system named) and
 * Resolve; the last few resolved ones below, to reopen.
 */
export function BlockersPanel(props: {
  blockers: Blocker[];
  members: Member[];
  /** The team's zone: a blocker raised at 09:30 in Sydney is dated that Sydney day. */
  timeZone: string;
  onAdd: (() => void) | null;
  /** While a standup runs: a tighter panel so the timer stays on screen. */
  compact?: boolean;
}) {
  const { blockers, members, timeZone, onAdd, compact = false } = props;
  const day = (iso: string) => (iso ? formatDay(dateInZone(iso, timeZone), onScreen()) : '');
  const resolveBlocker = useAppStore((s) => s.resolveBlocker);
  const reopenBlocker = useAppStore((s) => s.reopenBlocker);
  const setBlockerOwner = useAppStore((s) => s.setBlockerOwner);
  const editBlocker = useAppStore((s) => s.editBlocker);
  const reportError = useAppStore((s) => s.reportError);
  const now = useNow(60_000);
  const [editing, setEditing] = useState<Blocker | null>(null);
  const open = blockers.filter((b) => !b.resolvedAt);
  const resolved = blockers
    .filter((b) => b.resolvedAt)
    // As moments (compareInstants): a time written without milliseconds (an imported file's) sorts right too.
    .sort((a, b) => compareInstants(b.resolvedAt ?? '', a.resolvedAt ?? ''))
    .slice(0, 5);
  const owner = (id: string | null) => (id === null ? UNASSIGNED : memberName(members, id));
  // A resolved blocker leaves the table, and the focus on its button with it: the next open blocker's Resolve
  // takes it, else the one before, else Add blocker (the heading while a standup runs).
  // A second press while a blocker's answer is on its way (a double click) sends nothing: it would be refused as
  // resolved (or open) already.
  const { busy, run } = useOncePerKey();
  const resolve = (b: Blocker) => {
    const neighbour = neighbourOf(open, b.id);
    run(b.id, () =>
      resolveBlocker(b.id)
        .then(() => focusSoon(byId(neighbour ? resolveId(neighbour.id) : onAdd ? 'blockers-add' : 'blockers-title')))
        .catch(reportError),
    );
  };
  // A reopened blocker goes back to the open ones: the focus follows it to its Resolve.
  const reopen = (b: Blocker) =>
    run(b.id, () =>
      reopenBlocker(b.id)
        .then(() => focusSoon(byId(resolveId(b.id))))
        .catch(reportError),
    );
  return (
    <section
      className={`panel blockers${open.length > 0 ? ' blockers--open' : ''}${compact ? ' blockers--compact' : ''}`}
      aria-labelledby="blockers-title"
    >
      <div className="blockers__head">
        <h3 id="blockers-title">Open blockers ({open.length})</h3>
        {onAdd ? (
          <button type="button" id="blockers-add" onClick={onAdd}>
            Add blocker
          </button>
        ) : null}
      </div>
      {open.length === 0 ? (
        <p className="muted">No open blockers.</p>
      ) : (
        <DataTable caption="Open blockers" columns={['Blocker', 'Owner', 'Raised', 'Age', 'Actions']}>
          <tbody>
            {open.map((b) => {
              const age = ageInDays(b.raisedAt, now, timeZone);
              return (
                <tr key={b.id}>
                  <th scope="row" className="table__text">
                    {b.text}
                  </th>
                  <td>
                    <select
                      aria-label={`Owner of ${b.text}`}
                      value={b.ownerId ?? ''}
                      onChange={(e) => setBlockerOwner(b.id, e.target.value || null).catch(reportError)}
                    >
                      <option value="">{UNASSIGNED}</option>
                      {/* An owner who has left is kept as stored until someone else is picked. */}
                      {b.ownerId && !members.some((m) => m.id === b.ownerId) ? (
                        <option value={b.ownerId}>{FORMER_MEMBER}</option>
                      ) : null}
                      <MemberOptions members={members} />
                    </select>
                  </td>
                  <td>{day(b.raisedAt)}</td>
                  <td>{plural(age, 'day')}</td>
                  <td>
                    <span className="row-actions">
                      <button type="button" aria-label={`Edit blocker: ${b.text}`} onClick={() => setEditing(b)}>
                        Edit
                      </button>
                      <button
                        type="button"
                        id={resolveId(b.id)}
                        aria-label={`Resolve ${b.text}`}
                        {...busyButton(busy(b.id))}
                        onClick={() => resolve(b)}
                      >
                        Resolve
                      </button>
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
      {/* Also while a standup runs (closed, one line): a blocker someone says is back is reopened there and then. */}
      {resolved.length > 0 ? (
        <details>
          <summary>Recently resolved ({resolved.length})</summary>
          <ul className="plain-list">
            {resolved.map((b) => (
              <li key={b.id}>
                {b.text} — {owner(b.ownerId)}, raised {day(b.raisedAt)}, resolved {day(b.resolvedAt ?? '')}{' '}
                <button
                  type="button"
                  aria-label={`Reopen ${b.text}`}
                  {...busyButton(busy(b.id))}
                  onClick={() => reopen(b)}
                >
                  Reopen
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {editing ? (
        <TextEditDialog
          title="Edit blocker"
          label={BLOCKER_TEXT_LABEL}
          schema={BlockerTextSchema}
          text={editing.text}
          what="the blocker"
          confirm="Save blocker"
          save={(text) => editBlocker(editing.id, text)}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}
