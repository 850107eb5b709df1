import type { ApiError } from '../../src/api/define';
import type { ErrorCode, FieldIssue } from '../../src/domain/shared/errors';

/** An api call answered { ok: false }: carries the code, the message for the person, and field issues. */
export class ApiCallError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.issues = error.issues;
  }

  /** The message for one field, matched by path prefix (e.g. "item.title"). */
  fieldMessage(path: string): string | undefined {
    return this.issues.find((i) => i.path === path || i.path.endsWith(`.${path}`))?.message;
  }
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}
