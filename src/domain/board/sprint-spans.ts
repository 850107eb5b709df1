import type { BacklogItem } from '../backlog/schema';
import type { Sprint } from '../planning/schema';
import { logInTimeOrder, scopeChangeSizes, type ScopeSizes } from '../planning/scope-sizes';
import { unplannedItemPoints, type BufferSettings } from './buffer';

type ScopeChange = Sprint['scopeChanges'][number];

/** One stretch of an item's time in the sprint, as the burndown's daily sums read it. */
export interface Span {
  points: number;
  /** When it joined the sprint, and when it left it (+∞ while it is still in). */
  joined: number;
  left: number;
  /** When it was done; +∞ if it is not. */
  done: number;
}

/** Every stretch of planned and of unplanned work the sprint held. */
export interface SprintSpans {
  planned: Span[];
  unplanned: Span[];
}

/** What the sprint's scope-change log says of one item. */
interface Logged {
  committed: boolean;
  /** In the sprint before its first move (committed, or its first move is a removal); null until a move is read. */
  startsIn: boolean | null;
  /** The times it went in or out, alternately from startsIn; a change that moved nothing is left out. */
  moves: number[];
  /** The points the log last gave it, and whether it is planned work (its latest "added" says so). */
  points: number | null;
  planned: boolean;
  /** When it was done, as its last removal recorded (a deleted item is in no list); +∞ if not. */
  doneAt: number;
  /**
   * Its re-estimates in time order: when, the points it had until then (null: none), and the size the log gave
   * it until then (`logged`: an interrupt sized in hours records no points before, but its "added" gave its size).
   */
  resized: { at: number; before: number | null; logged: number | null }[];
}

/**
 * The sizes the sprint's log gives its changes (scopeChangeSizes), an interrupt's points cleared read as the size its
 * hours give it (as the buffer counts them), not as no size: where `items` still hold it, from its hours (taken out to
 * the backlog too, no longer unplanned: only the log's unplanned clears read them); where they do not (deleted), from
 * its removal, which records that size (removalOf) when it directly follows the clear.
 */
export function logSizes(
  items: readonly BacklogItem[],
  sprint: Sprint,
  settings: BufferSettings,
  ordered: readonly ScopeChange[] = logInTimeOrder(sprint),
): Map<string, ScopeSizes> {
  const byHours = sizesRemovedAfterClear(ordered);
  for (const i of items)
    if (i.interrupt?.hours != null) byHours.set(i.id, unplannedItemPoints({ ...i, points: null }, sprint, settings));
  return scopeChangeSizes(sprint, (id) => byHours.get(id) ?? null, ordered);
}

/** The size each item's removal recorded right after its unplanned estimate was cleared (older files record none). */
function sizesRemovedAfterClear(ordered: readonly ScopeChange[]): Map<string, number> {
  const cleared = new Set<string>();
  const sizes = new Map<string, number>();
  for (const c of ordered) {
    if (c.kind === 'removed' && c.pointsBefore !== null && cleared.has(c.itemId)) sizes.set(c.itemId, c.pointsBefore);
    if (c.kind === 'reestimated' && c.pointsAfter === null && !c.planned) cleared.add(c.itemId);
    else cleared.delete(c.itemId);
  }
  return sizes;
}

/**
 * Reads the log once, in time order (`ordered`, logInTimeOrder): a merged log need not be sorted, and a same-time
 * re-add follows its removal.
 */
function readLog(
  sprint: Sprint,
  sizes: ReadonlyMap<string, ScopeSizes>,
  ordered: readonly ScopeChange[],
): Map<string, Logged> {
  const log = new Map<string, Logged>();
  for (const c of sprint.commitment?.items ?? []) {
    log.set(c.itemId, {
      committed: true,
      startsIn: true,
      moves: [],
      points: c.points,
      planned: true,
      doneAt: Number.POSITIVE_INFINITY,
      resized: [],
    });
  }
  for (const c of ordered) {
    const at = Date.parse(c.at);
    let item = log.get(c.itemId);
    if (!item) {
      item = {
        committed: false,
        startsIn: null,
        moves: [],
        points: null,
        planned: c.planned,
        doneAt: Number.POSITIVE_INFINITY,
        resized: [],
      };
      log.set(c.itemId, item);
    }
    if (c.kind === 'reestimated') {
      item.points = c.pointsAfter ?? sizes.get(c.id)?.after ?? item.points;
      item.resized.push({ at, before: c.pointsBefore, logged: sizes.get(c.id)?.before ?? null });
      continue;
    }
    item.startsIn ??= c.kind === 'removed';
    const wasIn = item.moves.length % 2 === 0 ? item.startsIn : !item.startsIn;
    if (c.kind === 'added') {
      item.points = c.pointsAfter ?? item.points;
      if (!item.committed) item.planned = c.planned;
    } else {
      // An interrupt sized in hours has no points: its removal records its hours' size (removalOf), one recorded
      // before that none, and then the log's last size stands (its "added" change's, or its cleared re-estimate's).
      item.points = c.pointsBefore ?? item.points;
      item.doneAt = c.completedAt ? Date.parse(c.completedAt) : Number.POSITIVE_INFINITY;
    }
    if (wasIn !== (c.kind === 'added')) item.moves.push(at);
  }
  return log;
}

