/** The codes a person or a caller can act on; they cross the api boundary as data. */
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'read_only'
  | 'unsupported'
  | 'unauthorized'
  | 'forbidden'
  | 'too_large'
  | 'internal';

export interface FieldIssue {
  /** Dotted path of the offending field, '' for the whole input. */
  path: string;
  message: string;
}

/** A rule was broken: the message is written for the person at the screen. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];

  constructor(code: ErrorCode, message: string, issues: FieldIssue[] = []) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.issues = issues;
  }
}

/**
 * Something asked for is gone. No "reload": the screens catch up by themselves (the event feed, and the standup's
 * refusals fetch the team), and the command line and the phones have nothing to reload.
 */
export function notFound(what: string): DomainError {
  return new DomainError('not_found', `${what} was not found. It may have been deleted.`);
}

export function invalid(path: string, message: string): DomainError {
  return new DomainError('invalid_input', message, [{ path, message }]);
}

/** Where a failed parse's first problem is, for a message: "at sprints.0.name: Give the sprint a name". */
export function firstIssueAt(
  error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] },
  whole: string,
): string {
  const first = error.issues[0];
  const where = first ? first.path.map(String).join('.') || whole : whole;
  return `at ${where}: ${first?.message ?? 'invalid'}`;
}
