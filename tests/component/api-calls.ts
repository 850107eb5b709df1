import { setApi } from '../../renderer/api/client';
import type { CadenceApi } from '../../src/api/contract';
import type { InProcessApi } from '../helpers/in-process-api';

/** Api calls a test started that have not answered yet. */
const inFlight = new Set<Promise<unknown>>();

/** The same api, with each call counted until it answers (see settleApiCalls). */
export function tracked(api: CadenceApi): CadenceApi {
  return new Proxy(api, {
    get(target, name, receiver) {
      const method: unknown = Reflect.get(target, name, receiver);
      if (typeof method !== 'function') return method;
      return (input: unknown) => {
        const answer = (method as (input: unknown) => Promise<unknown>).call(target, input);
        inFlight.add(answer);
        void answer.then(
          () => inFlight.delete(answer),
          () => inFlight.delete(answer),
        );
        return answer;
      };
    },
  });
}

/**
 * Waits until every call a test started has answered and the screen has taken the answer in (which may
 * start another call). Run before the store is reset: an answer arriving after the reset found no open
 * team and fetched the team list from an api that was no longer there, putting a "not reachable" toast
 * into the next test's store.
 */
export async function settleApiCalls(): Promise<void> {
  while (inFlight.size > 0) {
    await Promise.allSettled([...inFlight]);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/**
 * Makes the screens' api hold every call of `method` until `release` (the real api then answers it), counting the
 * calls that came: what a double press sends while the first call is on its way.
 */
export function holdCalls(backend: InProcessApi, method: keyof CadenceApi): { calls: number; release: () => void } {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const counter = { calls: 0, release: () => release() };
  const real = backend.api[method] as (input: unknown) => Promise<unknown>;
  setApi(
    tracked({
      ...backend.api,
      [method]: async (input: unknown) => {
        counter.calls += 1;
        await held;
        return real.call(backend.api, input);
      },
    } as CadenceApi),
  );
  return counter;
}
