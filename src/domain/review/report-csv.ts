import { toCsv } from '../shared/csv';
import { numberText } from '../shared/words';
import { formatMetricValue, spreadsheetChange, VERDICT_WORDS } from './metrics';
import { figureRows, type ReportModel } from './report-model';
import { GOAL_OUTCOME_NAMES } from './schema';

export const REPORT_CSV_HEADER = [
  'Kind',
  'Name',
  'Points',
  'Before',
  'After',
  'Change',
  'Verdict',
  'Comment',
  'From',
  'Item',
  'Presenter',
  'Minutes',
] as const;

type Row = Partial<Record<(typeof REPORT_CSV_HEADER)[number], string>>;

const points = (value: number | null) => (value === null ? '' : numberText(value));

/**
 * The sprint report as one row per thing, its kind in the first column, so a spreadsheet can filter and sum: the
 * goal and its outcome, each committed-vs-completed figure, each demo metric (before, after, change), each
 * demoed item accepted, not accepted or not decided yet, each piece of feedback, what carried over, and the demo
 * agenda. What the Markdown and HTML reports say, as data; a demo's own blocks (commands, diagrams) stay in those.
 */
export function reportToCsv(model: ReportModel): string {
  const f = model.figures;
  const outcome = model.goalOutcome.status ? GOAL_OUTCOME_NAMES[model.goalOutcome.status] : 'Not recorded';
  const rows: Row[] = [{ Kind: 'goal', Name: model.goal, Verdict: outcome, Comment: model.goalOutcome.sentence }];
  for (const figure of figureRows(f)) rows.push({ Kind: 'figure', Name: figure.name, Points: points(figure.points) });
  for (const { slotTitle, metric, delta } of model.metrics) {
    rows.push({
      Kind: 'metric',
      Name: metric.name,
      // A value below zero and a fall with the hyphen-minus ("-5", "-60%"): a spreadsheet reads them as numbers.
      Before: spreadsheetChange(formatMetricValue(metric.before, metric.unit)),
      After: spreadsheetChange(formatMetricValue(metric.after, metric.unit)),
      Change: spreadsheetChange(delta.label),
      Verdict: VERDICT_WORDS[delta.verdict],
      Item: slotTitle,
    });
  }
  for (const a of model.accepted) rows.push({ Kind: 'accepted', Name: a.title, Comment: a.comment });
  for (const a of model.notAccepted) rows.push({ Kind: 'not accepted', Name: a.title, Comment: a.comment });
  for (const a of model.notDecided) rows.push({ Kind: 'not decided', Name: a.title, Comment: a.comment });
  for (const fb of model.feedback) {
    rows.push({ Kind: 'feedback', Name: fb.text, From: fb.from, Item: fb.itemTitle ?? '' });
  }
  for (const c of f.carriedOver ?? []) rows.push({ Kind: 'carried over', Name: c.title, Points: points(c.points) });
  for (const { slot, presenter } of model.slots) {
    rows.push({ Kind: 'demo', Name: slot.title, Presenter: presenter, Minutes: String(slot.timeboxMinutes) });
  }
  return toCsv(REPORT_CSV_HEADER, rows);
}
