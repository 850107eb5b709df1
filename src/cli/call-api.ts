import { dispatch } from '../api/dispatch';
import type { Envelope } from '../api/define';
import type { HandlerContext } from '../api/handler-types';
import { accessRefusal } from './data-folder-access';

/**
 * An api call from the command line. The api answers a failure it did not expect with words for the screen
 * ("Something went wrong on our side; … Try again.") and logs the error with its stack to the console, which is a
 * script's stderr. Here the answer says what failed, in one line (a data folder the system will not let the
 * command write in, in those words; else the system's own), and nothing else is printed. `hasDryRun`: the
 * command has a --dry-run, which the refusal offers.
 */
export async function callApi(
  ctx: HandlerContext,
  name: string,
  input: unknown,
  hasDryRun: boolean,
): Promise<Envelope<unknown>> {
  const unexpected: unknown[] = [];
  const answer = await dispatch(ctx, name, input, (_message, error) => unexpected.push(error));
  if (answer.ok || unexpected.length === 0) return answer;
  const [error] = unexpected;
  const message =
    accessRefusal(error, { dataDir: ctx.store.dataDir, doing: 'write', hasDryRun }) ??
    `Cadence could not finish: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`;
  return { ok: false, error: { ...answer.error, message } };
}
