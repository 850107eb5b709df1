import { isPlainObject } from '../../domain/shared/plain-object';
import { eachTeam, mapRecords, type Doc } from './each-team';
import type { Migration } from './index';

/**
 * Moves one kind of entry from every sprint into one list, keeping ids. The same entry typed into two
 * sprints (same content) becomes one; two different entries that somehow share an id both stay, the later
 * one under an id made from its sprint's, so nothing is lost.
 */
function gather(sprints: readonly Doc[], field: string, sameAs: (entry: Doc) => string): unknown[] {
  const out: unknown[] = [];
  const byContent = new Set<string>();
  const ids = new Set<unknown>();
  for (const sprint of sprints) {
    const entries = sprint[field];
    if (!Array.isArray(entries)) continue;
    for (const entry of entries as unknown[]) {
      if (!isPlainObject(entry)) {
        out.push(entry); // kept as it was, so validation names the damage
        continue;
      }
      const key = sameAs(entry);
      if (byContent.has(key)) continue;
      byContent.add(key);
      const id = ids.has(entry.id) ? `${String(entry.id)}-${String(sprint.id)}` : entry.id;
      ids.add(id);
      out.push({ ...entry, id });
    }
  }
  return out;
}

const holidayKey = (h: Doc) => JSON.stringify([h.date, h.name]);
const windowKey = (w: Doc) => JSON.stringify([w.kind, w.start, w.end, w.name]);

/**
 * Version 5 gives each team a calendar (`calendar: { holidays, changeWindows }`): holidays, change windows
 * and freezes move there from the sprints they were typed into, so a freeze over two sprints is one entry
 * both see. Time off and on-call shifts stay with their sprint.
 */
export const migrationToV5: Migration = {
  to: 5,
  name: 'team calendar',
  // A document of the wrong shape passes through untouched, so validation names what is wrong.
  up: (doc) =>
    eachTeam(doc, (team) => {
      if (team.sprints !== undefined && !Array.isArray(team.sprints)) return team;
      const sprints = (team.sprints as unknown[] | undefined) ?? [];
      const records = sprints.filter(isPlainObject);
      const calendar = {
        holidays: gather(records, 'holidays', holidayKey),
        changeWindows: gather(records, 'changeWindows', windowKey),
      };
      const withoutCalendar = mapRecords(sprints, ({ holidays: _h, changeWindows: _w, ...rest }) => rest);
      return { ...team, sprints: withoutCalendar, calendar };
    }),
};
