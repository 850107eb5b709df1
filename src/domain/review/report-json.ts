import type { ReportModel } from './report-model';

export const REPORT_EXPORT_FORMAT = 'cadence-sprint-report';

/**
 * The sprint report as JSON, for scripts and dashboards: the same sections as the other formats, figures as
 * numbers, and each demo slot with its blocks as stored (metrics, commands, diagrams, monitors, notes), a walkthrough's
 * commands and output without a coloured terminal's escape codes.
 * `carriedOver` is null while the sprint runs (what carries over is decided at its close).
 * A metric's `change` is after − before in its unit (points for a % metric), `percent` the change relative to
 * before (null from 0), `changeText` the change as the screen and the other reports word it ("+1.0 pp", "−57.1%").
 */
export function reportToJson(model: ReportModel, exportedAt: string): string {
  const f = model.figures;
  const file = {
    format: REPORT_EXPORT_FORMAT,
    version: 1,
    exportedAt,
    team: model.teamName,
    sprint: model.sprintName,
    dates: model.dates,
    // The same days as ISO dates: a script or a dashboard sorts and compares them without reading English.
    startDate: model.startDate,
    endDate: model.endDate,
    goal: model.goal,
    goalOutcome: model.goalOutcome,
    figures: {
      committedPoints: f.committedPoints,
      completedPlannedPoints: f.completedPlannedPoints,
      completedUnplannedPoints: f.completedUnplannedPoints,
      bufferReservedPoints: f.bufferReservedPoints,
      bufferUsedPoints: f.bufferUsedPoints,
    },
    completedItems: f.completedItems.map((i) => ({
      id: i.id,
      title: i.title,
      points: i.points,
      unplanned: i.unplanned,
    })),
    carriedOver: f.carriedOver,
    metrics: model.metrics.map(({ slotTitle, metric, delta }) => ({
      slot: slotTitle,
      name: metric.name,
      unit: metric.unit,
      before: metric.before,
      after: metric.after,
      change: delta.change,
      percent: delta.percent,
      changeText: delta.label,
      verdict: delta.verdict,
    })),
    accepted: model.accepted,
    notAccepted: model.notAccepted,
    notDecided: model.notDecided,
    feedback: model.feedback,
    demos: model.slots.map(({ slot, presenter }) => ({
      title: slot.title,
      presenter: presenter || null,
      timeboxMinutes: slot.timeboxMinutes,
      blocks: slot.blocks,
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
