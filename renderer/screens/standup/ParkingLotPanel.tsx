import type { ParkingTopic } from '../../../src/domain/standup/schema';
import type { Member } from '../../../src/domain/team/schema';
import { useAppStore } from '../../store';
import { memberNames } from '../../../src/domain/team/member-name';

/** Topics to discuss after standup, with who should stay. */
export function ParkingLotPanel({ topics, members }: { topics: ParkingTopic[]; members: Member[] }) {
  const closeParkingTopic = useAppStore((s) => s.closeParkingTopic);
  const reportError = useAppStore((s) => s.reportError);
  const open = topics.filter((t) => !t.closedAt);
  const name = memberNames(members);
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
              <button
                type="button"
                aria-label={`Discussed ${t.text}`}
                onClick={() => closeParkingTopic(t.id).catch(reportError)}
              >
                Discussed
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
