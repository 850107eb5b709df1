import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HealthScores } from '../../../src/domain/retro/schema';
import { renderRetro, type Seeded } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

afterEach(() => {
  delete (window as { cadence?: unknown }).cadence;
});

const all = (n: number): HealthScores => ({ onCallLoad: n, alertNoise: n, toil: n, deployConfidence: n });

/** A health check-in three phones answered; the room has been closed since, so the screen holds no room. */
const answeredThenClosed = () =>
  renderRetro('checkin', {
    prepare: async (x) => {
      await x.backend.api.updateRetroDetails({
        teamId: x.teamId,
        retroId: x.retroId,
        checkIn: { mode: 'health', question: '' },
      });
      await x.backend.store.mutate({ teamId: x.teamId }, (d) => {
        d.teams
          .find((t) => t.id === x.teamId)!
          .healthChecks.push({
            id: 'h-phones',
            sprintId: null,
            retroId: x.retroId,
            recordedAt: '2026-11-13T14:30:00.000Z',
            scores: all(2),
            answers: 3,
          });
      });
    },
  });

/** The Markdown export's text, as the desktop app's save dialog is handed it. */
async function exportedMarkdown(s: Seeded): Promise<string> {
  (window as { cadence?: unknown }).cadence = {};
  const saved: string[] = [];
  s.backend.api.saveFile = (input) => {
    saved.push(input.content);
    return Promise.resolve({ path: `/home/sm/${input.suggestedName}` });
  };
  await userEvent.setup().click(screen.getByRole('button', { name: 'Download Markdown' }));
  await waitFor(() => expect(saved).toHaveLength(1));
  return saved[0]!;
}

describe('the check-in with phones’ answers stored and the room closed', () => {
  it('says answers are waiting, without their scores, rather than that none were recorded', async () => {
    await answeredThenClosed();
    expect(
      await screen.findByText(
        '3 people have answered on their phones: this sprint’s medians show here when the check-in ends.',
        {},
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('No scores recorded yet.')).toBeNull();
    // Not a score of theirs on the screen.
    expect(screen.queryByRole('row', { name: /Sprint 7/ })).toBeNull();
  });

  it('asks before replacing the answers, naming how many, before anything is sent', async () => {
    const s = await answeredThenClosed();
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('On-call load score', {}, { timeout: 15_000 }), '5');
    const record = vi.spyOn(s.backend.api, 'recordHealthCheck');
    await user.click(screen.getByRole('button', { name: 'Save health scores' }));
    const dialog = await screen.findByRole('dialog', { name: 'Replace the phones’ answers?' });
    expect(dialog).toHaveTextContent('3 people have answered on their phones');
    expect(record).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(s.team().healthChecks.map((c) => c.scores)).toEqual([all(2)]);
  });

  it('exports the medians once the check-in has ended', async () => {
    const s = await answeredThenClosed();
    const user = userEvent.setup();
    await screen.findByLabelText('On-call load score', {}, { timeout: 15_000 });
    await user.click(screen.getByRole('button', { name: 'Next phase →' }));
    await waitFor(() => expect(s.retro().phase).not.toBe('checkin'));
    await waitFor(async () => {
      const markdown = await exportedMarkdown(s);
      expect(markdown).toContain('## Team health');
      expect(markdown).toContain('2 / 5');
    });
  });
});
