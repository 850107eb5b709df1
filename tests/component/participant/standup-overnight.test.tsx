import { screen, waitFor } from '@testing-library/dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StandupFocus } from '../../../src/domain/room/protocol';
import { fakeRoom, joinedAs, view } from './fake-room';

let room = fakeRoom();
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  // Wednesday 2 December 2026, 08:30 on the phone's clock.
  vi.setSystemTime(new Date(2026, 11, 2, 8, 30));
});
afterEach(() => {
  room.unmount();
  vi.useRealTimers();
});

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A standup running on the shared screen since `startedAt`, Bo speaking, Ana next, for a team on the phone's clock:
 * left running from the midnight after it started.
 */
async function standupStarted(startedAt: Date) {
  const running: NonNullable<StandupFocus['running']> = {
    speaker: 'Bo',
    you: { status: 'next' },
    started: {
      date: `${startedAt.getFullYear()}-${two(startedAt.getMonth() + 1)}-${two(startedAt.getDate())}`,
      time: `${two(startedAt.getHours())}:${two(startedAt.getMinutes())}`,
    },
    leftRunningAt: new Date(startedAt.getFullYear(), startedAt.getMonth(), startedAt.getDate() + 1).toISOString(),
  };
  joinedAs();
  room = fakeRoom();
  room.mount();
  room.socket().open();
  room.socket().receive(view({ kind: 'standup', raised: [], running }));
  await screen.findByRole('heading', { name: 'Standup' });
  return screen.getByRole('region', { name: 'Speaking order' });
}

describe('a standup left running overnight, on a phone', () => {
  it('says it started yesterday and does not show yesterday’s speaker or turn as now', async () => {
    const order = await standupStarted(new Date(2026, 11, 1, 9, 2));
    expect(order).toHaveTextContent(
      'This standup started yesterday at 09:02 and has not been ended on the shared screen.',
    );
    expect(order).not.toHaveTextContent('Speaking now');
    expect(order).not.toHaveTextContent('You are next');
    // Blockers and topics can still be raised.
    expect(screen.getByRole('textbox', { name: 'A blocker' })).toBeInTheDocument();
  });

  it('names the day of a standup started earlier in the week', async () => {
    const order = await standupStarted(new Date(2026, 10, 29, 9, 2));
    expect(order).toHaveTextContent('This standup started on Sun 29 Nov at 09:02');
  });

  it('shows today’s standup as it runs, with no word about the day', async () => {
    vi.setSystemTime(new Date(2026, 11, 2, 9, 10));
    const order = await standupStarted(new Date(2026, 11, 2, 9, 2));
    expect(order).toHaveTextContent('Speaking now: Bo');
    expect(order).toHaveTextContent('You are next');
    expect(order).not.toHaveTextContent(/started/);
  });

  it('on a phone left open past midnight, stops showing the turn as the new day begins', async () => {
    vi.setSystemTime(new Date(2026, 11, 2, 23, 59, 59, 950));
    const order = await standupStarted(new Date(2026, 11, 2, 9, 2));
    expect(order).toHaveTextContent('Speaking now: Bo');
    vi.setSystemTime(new Date(2026, 11, 3, 0, 0, 1));
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Speaking order' })).toHaveTextContent(
        'This standup started yesterday at 09:02',
      ),
    );
  });
});
