import type { z } from 'zod';
import type { FieldIssue } from '../domain/shared/errors';

/** Zod's issues as the api answers them: each with its field's path. */
export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

/** Turns zod issues into one sentence that names the field. */
export function describeIssues(issues: FieldIssue[]): string {
  const first = issues[0];
  if (!first) return 'The input is not valid.';
  // Our own messages name their field; zod's generic ones ("Invalid input…") need the path to make sense.
  const generic = /^(Invalid|Too (big|small)|Unrecognized)/.test(first.message);
  const field = first.path && generic ? `${first.path}: ` : '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return `${field}${first.message}${more}`;
}
