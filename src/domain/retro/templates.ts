import type { RetroColumn } from './schema';
import type { FieldIssue } from '../shared/errors';
import { nameKey } from '../shared/name-key';
import { LIMITS, optionalText, requiredText } from '../shared/text';
import { quote } from '../shared/words';

export interface BuiltInTemplate {
  id: string;
  name: string;
  kind: 'retro' | 'postmortem';
  columns: RetroColumn[];
}

const col = (id: string, title: string, prompt = ''): RetroColumn => ({ id, title, prompt });

export const OPS_TEMPLATE_ID = 'ops';
export const POSTMORTEM_TEMPLATE_ID = 'postmortem';

/** The templates every team has; teams add their own (1–6 columns) next to these. */
export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = [
  {
    id: OPS_TEMPLATE_ID,
    name: 'Ops retro',
    kind: 'retro',
    columns: [
      col('interrupts', 'Interrupts', 'Which interrupts disrupted planned work?'),
      col('alerts', 'Alerts', 'Which alerts were actionable, which were noise?'),
      col('stories', 'Stories', 'Did our stories have clear acceptance criteria?'),
      col('dev-teams', 'Dev teams', 'How did we work with dev teams?'),
    ],
  },
  {
    id: 'start-stop-continue',
    name: 'Start / Stop / Continue',
    kind: 'retro',
    columns: [
      col('start', 'Start', 'What should we start doing?'),
      col('stop', 'Stop', 'What should we stop doing?'),
      col('continue', 'Continue', 'What should we keep doing?'),
    ],
  },
  {
    id: 'mad-sad-glad',
    name: 'Mad / Sad / Glad',
    kind: 'retro',
    columns: [
      col('mad', 'Mad', 'What drove you mad?'),
      col('sad', 'Sad', 'What disappointed you?'),
      col('glad', 'Glad', 'What made you glad?'),
    ],
  },
  {
    id: '4ls',
    name: '4Ls',
    kind: 'retro',
    columns: [col('liked', 'Liked'), col('learned', 'Learned'), col('lacked', 'Lacked'), col('longed', 'Longed for')],
  },
  {
    id: 'sailboat',
    name: 'Sailboat',
    kind: 'retro',
    columns: [
      col('wind', 'Wind', 'What pushed us forward?'),
      col('anchors', 'Anchors', 'What held us back?'),
      col('rocks', 'Rocks', 'What risks lie ahead?'),
      col('island', 'Island', 'Where do we want to get to?'),
    ],
  },
  {
    id: 'well-improve-ideas',
    name: 'Went well / To improve / Ideas',
    kind: 'retro',
    columns: [col('well', 'Went well'), col('improve', 'To improve'), col('ideas', 'Ideas')],
  },
  {
    id: POSTMORTEM_TEMPLATE_ID,
    name: 'Blameless postmortem',
    kind: 'postmortem',
    columns: [
      // Each prompt steers to systems, signals and steps, never to who: a postmortem copies them when it is
      // created, so a change here reaches new postmortems only, never the columns of one already held.
      col('went-well', 'What went well', 'Which systems, signals and steps helped us detect, respond and recover?'),
      col(
        'went-wrong',
        'What went wrong',
        'Which systems, signals or steps failed or slowed us? Describe what, not who.',
      ),
      col(
        'lucky',
        'Where we got lucky',
        'What limited the damage by chance, not by design (timing, load, a safeguard)?',
      ),
      col('factors', 'Contributing factors', 'Systems and conditions, not people.'),
    ],
  },
];

/**
 * Why a team template may not be called `name`, or null. The picker lists the built-in templates beside the
 * team's own, so a name either already has (any case, spaces around it) would show twice there.
 */
export function templateNameRefusal(name: string, saved: readonly { name: string }[]): string | null {
  const key = nameKey(name);
  const builtIn = BUILT_IN_TEMPLATES.find((t) => nameKey(t.name) === key);
  if (builtIn) return `${quote(builtIn.name)} is the name of a built-in template; pick another name.`;
  const own = saved.find((t) => nameKey(t.name) === key);
  return own ? `A template called ${quote(own.name)} already exists; pick another name.` : null;
}

/**
 * What is wrong with a team template's columns, each issue naming its column as the form labels it ("Column 2
 * title"): a title left blank or too long, a prompt too long, a title an earlier column has (any case, spaces
 * around it), which would make two columns no one can tell apart on the board or in an export.
 */
export function columnIssues(columns: readonly { title: string; prompt: string }[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const firstWith = new Map<string, number>();
  columns.forEach((column, i) => {
    const n = i + 1;
    const title = requiredText(`Column ${n} title`, LIMITS.name).safeParse(column.title);
    const prompt = optionalText(`Column ${n} prompt`, LIMITS.shortText).safeParse(column.prompt);
    const path = `columns.${i}`;
    if (title.error) issues.push({ path: `${path}.title`, message: title.error.issues[0]?.message ?? '' });
    if (prompt.error) issues.push({ path: `${path}.prompt`, message: prompt.error.issues[0]?.message ?? '' });
    if (!title.success) return;
    const key = nameKey(title.data);
    const first = firstWith.get(key);
    if (first === undefined) firstWith.set(key, n);
    else {
      const message = `Column ${n} title ${quote(title.data)} is also column ${first}'s: give each column a title of its own.`;
      issues.push({ path: `${path}.title`, message });
    }
  });
  return issues;
}

/** The check-in's icebreaker mode, as its choice on the screen and the exports name it. */
export const ICEBREAKER_QUESTION = 'Icebreaker question';

export const ICEBREAKERS: readonly string[] = [
  'What was the most surprising page you got this sprint?',
  'Which tool saved you the most time lately?',
  'If our infrastructure were a weather forecast, what would it be today?',
  'What is one thing you automated (or wish you had)?',
  'Which dashboard do you open first in the morning, and why?',
  'What would you tell the you of the last on-call shift?',
];

export const BLAMELESS_REMINDER =
  'Blameless: we look for what in our systems and processes let this happen, not for who is at fault. ' +
  'Everyone acted in good faith with the information they had at the time.';
