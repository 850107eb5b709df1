import ICAL from 'ical.js';

/**
 * The fallback when ical.js refuses a whole file: it decodes values such as RRULE while it parses, so one
 * event with a rule it cannot read (BYDAY=XX) throws for the whole text. Here the first calendar is parsed
 * without its events, then each event on its own, and an event that cannot be parsed is left out by name.
 */

export interface PerEventParse {
  /** The first calendar, holding the events that could be parsed. */
  root: ICAL.Component;
  /** The events left out, by their SUMMARY (or their place in the file), with ical.js's reason. */
  leftOut: { what: string; reason: string }[];
}

const isLine = (line: string, words: string) => line.trim().toUpperCase() === words;
const componentOf = (lines: readonly string[]) => new ICAL.Component(ICAL.parse(lines.join('\r\n')) as unknown[]);

/** The first calendar's lines outside its events, and each event's lines; null when its end is missing. */
function splitFirstCalendar(text: string): { outside: string[]; events: string[][] } | null {
  const outside: string[] = [];
  const events: string[][] = [];
  let current: string[] | null = null;
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (current) {
      current.push(line);
      if (isLine(line, 'END:VEVENT')) current = null;
      continue;
    }
    if (isLine(line, 'BEGIN:VEVENT')) {
      current = [line];
      events.push(current);
      continue;
    }
    outside.push(line);
    // A file of several calendars is read for its first, as a whole parse would.
    if (isLine(line, 'END:VCALENDAR')) return { outside, events };
  }
  return null;
}

/** The event's SUMMARY, read from that line alone (with its folded continuation), or '' when it has none. */
function summaryOf(lines: readonly string[]): string {
  const start = lines.findIndex((line) => /^SUMMARY[;:]/i.test(line));
  if (start < 0) return '';
  let end = start + 1;
  while (end < lines.length && /^[ \t]/.test(lines[end] ?? '')) end += 1;
  try {
    const summary = componentOf(['BEGIN:VEVENT', ...lines.slice(start, end), 'END:VEVENT']).getFirstPropertyValue(
      'summary',
    );
    return typeof summary === 'string' ? summary.trim() : '';
  } catch {
    return '';
  }
}

/** The first calendar with the events that parse on their own, or null when the damage is outside the events. */
export function parseEventByEvent(text: string): PerEventParse | null {
  const split = splitFirstCalendar(text);
  if (!split || split.events.length === 0) return null;
  let root: ICAL.Component;
  try {
    root = componentOf(split.outside);
  } catch {
    return null;
  }
  const leftOut: PerEventParse['leftOut'] = [];
  split.events.forEach((lines, index) => {
    try {
      root.addSubcomponent(componentOf(lines));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      leftOut.push({ what: summaryOf(lines) || `event ${index + 1}`, reason });
    }
  });
  return { root, leftOut };
}
