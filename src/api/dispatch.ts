import type { z } from 'zod';
import { DomainError, type FieldIssue } from '../domain/shared/errors';
import { contract, isMethodName } from './contract';
import type { Envelope } from './define';
import type { HandlerContext } from './handler-types';
import { handlers } from './handlers';

function issuesOf(error: z.ZodError): FieldIssue[] {
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

type Logger = (message: string, error: unknown) => void;

/**
 * The single entry point of both transports: checks the method name, validates the input,
 * runs the handler, and answers an envelope. Never throws.
 */
export async function dispatch(
  ctx: HandlerContext,
  name: string,
  rawInput: unknown,
  log: Logger = (m, e) => console.error(m, e),
): Promise<Envelope<unknown>> {
  if (!isMethodName(name)) {
    return { ok: false, error: { code: 'not_found', message: `There is no api method called "${name}".`, issues: [] } };
  }
  const parsed = contract[name].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issues = issuesOf(parsed.error);
    return { ok: false, error: { code: 'invalid_input', message: describeIssues(issues), issues } };
  }
  try {
    const handler = handlers[name] as (c: HandlerContext, i: unknown) => unknown;
    const value = await handler(ctx, parsed.data);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof DomainError) {
      return { ok: false, error: { code: error.code, message: error.message, issues: error.issues } };
    }
    log(`Unexpected error in ${name}`, error);
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'Something went wrong on our side; nothing was changed. Try again.',
        issues: [],
      },
    };
  }
}
