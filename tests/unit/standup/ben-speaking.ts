import { applyTimerAction, createTimer } from '../../../src/domain/standup/timer';

/** A time on 2026-11-20, UTC ("11:50:00"). */
export const at = (time: string) => Date.parse(`2026-11-20T${time}.000Z`);

/** Ana and Ben, 2 min each and 15 in all, started at 11:50 UTC; Ben on the floor since 11:59. */
export function benSpeaking() {
  const started = createTimer({
    speakers: [
      { memberId: 'ana', name: 'Ana' },
      { memberId: 'ben', name: 'Ben' },
    ],
    speakerMs: 120_000,
    totalMs: 900_000,
    now: at('11:50:00'),
  });
  return applyTimerAction(started, { kind: 'next' }, at('11:59:00'));
}
