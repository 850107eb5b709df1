/**
 * Dates as hand-made files and older exports write them, put the way RFC 5545 (and ical.js) reads them: a whole day
 * without VALUE=DATE ("DTSTART:20261201"), and ISO 8601 with dashes and colons ("2026-12-01", "2026-12-01T09:00:00Z").
 * ical.js reads the first as a time of no hour ("invalid date-time value") and the others as nothing, so the event
 * would be left out for a date that says plainly which day it is. Any other value is left for ical.js to judge.
 */

const DATE_PROPERTY = /^(DTSTART|DTEND|DUE|EXDATE|RDATE|RECURRENCE-ID)((?:;[^:]*)?):(.+)$/i;
const BASIC_DATE = /^\d{8}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z?)$/i;

/** A month 01–12 and a day 01–31: ical.js would roll "2026-13-45" over into another date without a word. */
const isDay = (text: string) => {
  const [month, day] = [Number(text.slice(4, 6)), Number(text.slice(6, 8))];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
};

/** The value as RFC 5545 writes it, and whether it is a whole day; null for a value left as it is. */
function tidyValue(value: string): { text: string; date: boolean } | null {
  const date = ISO_DATE.exec(value);
  const text = date ? `${date[1]}${date[2]}${date[3]}` : value;
  if (BASIC_DATE.test(text)) return isDay(text) ? { text, date: true } : null;
  const time = ISO_TIME.exec(value);
  if (time && isDay(`${time[1]}${time[2]}${time[3]}`)) {
    const [, y, mo, d, h, mi, s = '00', z] = time;
    return { text: `${y}${mo}${d}T${h}${mi}${s}${z?.toUpperCase() ?? ''}`, date: false };
  }
  return null;
}

/** One content line with its date values written as RFC 5545 does; any other line as it is. */
function tidyLine(line: string): string {
  const match = DATE_PROPERTY.exec(line);
  if (!match) return line;
  const [, name = '', params = '', value = ''] = match;
  const values = value.split(',').map((v) => tidyValue(v.trim()));
  if (values.some((v) => v === null)) return line;
  const tidy = values as { text: string; date: boolean }[];
  const allDays = tidy.every((v) => v.date);
  const typed = /;VALUE=/i.test(params);
  // Whole days need VALUE=DATE; a property that names another type is left for ical.js to judge.
  const withType = allDays && !typed ? `${params};VALUE=DATE` : params;
  return `${name}${withType}:${tidy.map((v) => v.text).join(',')}`;
}

/** The text with each DTSTART, DTEND, DUE, EXDATE, RDATE and RECURRENCE-ID of a loosely written date put right. */
export function tidyLooseDates(text: string): string {
  if (!/^(DTSTART|DTEND|DUE|EXDATE|RDATE|RECURRENCE-ID)[;:]/im.test(text)) return text;
  return text
    .split(/(\r\n|\n|\r)/)
    .map((part, i) => (i % 2 === 0 ? tidyLine(part) : part))
    .join('');
}
