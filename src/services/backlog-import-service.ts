import type { Draft } from 'immer';
import { BacklogItemSchema, type BacklogItem } from '../domain/backlog/schema';
import type { ItemStatus } from '../domain/backlog/vocabulary';
import { statusFields } from '../domain/board/cards';
import type { BacklogImportInput, BacklogImportResult, BacklogImportUndo } from '../domain/imports/row-schema';
import { keylessTitles, keylessWarning } from '../domain/imports/keyless';
import { closesItem } from '../domain/imports/closes';
import { matchRows } from '../domain/imports/match';
import type { ItemSource } from '../domain/imports/source';
import { markRepeatedKeys } from '../domain/imports/map-rows';
import { fieldsOf, writtenFields, type ImportedFields } from '../domain/imports/update-fields';
import { logReestimate } from '../domain/planning/rules';
import { changedFields } from '../domain/shared/changed-fields';
import { DomainError } from '../domain/shared/errors';
import { newId } from '../domain/shared/ids';
import type { TeamDoc } from '../domain/workspace';
import type { ServiceContext } from './context';
import { assertWritable, takeSafetyBackup } from './data-backup-service';
import { findTeam, teamOf } from './lookup';
import type { WorkspaceStore } from './store';

type Plan =
  | {
      kind: 'add';
      fields: ImportedFields;
      source: ItemSource | null;
      link: string | null;
      status: ItemStatus;
    }
  | {
      kind: 'update';
      itemId: string;
      fields: Partial<ImportedFields>;
      siteGiven: SiteGiven | null;
      /** The tracker closed the issue and the item is still to do, in no sprint: the import marks it done. */
      closes: boolean;
    }
  | { kind: 'skip'; row: number; reason: string };

/** The site a row gives an item imported before without one, and the link back it makes possible. */
interface SiteGiven {
  source: ItemSource;
  link: string | null;
}

/**
 * What Undo needs: the items the import added, the items it changed as they were before, and what it wrote
 * on each (a field changed by hand since keeps the hand's value).
 */
interface UndoRecord {
  addedIds: string[];
  before: BacklogItem[];
  wrote: Map<string, Partial<ImportedFields>>;
  /** The items the import closed, with the time it did: one still done since then is put back as it was. */
  closed: Map<string, string>;
}
const undoRecords = new WeakMap<WorkspaceStore, Map<string, UndoRecord>>();

function planOf(team: TeamDoc, input: BacklogImportInput): Plan[] {
  // A row whose fields the schema refuses is skipped before it is matched, so it matches no item.
  const checked = input.rows.map((row) => ({
    row,
    fields: row.skip === null ? fieldsOf(row, team.settings.pointScale) : row.skip,
  }));
  const keys = checked.map(({ row, fields }) => ({ ...row, skip: typeof fields === 'string' ? fields : null }));
  const matches = matchRows(keys, input.product, team);
  const stored = new Map(team.items.map((i) => [i.id, i]));
  return checked.map(({ row, fields }, i): Plan => {
    const match = matches[i];
    if (typeof fields === 'string') return { kind: 'skip', row: row.row, reason: fields };
    if (!match || match.kind === 'skip') return { kind: 'skip', row: row.row, reason: match?.reason ?? '' };
    // A blank link (spaces only) is no link: items keep only what the schema can hold.
    const link = row.link?.trim() || null;
    if (match.kind === 'add') return { kind: 'add', fields, source: match.source, link, status: row.status ?? 'todo' };
    const siteGiven = match.givesSite ? { source: match.source, link } : null;
    // Only the fields that differ from the item's: a re-import of the same export writes nothing on it.
    const written = writtenFields(fields, row);
    const item = stored.get(match.itemId);
    const changed = item ? changedFields(written, item) : written;
    const closes = item ? closesItem(row.status, item) : false;
    return { kind: 'update', itemId: match.itemId, fields: changed, siteGiven, closes };
  });
}

/** The ticket link an import made from the key alone, while the item had no site to link to. */
function keyOnlyLink(item: Pick<BacklogItem, 'links' | 'source'>): BacklogItem['links'][number] | undefined {
  return item.links.find((l) => l.kind === 'ticket' && l.value === item.source?.key);
}

