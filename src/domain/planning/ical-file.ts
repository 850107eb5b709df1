import { decodeUtf8 } from '../imports/file-check';

/**
 * A calendar file's bytes as UTF-8 text (a BOM dropped), or what else they are, in words that go after the file's
 * name ("rota.ics is saved as UTF-16; …"): a calendar in another encoding is not guessed at (iCal is UTF-8), so
 * a name with an umlaut is never read garbled, and matched to nobody. The screen and the command line say the same.
 */
export function calendarFileText(bytes: Uint8Array): { text: string } | { problem: string } {
  const toUtf8 = 'Save or export it as UTF-8 and try again';
  const decoded = decodeUtf8(bytes);
  if (decoded.problem === null) return { text: decoded.text };
  return {
    problem: {
      utf16: `is saved as UTF-16; Cadence reads iCal files in UTF-8, as they are written. ${toUtf8}`,
      binary: 'is a binary file, not an iCal calendar',
      'not-utf8': `is not UTF-8 (it looks like Windows-1252, as older Outlook saves calendars); Cadence reads iCal files in UTF-8. ${toUtf8}`,
    }[decoded.problem],
  };
}
