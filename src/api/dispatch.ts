import { DomainError } from '../domain/shared/errors';
import { contract, isMethodName } from './contract';
import type { Envelope } from './define';
import type { HandlerContext } from './handler-types';
import { handlers } from './handlers';
import { describeIssues, issuesOf } from './issues';
import { storageFailure } from './storage-failure';

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
    // A failure of the disk (a backup the folder would not take) is said as what it is, as a failed save is.
    const disk = storageFailure(error, ctx.store);
    if (disk) return { ok: false, error: { code: disk.code, message: disk.message, issues: [] } };
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