/** Gives an item imported without its site the row's site, and its key-only link the link to that site. */
function giveSite(item: Draft<BacklogItem>, given: SiteGiven): void {
  const link = keyOnlyLink(item);
  if (link && given.link) link.value = given.link;
  item.source = given.source;
}

/**
 * Whether an update changes its item: a row of the export as the item already holds it (a re-import of the same
 * file) leaves the item untouched, its `updatedAt` too, as an edit that changes nothing does (updateItem).
 */
const writes = (plan: Extract<Plan, { kind: 'update' }>) =>
  Object.keys(plan.fields).length > 0 || plan.siteGiven !== null || plan.closes;

/** Rows that come in done: an issue closed in the tracker added as done, or closing an item still to do. */
const comesInDone = (plan: Plan) =>
  (plan.kind === 'add' && plan.status === 'done') || (plan.kind === 'update' && plan.closes);

function newItem(plan: Extract<Plan, { kind: 'add' }>, at: string): BacklogItem {
  const links = plan.link ? [{ id: newId(), kind: 'ticket' as const, value: plan.link }] : [];
  // A closed issue comes in done (out of the backlog list, completed now: the export says not when); a to do one
  // as any new item, with no status change to date.
  const status = plan.status === 'todo' ? {} : statusFields(plan.status, at);
  return BacklogItemSchema.parse({
    ...plan.fields,
    ...status,
    id: newId(),
    links,
    source: plan.source,
    createdAt: at,
    updatedAt: at,
  });
}

/**
 * Imports mapped rows into a team's backlog: rows whose source is already an item update it (title,
 * description, type, labels, points; its status only to close an item still to do and in no sprint that the
 * tracker closed, never to reopen one), others are added at the bottom with the status the export gives them, and
 * items deleted in Cadence are not added back. A backup is taken first and the import can be undone in one step. A dry run changes nothing.
 */
export async function importBacklog(ctx: ServiceContext, input: BacklogImportInput): Promise<BacklogImportResult> {
  const team = teamOf(ctx.store.snapshot(), input.teamId);
  const plans = planOf(team, { ...input, rows: markRepeatedKeys(input.rows) });
  const skippedRows = plans.flatMap((p) => (p.kind === 'skip' ? [{ row: p.row, reason: p.reason }] : []));
  const added = plans.filter((p) => p.kind === 'add').length;
  const updates = plans.filter((p) => p.kind === 'update');
  // A row whose item holds its values already (a re-import of the same file) changes nothing: unchanged.
  const updated = updates.filter(writes).length;
  const unchanged = updates.length - updated;
  const dryRun = input.dryRun === true;
  const keyless = keylessWarning(keylessTitles(input.rows), team.items, input.product);
  const warnings = keyless ? [keyless] : [];
  const done = plans.filter(comesInDone).length;
  const result = { added, updated, unchanged, skipped: skippedRows.length, skippedRows, dryRun, warnings, done };
  if (dryRun) return { ...result, backup: null, items: [] };
  if (added + updated === 0) {
    // A new import ends the Undo of the one before, even when its first part changes nothing: its later parts
    // must start their own record, with their own backup, and its Undo must not take back that import.
    if (!input.continues) undoRecords.get(ctx.store)?.delete(input.teamId);
    return { ...result, backup: null, items: [] };
  }
  assertWritable(ctx);

  const records = undoRecords.get(ctx.store) ?? new Map<string, UndoRecord>();
  undoRecords.set(ctx.store, records);
  const earlier = input.continues ? records.get(input.teamId) : undefined;
  const backup = earlier ? null : await takeSafetyBackup(ctx, 'before-backlog-import');
  const at = ctx.now().toISOString();
  const updating = new Set(plans.flatMap((p) => (p.kind === 'update' && writes(p) ? [p.itemId] : [])));
  // The items as they are now (the snapshot is immutable), for Undo.
  const before = team.items.filter((i) => updating.has(i.id));
  // A later part adds to the first part's record; an item it updates twice keeps its state before the first.
  const record: UndoRecord = earlier ?? { addedIds: [], before: [], wrote: new Map(), closed: new Map() };
  const known = new Set([...record.addedIds, ...record.before.map((i) => i.id)]);
  record.before.push(...before.filter((i) => !known.has(i.id)));
  const changed: string[] = [];
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const t = findTeam(draft.teams, input.teamId);
    const byId = new Map(t.items.map((i) => [i.id, i]));
    for (const plan of plans) {
      if (plan.kind === 'add') {
        const item = newItem(plan, at);
        record.addedIds.push(item.id);
        changed.push(item.id);
        t.items.push(item as Draft<BacklogItem>);
      } else if (plan.kind === 'update' && writes(plan)) {
        const item = byId.get(plan.itemId);
        if (!item) continue;
        if (plan.fields.points !== undefined) {
          logReestimate(t, item, plan.fields.points, { reason: 'Re-imported', at, id: newId() });
        }
        Object.assign(item, plan.fields, { updatedAt: at });
        record.wrote.set(item.id, { ...record.wrote.get(item.id), ...plan.fields });
        if (plan.siteGiven) giveSite(item, plan.siteGiven);
        // Asked again of the item as it is now: it may have been planned or started while the backup was taken.
        if (plan.closes && closesItem('done', item)) {
          Object.assign(item, statusFields('done', at));
          record.closed.set(item.id, at);
        }
        changed.push(item.id);
      }
    }
  });
  records.set(input.teamId, record);
  const saved = new Map(teamOf(ws, input.teamId).items.map((i) => [i.id, i]));
  return { ...result, backup, items: changed.flatMap((id) => saved.get(id) ?? []) };
}

