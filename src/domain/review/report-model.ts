import type { BacklogItem } from '../backlog/schema';
import type { Sprint } from '../planning/schema';
import type { Member } from '../team/schema';
import { metricDelta, type MetricDelta } from './metrics';
import type { DemoBlock, DemoSlot, GoalOutcome, MetricBlock, Review } from './schema';
import { formatDayRange } from '../shared/dates';
import { slugOf } from '../shared/file-name';
import { sprintFigures, type FigureSettings, type SprintFigures } from './sprint-figures';
import { memberNames } from '../team/member-name';
import { DELETED_ITEM } from './deleted-item';
import { withoutTerminalCodes } from './terminal-colours';
import { withShownSourceOnly } from './diagram-source';

export interface ReportInput {
  teamName: string;
  sprint: Sprint;
  items: readonly BacklogItem[];
  members: readonly Member[];
  review: Review;
  settings: FigureSettings;
}

export interface ReportSlot {
  slot: DemoSlot;
  presenter: string;
}

/** Everything the sprint report says, computed once for the Markdown and HTML builders. */
export interface ReportModel {
  title: string;
  teamName: string;
  sprintName: string;
  /** "Mon 2 Nov – Fri 13 Nov 2026", as people read it. */
  dates: string;
  /** The sprint's first and last day (ISO), for the JSON's scripts. */
  startDate: string;
  endDate: string;
  goal: string;
  goalOutcome: GoalOutcome;
  figures: SprintFigures;
  metrics: { slotTitle: string; metric: MetricBlock; delta: MetricDelta }[];
  accepted: { title: string; comment: string }[];
  notAccepted: { title: string; comment: string }[];
  /** Demoed items neither accepted nor not accepted yet, as the Outcomes panel lists them (with any comment). */
  notDecided: { title: string; comment: string }[];
  /** `itemTitle`: the backlog item made from it, null if none; DELETED_ITEM (and `itemDeleted`) once that is deleted. */
  feedback: { text: string; from: string; itemTitle: string | null; itemDeleted: boolean }[];
  slots: ReportSlot[];
}

/**
 * A block as the report carries it: a CLI walkthrough's commands and output as the terminal showed them, without
 * the escape codes of a coloured paste (a file, a wiki page or a spreadsheet would show them as junk characters);
 * a diagram with only the source it is drawn from (one saved by an older version may hold both).
 */
function reportBlock(block: DemoBlock): DemoBlock {
  if (block.kind === 'diagram') return withShownSourceOnly(block);
  if (block.kind !== 'cli') return block;
  return {
    ...block,
    steps: block.steps.map((s) => ({
      ...s,
      command: withoutTerminalCodes(s.command),
      output: withoutTerminalCodes(s.output),
    })),
  };
}

export function buildReportModel(input: ReportInput): ReportModel {
  const { sprint, review } = input;
  const memberName = memberNames(input.members);
  const itemTitle = new Map(input.items.map((i) => [i.id, i.title]));
  const demoed = review.slots.filter((s) => s.itemId !== null);
  const judged = (accepted: boolean | null) =>
    demoed
      .filter((s) => s.acceptance.accepted === accepted)
      .map((s) => ({ title: s.title, comment: s.acceptance.comment }));
  return {
    title: `Sprint report: ${sprint.name}`,
    teamName: input.teamName,
    sprintName: sprint.name,
    dates: formatDayRange(sprint.startDate, sprint.endDate, { withYear: true }),
    startDate: sprint.startDate,
    endDate: sprint.endDate,
    goal: sprint.goal,
    goalOutcome: review.goalOutcome,
    figures: sprintFigures(sprint, input.items, input.settings),
    metrics: review.slots.flatMap((slot) =>
      slot.blocks
        .filter((b): b is MetricBlock => b.kind === 'metric')
        .map((metric) => ({ slotTitle: slot.title, metric, delta: metricDelta(metric) })),
    ),
    accepted: judged(true),
    notAccepted: judged(false),
    notDecided: judged(null),
    feedback: review.feedback.map((f) => {
      const title = f.itemId ? itemTitle.get(f.itemId) : undefined;
      const itemDeleted = f.itemId !== null && title === undefined;
      return { text: f.text, from: f.from, itemTitle: itemDeleted ? DELETED_ITEM : (title ?? null), itemDeleted };
    }),
    // Every format and the print copy read the slots from here, so the codes are stripped once for all of them.
    slots: review.slots.map((slot) => ({
      slot: { ...slot, blocks: slot.blocks.map(reportBlock) },
      presenter: slot.presenterId ? memberName(slot.presenterId) : '',
    })),
  };
}

/**
 * The "Committed vs completed" figures, named once for every format (HTML, Markdown, CSV) in the order they list them;
 * each value is the sprint's shared total (`sprintTotals`), as the planning screen shows it.
 */
export function figureRows(f: SprintFigures): { name: string; points: number }[] {
  return [
    { name: 'Committed', points: f.committedPoints },
    { name: 'Completed (planned)', points: f.completedPlannedPoints },
    { name: 'Completed (unplanned)', points: f.completedUnplannedPoints },
    { name: 'Buffer reserved', points: f.bufferReservedPoints },
    { name: 'Buffer used', points: f.bufferUsedPoints },
  ];
}

/** The report's "Demo agenda" section when no slot was added, in presenter mode's words. */
export const EMPTY_AGENDA = 'The agenda is empty.';

/** The report's "Carried over" section while the sprint runs: what carries over is decided at its close. */
export const NOT_CLOSED_YET = 'The sprint is not closed yet: unfinished items carry over when it closes.';

/** The report's file name without its extension: "sprint-report-sprint-12". */
export function reportFileBase(sprintName: string): string {
  return `sprint-report-${slugOf(sprintName, 'sprint', 200)}`;
}
