import { z } from 'zod';
import { HealthCheckSchema, RetroSchema, type HealthCheck, type Retro } from '../schema';
import { isPhaseOf } from '../phases';
import { topicsOf } from '../voting';
import { fileSize } from '../../shared/file-size';
import { quote } from '../../shared/words';
import { fitsInBytes } from '../../shared/workspace-file-bound';
import { isPlainObject } from '../../shared/plain-object';
import { REPORT_EXPORT_FORMAT } from '../../review/report-json';
import type { RetroFacts } from './facts';
import type { OpenActionEntry } from '../carry-over';
import { shownHealthCheck } from '../health';

export const RETRO_EXPORT_FORMAT = 'cadence-retro';

/**
 * The most an imported retro export may hold, in bytes: the file's size, as the Retro screen checks the file picked
 * and the api checks the text (fitsRetroExport, its UTF-8 length), so a file one takes the other takes. A retro of
 * 500 cards is about 200 KB. A whole number of the megabytes sizes are shown in, so the bound reads as it is ("5 MB").
 */
export const MAX_RETRO_EXPORT_BYTES = 5 * 1024 * 1024;

/** Whether an export's text fits the bound once saved as UTF-8: the size of the file it came from. */
export function fitsRetroExport(text: string): boolean {
  return fitsInBytes(text, MAX_RETRO_EXPORT_BYTES);
}

/**
 * Why a file over the bound is not imported. Most often it is a whole workspace's export picked by mistake, which
 * the size check meets before the file is read: so the words say where that goes, as notARetro does.
 */
export const RETRO_EXPORT_TOO_LARGE =
  `This file is larger than ${fileSize(MAX_RETRO_EXPORT_BYTES)}, more than a retro export holds: import the file ` +
  '“Download JSON” made on a retro (a whole workspace’s export goes in on the Data & backups screen).';

export const RetroExportSchema = z
  .object({
    format: z.literal(RETRO_EXPORT_FORMAT, { error: 'This is not a Cadence retro export' }),
    version: z.literal(1, { error: 'This retro export comes from an unknown version of Cadence' }),
    exportedAt: z.string(),
    retro: RetroSchema,
    healthCheck: HealthCheckSchema.nullable().default(null),
    /** The people the retro names by id (action owners, commander, scribe, card authors), so a reader sees who. */
    people: z.array(z.object({ id: z.string(), name: z.string() })).default([]),
  })
  .superRefine((file, ctx) => {
    const r = file.retro;
    const issue = (message: string) => ctx.addIssue({ code: 'custom', message, path: ['retro'] });
    if (!isPhaseOf(r.kind, r.phase)) issue(`${quote(r.phase)} is not a phase of a ${r.kind}.`);
    const columns = new Set(r.columns.map((c) => c.id));
    const groups = new Set(r.groups.map((g) => g.id));
    if (r.cards.some((c) => !columns.has(c.columnId))) issue('A card sits in a column the retro does not have.');
    if (r.cards.some((c) => c.groupId !== null && !groups.has(c.groupId))) issue('A card is in a missing group.');
    const topics = new Set(topicsOf(r).map((t) => t.id));
    if (r.votes.some((v) => !topics.has(v.targetId))) issue('A vote points at a card or group that is not there.');
    if (new Set(r.cards.map((c) => c.id)).size !== r.cards.length) issue('Two cards share an id.');
  });
export type RetroExport = z.infer<typeof RetroExportSchema>;

/**
 * Ids of the members a retro refers to, in first-mention order. Card authors too: an import matches people
 * by these names, and an author it cannot name is dropped (an anonymous card has no author to list).
 */
function peopleIds(retro: Retro): string[] {
  const ids = [
    ...retro.actions.map((a) => a.ownerId),
    retro.incident?.commanderId ?? null,
    retro.incident?.scribeId ?? null,
    ...retro.cards.map((c) => c.authorId ?? null),
  ];
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

/**
 * The retro as a file a later import reads back, and for scripts. `sprintFacts` is what the "Sprint facts" phase
 * showed when it was exported (null without one): its sprint, and the figures as numbers (points; overtime in ms;
 * a figure the standups did not record is null). An import leaves it out, as the facts come from the team's data.
 * `openActions` is what its "Open actions" phase showed (null for a postmortem): each earlier retro's action, the
 * retro it came from (`retroTitle`, named as the phase names it: with its day when another retro has its title), its
 * owner's name, what this retro decided (`outcome`, null when not reviewed) and how many retros before it carried it
 * over (`timesCarried`, the screen's "carried 2×"); an import leaves it out too.
 */
export function retroToJson(
  retro: Retro,
  healthCheck: HealthCheck | null,
  exportedAt: string,
  memberName: (id: string) => string,
  facts: RetroFacts | null = null,
  openActions: readonly OpenActionEntry[] | null = null,
): string {
  const people = peopleIds(retro).map((id) => ({ id, name: memberName(id) }));
  // The check as the screen shows it: a median from too few answers, stored before the rule, is not exported.
  const health = healthCheck && shownHealthCheck(healthCheck);
  const file: RetroExport = { format: RETRO_EXPORT_FORMAT, version: 1, exportedAt, retro, healthCheck: health, people };
  const sprintFacts = facts && {
    sprint: { name: facts.sprint.name, startDate: facts.sprint.startDate, endDate: facts.sprint.endDate },
    ...facts.facts,
  };
  const earlier =
    openActions &&
    openActions.map(({ retroId, retroTitle, action, outcome, laterDecision, timesCarried }) => ({
      retroId,
      retroTitle,
      action,
      owner: action.ownerId ? memberName(action.ownerId) : null,
      outcome,
      laterDecision,
      timesCarried,
    }));
  return `${JSON.stringify({ ...file, sprintFacts, openActions: earlier }, null, 2)}\n`;
}

/**
 * What another Cadence file picked at the retro import is, and where it goes; for JSON that is no object at all
 * (a list, a single value) the words the schema's checks would not find; null for any other object.
 */
function notARetro(raw: unknown): string | null {
  if (!isPlainObject(raw)) {
    return 'This is not a Cadence retro export: make one with "Download JSON" on a retro, then import that file.';
  }
  if (raw.format === REPORT_EXPORT_FORMAT) {
    return 'This is a sprint report exported from Cadence, to read: it holds no retro to import.';
  }
  if (typeof raw.schemaVersion === 'number' && Array.isArray(raw.teams)) {
    return 'This is a whole workspace exported from Cadence, not a retro: import it on the Data & backups screen (it replaces all data).';
  }
  return null;
}

export type ParsedExport = { ok: true; value: RetroExport } | { ok: false; message: string };

/** Reads an exported file; a malformed one gets a message naming the first problem and where it is. */
export function parseRetroExport(text: string): ParsedExport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The file is not valid JSON, so it cannot be a retro export.' };
  }
  const other = notARetro(raw);
  if (other) return { ok: false, message: other };
  const parsed = RetroExportSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const first = parsed.error.issues[0];
  const where = first?.path.length ? ` (at ${first.path.join('.')})` : '';
  const reason = (first?.message ?? 'it is malformed').replace(/\.$/, '');
  return {
    ok: false,
    message: `This retro export cannot be imported: ${reason}${where}.`,
  };
}