/** Puts back the source and key-only link of an item the import gave a site to; others are left as they are. */
function takeBackSite(item: Draft<BacklogItem>, old: BacklogItem): void {
  if (!old.source || item.source?.site === old.source.site) return;
  const was = keyOnlyLink(old);
  const link = was && item.links.find((l) => l.id === was.id);
  if (link && was) link.value = was.value;
  item.source = old.source;
}

/** The fields the import wrote that still hold what it wrote, with their values from before it. */
function fieldsToPutBack(
  now: Draft<BacklogItem>,
  old: BacklogItem,
  wrote: Partial<ImportedFields>,
): Partial<ImportedFields> {
  const back: Record<string, unknown> = {};
  for (const key of Object.keys(wrote) as (keyof ImportedFields)[]) {
    // Text, a number or a list of labels: equal when they write the same JSON.
    if (JSON.stringify(now[key]) === JSON.stringify(wrote[key])) back[key] = old[key];
  }
  return back as Partial<ImportedFields>;
}

/**
 * Undo of the team's last import: removes the items it added and puts back what it overwrote on the items it
 * updated, where nobody changed it since, and gives the items it closed their status back (those still done
 * since); sprint, owner and order, which it never touched, stay as they are now.
 */
export async function undoBacklogImport(ctx: ServiceContext, input: { teamId: string }): Promise<BacklogImportUndo> {
  teamOf(ctx.store.snapshot(), input.teamId);
  const record = undoRecords.get(ctx.store)?.get(input.teamId);
  if (!record) {
    throw new DomainError(
      'not_found',
      'There is no import to undo (it was undone already, or Cadence restarted since).',
    );
  }
  let removed = 0;
  let restored = 0;
  const at = ctx.now().toISOString();
  await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const t = findTeam(draft.teams, input.teamId);
    const added = new Set(record.addedIds);
    const before = t.items.length;
    t.items = t.items.filter((i) => !added.has(i.id));
    removed = before - t.items.length;
    for (const old of record.before) {
      const item = t.items.find((i) => i.id === old.id);
      if (!item) continue;
      const back = fieldsToPutBack(item, old, record.wrote.get(old.id) ?? {});
      if (back.points !== undefined) logReestimate(t, item, back.points, { reason: 'Import undone', at, id: newId() });
      Object.assign(item, back, { updatedAt: at });
      takeBackSite(item, old);
      // An item the import closed goes back to its status, unless someone moved it since (reopened, say).
      if (item.status === 'done' && item.completedAt === record.closed.get(old.id)) {
        const { status, statusChangedAt, completedAt, blocked } = old;
        Object.assign(item, { status, statusChangedAt, completedAt, blocked });
      }
      restored++;
    }
  });
  undoRecords.get(ctx.store)?.delete(input.teamId);
  return { removed, restored };
}
