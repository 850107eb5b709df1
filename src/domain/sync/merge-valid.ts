import { TeamDocSchema, type TeamDoc } from '../workspace';
import { isPlainObject } from '../shared/plain-object';
import { entityName, fieldLabel, valueText } from './conflict-labels';
import { decide, type MergeState } from './merge-records';
import { keyOfList } from './merge-keys';

/**
 * Two edits that are each valid can make an invalid record together: a link's kind changed here and its
 * address there, an incident's start and end moved on two machines. A merged team that does not validate
 * is never handed back: each record that fails is a conflict, settled by keeping one side's whole record
 * (top-level: the item, the retro, the settings), MINE while undecided.
 */

type Step = { field: string } | { key: string; keyOf: (e: Record<string, unknown>) => string };

/** The zod issue's path (indexes) as merge keys, so the same place can be found in each side. */
function stepsOf(team: TeamDoc, path: readonly PropertyKey[]): Step[] {
  const steps: Step[] = [];
  const pattern: string[] = [];
  let node: unknown = team;
  for (const seg of path) {
    if (Array.isArray(node) && typeof seg === 'number') {
      const keyOf = keyOfList(pattern.join('/'), [node]);
      const element: unknown = node[seg];
      if (!keyOf || !isPlainObject(element)) break;
      steps.push({ key: keyOf(element), keyOf });
      pattern.push('*');
      node = element;
    } else if (isPlainObject(node) && typeof seg === 'string') {
      steps.push({ field: seg });
      pattern.push(seg);
      node = node[seg];
    } else break;
  }
  return steps;
}

function valueAt(team: TeamDoc, steps: readonly Step[]): unknown {
  let node: unknown = team;
  for (const step of steps) {
    if ('field' in step) node = isPlainObject(node) ? node[step.field] : undefined;
    else node = Array.isArray(node) ? node.find((e) => isPlainObject(e) && step.keyOf(e) === step.key) : undefined;
  }
  return node;
}

/** `root` with the value at `steps` replaced (or removed, for undefined), copying only along the way. */
function setAt(root: unknown, steps: readonly Step[], value: unknown): unknown {
  const [step, ...rest] = steps;
  if (!step) return value;
  if ('field' in step) {
    if (!isPlainObject(root)) return root;
    const out: Record<string, unknown> = { ...root };
    const next = setAt(root[step.field], rest, value);
    if (next === undefined) delete out[step.field];
    else out[step.field] = next;
    return out;
  }
  if (!Array.isArray(root)) return root;
  return root
    .map((e: unknown) => (isPlainObject(e) && step.keyOf(e) === step.key ? setAt(e, rest, value) : e))
    .filter((e) => e !== undefined);
}

/**
 * The team with only the records that are not one of `sides`' own (the same object): a record a side holds was
 * valid there, and validating 1 MB of unchanged records would cost more than the merge. The team schema has no
 * rule across records, so what the rest passes, the whole team passes.
 */
export function recordsNotIn(team: TeamDoc, sides: readonly TeamDoc[]): TeamDoc {
  const out: Record<string, unknown> = { ...team };
  for (const [field, value] of Object.entries(team)) {
    if (!Array.isArray(value)) continue;
    const known = new Set(sides.flatMap((t) => (t as unknown as Record<string, unknown[]>)[field] ?? []));
    out[field] = value.filter((e) => !known.has(e));
  }
  return out as TeamDoc;
}

export function keepValid(state: MergeState, merged: TeamDoc, mine: TeamDoc, theirs: TeamDoc): TeamDoc {
  let team = merged;
  const settled = new Set<string>();
  for (let round = 0; round < 50; round++) {
    const probe = recordsNotIn(team, [mine, theirs]);
    const parsed = TeamDocSchema.safeParse(probe);
    if (parsed.success) return team;
    const issue = parsed.error.issues.find((i) => !settled.has(topKey(target(stepsOf(probe, i.path)))));
    if (!issue) return team;
    const found = stepsOf(probe, issue.path);
    const steps = target(found);
    const key = topKey(steps);
    settled.add(key);
    const owner = steps.findLast((s) => !('field' in s));
    const ownerAt = owner ? steps.slice(0, steps.indexOf(owner) + 1) : [];
    const collection = ownerAt
      .filter((s) => 'field' in s)
      .map((s) => ('field' in s ? s.field : ''))
      .join('/*/');
    const record = ownerAt.length > 0 ? (valueAt(mine, ownerAt) ?? valueAt(theirs, ownerAt)) : null;
    const field = found.findLast((s): s is { field: string } => 'field' in s)?.field ?? '';
    const keep = decide(state, key, () => ({
      entity: record
        ? entityName(collection, record, mine)
        : steps[0] && 'field' in steps[0] && steps[0].field === 'settings'
          ? 'Team settings'
          : 'Team',
      field: `${fieldLabel(field)} (the two changes together are not valid: ${issue.message})`,
      mine: valueText(valueAt(mine, found)),
      theirs: valueText(valueAt(theirs, found)),
    }));
    team = setAt(team, steps, valueAt(keep === 'mine' ? mine : theirs, steps)) as TeamDoc;
  }
  return team;
}

/** The object holding the field that failed (a link, an incident, the settings): kept whole from one side. */
function target(found: readonly Step[]): readonly Step[] {
  return found.length > 1 && 'field' in found[found.length - 1]! ? found.slice(0, -1) : found;
}

/** A stable key for the place: merge keys and field names, e.g. "retros/<id>/incident/valid". */
function topKey(steps: readonly Step[]): string {
  return [...steps.map((s) => ('field' in s ? s.field : s.key)), 'valid'].join('/');
}