/**
 * The stretches [joined, left) of one item: from `initial` if it was in before its first move, then
 * between its moves. A last stretch still open ends at `openEnd`, or is dropped when that is null (an
 * item gone from the sprint in a way its log does not record). An item in the sprint now whose log
 * last took it out is counted from that last move.
 */
function stretches(
  logged: Logged | undefined,
  initial: number,
  inNow: boolean,
  openEnd: number | null,
): [number, number][] {
  const moves = logged?.moves ?? [];
  const out: [number, number][] = [];
  let from = (logged?.startsIn ?? true) ? initial : null;
  for (const at of moves) {
    if (from === null) from = at;
    else {
      out.push([from, at]);
      from = null;
    }
  }
  if (from === null && inNow) from = moves.at(-1) ?? initial;
  if (from !== null && openEnd !== null) out.push([from, openEnd]);
  return out;
}

/**
 * A stretch of work cut where the item was re-estimated, each piece at the points it had then (`last`
 * after its last re-estimate): a re-estimate shows on its own day, as a scope change does, and leaves the days
 * before it at the size they had. An estimate it did not have counts nothing, as an unestimated item does.
 */
function bySize(
  [joined, left]: [number, number],
  resized: Logged['resized'],
  last: number,
): { points: number; joined: number; left: number }[] {
  if (resized.length === 0) return [{ points: last, joined, left }];
  const cuts = resized.filter((r) => joined < r.at && r.at < left).map((r) => r.at);
  const sizeAt = (at: number) => {
    const next = resized.find((r) => r.at > at);
    return next ? (next.before ?? 0) : last;
  };
  return [joined, ...cuts].map((from, k) => ({ points: sizeAt(from), joined: from, left: cuts[k] ?? left }));
}

const doneAt = (i: BacklogItem) =>
  i.status === 'done' && i.completedAt ? Date.parse(i.completedAt) : Number.POSITIVE_INFINITY;

/**
 * Each item's time in the sprint, from the sprint's scope-change log: committed items are in from the
 * start, an item in the sprint now with no record too (unplanned work from when it was logged: never its
 * creation, an old ticket pulled in on Thursday is Thursday's work), and the log's "added" and "removed"
 * changes take items in and out. Items that have left are counted while they were in, at the points their
 * record gives them (a deleted item is in no list; the board passes only the sprint's cards), done if
 * `items` holds them with a completion, or if their last removal recorded one (a done item deleted). Worked out once per burndown, not once per item per day: a big
 * sprint has hundreds of items, and the chart follows every board move. `sizes` are the log's (logSizes), read once
 * for the chart and its scope-change texts.
 */
export function sprintSpans(
  items: readonly BacklogItem[],
  sprint: Sprint,
  settings: BufferSettings,
  start: number,
  sizes: ReadonlyMap<string, ScopeSizes>,
  ordered: readonly ScopeChange[] = logInTimeOrder(sprint),
): SprintSpans {
  const log = readLog(sprint, sizes, ordered);
  const spans: SprintSpans = { planned: [], unplanned: [] };
  const push = (planned: boolean, points: number, done: number, stretched: [number, number][], logged?: Logged) => {
    const list = planned ? spans.planned : spans.unplanned;
    // Each day counts the size the work had then. Unplanned work takes the size its log gave it (an interrupt
    // sized in hours records no points before its first re-estimate, but its "added" change recorded its size),
    // and its size now where the log gives none (one logged before sizes were recorded).
    const resized = planned
      ? (logged?.resized ?? [])
      : (logged?.resized ?? []).map((r) => ({ ...r, before: r.logged ?? points }));
    for (const stretch of stretched)
      for (const piece of bySize(stretch, resized, points)) list.push({ ...piece, done });
  };
  const joinedAt = (i: BacklogItem | undefined, planned: boolean) =>
    !planned && i?.interrupt ? Date.parse(i.interrupt.loggedAt) : start;

  const elsewhere = new Map<string, BacklogItem>();
  for (const i of items) {
    if (i.sprintId !== sprint.id) {
      if (log.has(i.id)) elsewhere.set(i.id, i);
      continue;
    }
    const planned = !i.unplanned;
    const points = planned ? (i.points ?? 0) : unplannedItemPoints(i, sprint, settings);
    const logged = log.get(i.id);
    push(planned, points, doneAt(i), stretches(logged, joinedAt(i, planned), true, Number.POSITIVE_INFINITY), logged);
    log.delete(i.id);
  }
  // What is left of the log is items that have left the sprint. The close moves unfinished work on
  // without a scope change: it stays in to the end, as what the sprint left undone (the close burns nothing).
  const openEnd = sprint.state === 'closed' ? Number.POSITIVE_INFINITY : null;
  for (const [id, logged] of log) {
    const found = elsewhere.get(id);
    const done = found ? doneAt(found) : logged.doneAt;
    const stretched = stretches(logged, joinedAt(found, logged.planned), false, openEnd);
    push(logged.planned, logged.points ?? 0, done, stretched, logged);
  }
  return spans;
}
