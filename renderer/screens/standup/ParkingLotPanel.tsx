import { useState } from 'react';
import { TopicTextSchema, type ParkingTopic } from '../../../src/domain/standup/schema';
import type { Member } from '../../../src/domain/team/schema';
import { useAppStore } from '../../store';
import { memberNames } from '../../../src/domain/team/member-name';
import { byId, focusSoon } from '../../components/focus-soon';
import { neighbourOf } from '../../../src/domain/shared/neighbour';
import { dateInZone } from '../../../src/domain/shared/zoned-time';
import { useToday } from '../../components/use-now';
import { compareInstants } from '../../../src/domain/planning/calendar';
import { TextEditDialog, TOPIC_TEXT_LABEL } from './TextEditDialog';
import { busyButton, useOncePerKey } from '../../components/use-submit-once';

const discussedId = (id: string) => `discussed-topic-${id}`;

/**
 * Topics to discuss after standup, with who should stay; each with Edit (a typo) and Discussed. Below them, the ones
 * discussed today (the team's day, `timeZone`), newest first, each with Reopen: one marked by mistake after its
 * Undo toast has gone.
 */
export function ParkingLotPanel(props: { topics: ParkingTopic[]; members: Member[]; timeZone: string }) {
  const { topics, members, timeZone } = props;
  const closeParkingTopic = useAppStore((s) => s.closeParkingTopic);
  const reopenParkingTopic = useAppStore((s) => s.reopenParkingTopic);
  const editParkingTopic = useAppStore((s) => s.editParkingTopic);
  const reportError = useAppStore((s) => s.reportError);
  const [editing, setEditing] = useState<ParkingTopic | null>(null);
  const today = useToday(timeZone);
  const open = topics.filter((t) => !t.closedAt);
  const discussedToday = topics
    .filter((t) => t.closedAt && dateInZone(t.closedAt, timeZone) === today)
    // As moments (compareInstants): a time written without milliseconds (an imported file's) sorts right too.
    .sort((a, b) => compareInstants(b.closedAt ?? '', a.closedAt ?? ''));
  const name = memberNames(members);
  // A topic marked discussed leaves the list, and the focus on its button with it: the next topic's Discussed
  // takes it, else the one before, else the parking lot's heading.
  // A second press while a topic's answer is on its way (a double click) sends nothing: it would be refused.
  const { busy, run } = useOncePerKey();
  const discussed = (t: ParkingTopic) => {
    const neighbour = neighbourOf(open, t.id);
    run(t.id, () =>
      closeParkingTopic(t.id)
        .then(() => focusSoon(byId(neighbour ? discussedId(neighbour.id) : 'parking-title')))
        .catch(reportError),
    );
  };
  // A reopened topic goes back to the open ones: the focus follows it to its Discussed.
  const reopen = (t: ParkingTopic) =>
    run(t.id, () =>
      reopenParkingTopic(t.id)
        .then(() => focusSoon(byId(discussedId(t.id))))
        .catch(reportError),
    );
  return (
    <section className="panel parking" aria-labelledby="parking-title">
      <h3 id="parking-title">Parking lot ({open.length})</h3>
      {open.length === 0 ? (
        <p className="muted">Nothing parked. Press L during standup to park a topic for afterwards.</p>
      ) : (
        <ul className="plain-list parking__list">
          {open.map((t) => (
            <li key={t.id}>
              <span className="parking__text">{t.text}</span>
              <span className="muted">
                {t.stayIds.length > 0 ? `Stay: ${t.stayIds.map(name).join(', ')}` : 'Anyone interested stays'}
              </span>
              <span className="row-actions">
                <button type="button" aria-label={`Edit parked topic: ${t.text}`} onClick={() => setEditing(t)}>
                  Edit
                </button>
                <button
                  type="button"
                  id={discussedId(t.id)}
                  aria-label={`Discussed ${t.text}`}
                  {...busyButton(busy(t.id))}
                  onClick={() => discussed(t)}
                >
                  Discussed
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {discussedToday.length > 0 ? (
        <>
          <h4 id="parking-discussed-title">Discussed today ({discussedToday.length})</h4>
          <ul className="plain-list parking__list" aria-labelledby="parking-discussed-title">
            {discussedToday.map((t) => (
              <li key={t.id}>
                <span className="parking__text">{t.text}</span>
                <span className="row-actions">
                  <button
                    type="button"
                    aria-label={`Reopen ${t.text}`}
                    {...busyButton(busy(t.id))}
                    onClick={() => reopen(t)}
                  >
                    Reopen
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {editing ? (
        <TextEditDialog
          title="Edit parked topic"
          label={TOPIC_TEXT_LABEL}
          schema={TopicTextSchema}
          text={editing.text}
          what="the topic"
          confirm="Save topic"
          save={(text) => editParkingTopic(editing.id, text)}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}
