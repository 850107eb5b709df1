import { machineTimeZone } from '../../domain/shared/time-zone';
import { isPlainObject } from '../../domain/shared/plain-object';
import { eachTeam } from './each-team';
import type { Migration } from './index';

/**
 * Version 4 gives every team a time zone (settings.timeZone), the zone imported calendars' days are
 * counted in: the machine's, the one the team's dates were read in until now. A team that has one keeps it.
 */
export function timeZoneMigration(zone: () => string): Migration {
  return {
    to: 4,
    name: 'team time zone',
    up: (doc) =>
      eachTeam(doc, (team) => {
        const settings = isPlainObject(team.settings) ? team.settings : {};
        if (typeof settings.timeZone === 'string') return team;
        return { ...team, settings: { ...settings, timeZone: zone() } };
      }),
  };
}

export const migrationToV4 = timeZoneMigration(machineTimeZone);
