import type { FieldIssue } from '../../src/domain/shared/errors';

interface IssueLike {
  path: readonly PropertyKey[] | string;
  message: string;
}

/**
 * The names under which an api input carries a form's fields as one object (`{ teamId, interrupt: {…} }`): the api's
 * issue paths start with them (`interrupt.points`), and the form's fields do not.
 */
const WRAPPERS = ['item', 'member', 'changes', 'settings', 'interrupt', 'sprint', 'range', 'holiday', 'window'];

/**
 * Maps zod issues or api field issues to { field: message }, keyed by the first path segment
 * after any wrapper (item., interrupt., sprint., …), keeping the first message per field. An issue deeper
 * in is also keyed by its whole path (`boardColumnNames.todo`), for a form with one field per part.
 */
export function fieldErrors(issues: readonly (IssueLike | FieldIssue)[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const parts = typeof issue.path === 'string' ? issue.path.split('.') : issue.path.map(String);
    const meaningful = parts.filter((p) => !WRAPPERS.includes(p));
    const key = meaningful[0] ?? 'form';
    out[key] ??= issue.message;
    if (meaningful.length > 1) out[meaningful.join('.')] ??= issue.message;
  }
  return out;
}

/**
 * The form-wide message of `errors` (its `form` key), or undefined when a field carries one: that field shows the
 * refusal under itself, and the same words above the form would say it twice.
 */
export function formLevelMessage(errors: Readonly<Record<string, string>>): string | undefined {
  return Object.keys(errors).some((k) => k !== 'form') ? undefined : errors.form;
}
