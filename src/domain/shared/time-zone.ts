import { findIana } from 'windows-iana';
import { isTimeZone } from './zoned-time';

/** Time zones by name: IANA names as Intl knows them, and Windows names (Outlook) through CLDR's table. */

/**
 * The IANA zone a calendar's TZID means: an IANA name as it is, a Windows name ("W. Europe Standard
 * Time") through windows-iana's CLDR table, or null when neither knows it.
 */
export function ianaZoneOf(tzid: string): string | null {
  const name = tzid.trim().replace(/^"|"$/g, '');
  if (name.includes('/') && isTimeZone(name)) return name;
  const fromWindows = (findIana(name) ?? []).find(isTimeZone);
  if (fromWindows) return fromWindows;
  return isTimeZone(name) ? name : zoneAtEndOfPath(name);
}

/**
 * The zone an old zone path ends with: Thunderbird and Sunbird wrote TZIDs such as
 * "/mozilla.org/20050126_1/America/New_York" or "/softwarestudio.org/Olson_20011030_5/America/New_York".
 */
function zoneAtEndOfPath(name: string): string | null {
  const parts = name.split('/').filter(Boolean);
  for (let from = 1; from < parts.length; from++) {
    const zone = parts.slice(from).join('/');
    if (zone.includes('/') && isTimeZone(zone)) return zone;
  }
  return null;
}

/** The zone this machine's clock is set to; a new team starts with it. */
export function machineTimeZone(): string {
  const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : 'UTC';
}
