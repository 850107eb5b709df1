import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

describe('the summary of a standup on screen', { timeout: 20_000 }, () => {
  it('tells how many blockers were still open after it, as its Markdown does', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const seed = seedWith(doc);
    await renderApp('standup', async (backend) => {
      await seed(backend);
      // One blocker from an earlier day, still open, and one raised during this standup.
      await backend.api.raiseBlocker({ teamId: doc.id, text: 'Waiting on the vendor for the VPN quota' });
      const started = await backend.api.startStandup({ teamId: doc.id, absentIds: [] });
      await backend.api.raiseBlocker({ teamId: doc.id, text: 'No access to the prod account', standupId: started.id });
      await backend.api.controlStandup({ teamId: doc.id, standupId: started.id, action: { kind: 'end' } });
    });
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    const summary = await screen.findByRole('region', { name: 'Last standup summary' });
    await user.click(within(summary).getByRole('button', { name: 'Show Markdown' }));
    const markdown = (within(summary).getByRole('textbox', { name: 'Summary as Markdown' }) as HTMLTextAreaElement)
      .value;
    expect(markdown).toContain('Open blockers after standup: 2.');
    expect(within(summary).getByText('Open blockers after standup: 2')).toBeInTheDocument();
  });
});
