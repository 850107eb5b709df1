import { vi } from 'vitest';
import type { StandupSession } from '../../../src/domain/standup/schema';
import type { TeamDoc } from '../../../src/domain/workspace';

/** A standup whose first speaker started `ago` ms (100 s) ago: already past a 90 s timebox. */
export function inOvertime(doc: TeamDoc, ago = 100_000): StandupSession {
  const startedAt = new Date(Date.now() - ago).toISOString();
  return {
    id: 'standup-1',
    sprintId: null,
    state: 'running',
    notes: [],
    summary: null,
    timer: {
      speakerMs: 90_000,
      totalMs: 900_000,
      startedAt,
      endedAt: null,
      pausedAt: null,
      pausedMs: 0,
      current: 0,
      turns: doc.members.map((m, i) => ({
        memberId: m.id,
        name: m.name,
        status: i === 0 ? 'speaking' : 'waiting',
        runningSince: i === 0 ? startedAt : null,
        spentMs: 0,
        extraMs: 0,
      })),
    },
  };
}

/**
 * The tones played, in one list for the file: the chime keeps the first audio context it makes for the page's
 * life, so every test after the first plays through that one.
 */
const tones: number[] = [];

export function fakeAudio() {
  tones.length = 0;
  class FakeAudioContext {
    currentTime = 0;
    destination = {};
    resume() {
      return Promise.resolve();
    }
    createOscillator() {
      const osc = {
        type: 'sine',
        frequency: { value: 0 },
        connect: (node: unknown) => node,
        start: () => tones.push(osc.frequency.value),
        stop: () => undefined,
      };
      return osc;
    }
    createGain() {
      const ramp = () => undefined;
      return {
        gain: { setValueAtTime: ramp, exponentialRampToValueAtTime: ramp },
        connect: (node: unknown) => node,
      };
    }
  }
  vi.stubGlobal('AudioContext', FakeAudioContext);
  return tones;
}
