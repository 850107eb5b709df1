import { machineTimeZone } from '../../domain/shared/time-zone';
import type { Migration } from './index';

/**
 * Version 4 gives every team a time zone (settings.timeZone), the zone imported calendars' days are
 * counted in: the machine's, the one the team's dates were read in until now. A team that has one keeps it.
 */
export function timeZoneMigration(zone: () => string): Migration {
  return {
    to: 4,
    name: 'team time zone',
    up: (doc) => {
      // A document of the wrong shape passes through untouched, so validation names what is wrong.
      if (!Array.isArray(doc.teams)) return doc;
      return {
        ...doc,
        teams: (doc.teams as unknown[]).map((team) => {
          if (!isRecord(team)) return team;
          const settings = isRecord(team.settings) ? team.settings : {};
          if (typeof settings.timeZone === 'string') return team;
          return { ...team, settings: { ...settings, timeZone: zone() } };
        }),
      };
    },
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const migrationToV4 = timeZoneMigration(machineTimeZone);
