import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

describe('an interrupt sized in hours on the board', { timeout: 20_000 }, () => {
  it('writes its hours as the close dialog and the planning card do: "1,000 h", "0.33 h"', async () => {
    const doc = boardTeam();
    await renderApp('standup', async (backend) => {
      await seedWith(doc)(backend);
      for (const [title, hours] of [
        ['Rebuild the cluster', 1000],
        ['Answer the audit', 0.333],
      ] as const) {
        await backend.api.logInterrupt({ teamId: doc.id, interrupt: { title, severity: 'sev3', hours } });
      }
    });
    const lane = await screen.findByRole('list', { name: 'Interrupts: In progress, 2 cards' }, { timeout: 10_000 });
    const card = (title: string) => within(lane).getByText(title).closest('li')!;
    expect(within(card('Rebuild the cluster')).getByText('1,000 h')).toBeInTheDocument();
    expect(within(card('Answer the audit')).getByText('0.33 h')).toBeInTheDocument();
  });
});
