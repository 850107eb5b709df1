import { describe, expect, it } from 'vitest';
import { leftEndMs, leftRunningFrom } from '../../../src/domain/standup/left-running';
import { applyTimerAction } from '../../../src/domain/standup/timer';
import { at, benSpeaking } from './ben-speaking';

const NEXT_MORNING = Date.parse('2026-11-21T08:30:00.000Z');

describe('a standup left running', () => {
  it('is one still running on a later day than it started, in the team’s zone', () => {
    const timer = benSpeaking();
    expect(leftRunningFrom({ state: 'running', timer }, '2026-11-21', 'UTC')).toEqual({
      date: '2026-11-20',
      time: '11:50',
    });
    expect(leftRunningFrom({ state: 'running', timer }, '2026-11-20', 'UTC')).toBeNull();
    // 11:50 UTC is already the 21st in Auckland: started "today" there.
    expect(leftRunningFrom({ state: 'running', timer }, '2026-11-21', 'Pacific/Auckland')).toBeNull();
    expect(leftRunningFrom({ state: 'ended', timer }, '2026-11-21', 'UTC')).toBeNull();
  });

  it('ends at the end of the speaker’s timebox, or at a later note, never after now', () => {
    const timer = benSpeaking();
    expect(leftEndMs({ timer, notes: [] }, NEXT_MORNING)).toBe(at('12:01:00'));
    const note = { id: 'n1', memberId: 'ben', text: 'Disk alert tuned', at: '2026-11-20T12:03:00.000Z' };
    expect(leftEndMs({ timer, notes: [note] }, NEXT_MORNING)).toBe(at('12:03:00'));
    expect(leftEndMs({ timer, notes: [] }, at('12:00:00'))).toBe(at('12:00:00'));
  });

  it('ends when it was paused, when nobody had the floor running', () => {
    const paused = applyTimerAction(benSpeaking(), { kind: 'pause' }, at('11:59:40'));
    expect(leftEndMs({ timer: paused, notes: [] }, NEXT_MORNING)).toBe(at('11:59:40'));
  });
});
