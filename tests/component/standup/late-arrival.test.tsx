import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

describe('someone marked absent walks in late', { timeout: 20_000 }, () => {
  it('is put back in the queue from their row, by keyboard, speaks, and is no longer absent in the summary', async () => {
    const user = userEvent.setup({ delay: null });
    await renderApp('standup', seedWith(boardTeam()));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(
      within(screen.getByRole('group', { name: /Who is here today/ })).getByRole('checkbox', { name: 'Bo' }),
    );
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await screen.findByRole('heading', { level: 3, name: 'Ada' });

    const order = screen.getByRole('list', { name: 'Speaking order' });
    const rowOf = (name: string) =>
      within(order)
        .getAllByRole('listitem')
        .find((li) => li.textContent?.startsWith(name));
    expect(rowOf('Bo')).toHaveTextContent('Bo — Absent');
    within(order).getByRole('button', { name: 'Bo arrived: back in the queue' }).focus();
    await user.keyboard('{Enter}');

    // Bo waits for a turn again, the focus stays on his row, and the timer calls him next.
    await waitFor(() => expect(rowOf('Bo')).toHaveTextContent('Bo — Next'));
    expect(within(order).queryByRole('button', { name: /Arrived/ })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(rowOf('Bo')));
    expect(within(screen.getByRole('region', { name: 'Ada' })).getByText('Bo')).toBeInTheDocument();

    await user.keyboard('e');
    const confirm = await screen.findByRole('dialog', { name: 'End standup now?' });
    expect(confirm).toHaveTextContent('1 person has not spoken yet.');
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));

    await user.keyboard('n');
    await screen.findByRole('heading', { level: 3, name: 'Bo' });
    await user.keyboard('n');
    const summary = await screen.findByRole('region', { name: 'Last standup summary' });
    expect(within(summary).getByRole('row', { name: /^Bo Spoke/ })).toBeInTheDocument();
    expect(within(summary).queryByRole('row', { name: /Absent/ })).toBeNull();
  });
});
