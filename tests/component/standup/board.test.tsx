import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

describe('sprint board', { timeout: 20_000 }, () => {
  it('shows the active sprint’s cards in their columns, not backlog items', async () => {
    await renderApp('standup', seedWith(boardTeam()));
    const todo = await screen.findByRole('list', { name: 'Planned: To do, 1 card' }, { timeout: 10_000 });
    expect(within(todo).getByText('Patch the bastion hosts')).toBeInTheDocument();
    // The card's age says where it has been, not "No owner under a day here".
    const card = within(todo).getByRole('listitem', { name: 'Patch the bastion hosts' });
    expect(within(card).getByTitle('Time in this column')).toHaveTextContent(
      /^(Under a day|\d+ days?) in this column$/,
    );
    const review = screen.getByRole('list', { name: 'Planned: Review, 1 card' });
    expect(within(review).getByText('Tune the alert thresholds')).toBeInTheDocument();
    expect(screen.queryByText('Backlog only')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: /Interrupt lane/ })).toBeInTheDocument();
  });

  it('unblocks a blocked card that reaches Done, and offers no "Mark blocked" on Done work', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const backend = await renderApp('standup', seedWith(doc));
    const title = 'Tune the alert thresholds';
    await user.click(await screen.findByRole('button', { name: `Mark blocked ${title}` }, { timeout: 10_000 }));
    const review = screen.getByRole('list', { name: 'Planned: Review, 1 card' });
    await waitFor(() => expect(within(review).getByText('Blocked')).toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: `Move ${title} to Done` }));
    const done = await screen.findByRole('list', { name: 'Planned: Done, 1 card' });
    const saved = async () => (await backend.api.getTeam({ teamId: doc.id })).items.find((i) => i.title === title);
    await waitFor(async () => expect(await saved()).toMatchObject({ status: 'done', blocked: false }));
    await waitFor(() => expect(within(done).queryByText('Blocked')).not.toBeInTheDocument());
    expect(within(done).queryByRole('button', { name: `Mark blocked ${title}` })).not.toBeInTheDocument();
    expect(within(done).queryByRole('button', { name: `Unblock ${title}` })).not.toBeInTheDocument();
    // Work not done yet can still be marked blocked.
    expect(screen.getByRole('button', { name: 'Mark blocked Patch the bastion hosts' })).toBeInTheDocument();
  });

  it('moves a card by keyboard and saves the move', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const backend = await renderApp('standup', seedWith(doc));
    const move = await screen.findByRole(
      'button',
      { name: 'Move Patch the bastion hosts to In progress' },
      { timeout: 10_000 },
    );
    move.focus();
    await user.keyboard('{Enter}');
    const inProgress = await screen.findByRole('list', { name: 'Planned: In progress, 1 card' });
    expect(within(inProgress).getByText('Patch the bastion hosts')).toBeInTheDocument();
    // The button left with the card; the focus follows the card to its new column.
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(inProgress).getByRole('button', { name: 'Drag Patch the bastion hosts' }),
      ),
    );
    // The move shows at once and is saved just after it is painted.
    const saved = async () =>
      (await backend.api.getTeam({ teamId: doc.id })).items.find((i) => i.title === 'Patch the bastion hosts');
    await waitFor(async () => expect((await saved())?.status).toBe('in_progress'));
    expect((await saved())?.statusChangedAt).not.toBeNull();
  });

  it('moves a card with the keyboard: Space picks it up, → ← choose the column, Space drops it there', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const backend = await renderApp('standup', seedWith(doc));
    const handle = await screen.findByRole('button', { name: 'Drag Patch the bastion hosts' }, { timeout: 10_000 });
    handle.focus();
    await user.keyboard(' ');
    expect(handle).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowLeft}');
    expect(screen.getByText('Patch the bastion hosts is over Review.')).toBeInTheDocument();
    // The room sees it too: Review's header cell says "Drop here", and Review's column in the card's lane is marked.
    const headers = () => [...document.querySelectorAll('.board__header span')].map((cell) => cell.textContent);
    expect(headers()).toEqual(['To do (1)', 'In progress (0)', 'Drop here ↓', 'Done (0)']);
    expect(screen.getByRole('list', { name: 'Planned: Review, 1 card' }).closest('.board-column')).toHaveClass(
      'is-over',
    );
    const status = async () =>
      (await backend.api.getTeam({ teamId: doc.id })).items.find((i) => i.title === 'Patch the bastion hosts')?.status;
    expect(await status()).toBe('todo');
    await user.keyboard(' ');
    const review = await screen.findByRole('list', { name: 'Planned: Review, 2 cards' });
    expect(within(review).getByText('Patch the bastion hosts')).toBeInTheDocument();
    await waitFor(async () => expect(await status()).toBe('review'));
    // The focus moved with the card, and Escape puts a held card back.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Drag Patch the bastion hosts' })),
    );
    await user.keyboard(' {Home}{Escape}');
    expect(screen.getByText('Moving Patch the bastion hosts was cancelled.')).toBeInTheDocument();
    expect(headers().filter((text) => text?.startsWith('Drop here'))).toEqual([]);
    expect(document.querySelectorAll('.board-column.is-over')).toHaveLength(0);
    expect(await status()).toBe('review');
  });

  it('reads an interrupt’s hours as every typed number: "0x10" is refused, "2,5" is two and a half', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const backend = await renderApp('standup', seedWith(doc));
    await screen.findByRole('list', { name: 'Planned: To do, 1 card' }, { timeout: 10_000 });
    await user.keyboard('i');
    const dialog = await screen.findByRole('dialog', { name: 'Log interrupt' });
    await user.type(within(dialog).getByLabelText('What came in'), 'Disk full on db-2');
    const hours = within(dialog).getByRole('textbox', { name: 'Hours' });
    await user.type(hours, '0x10');
    await user.click(within(dialog).getByRole('button', { name: 'Log interrupt' }));
    expect(within(dialog).getByText('Hours must be a number.')).toBeInTheDocument();
    expect((await backend.api.getTeam({ teamId: doc.id })).items).toHaveLength(3);
    await user.clear(hours);
    await user.type(hours, '2,5');
    await user.click(within(dialog).getByRole('button', { name: 'Log interrupt' }));
    await screen.findByRole('list', { name: 'Interrupts: In progress, 1 card' });
    const logged = (await backend.api.getTeam({ teamId: doc.id })).items.find((i) => i.title === 'Disk full on db-2');
    expect(logged?.interrupt?.hours).toBe(2.5);
  });

  it('refuses an interrupt without a title or estimate, then logs one into the lane and burns the buffer', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const backend = await renderApp('standup', seedWith(doc));
    await screen.findByRole('list', { name: 'Planned: To do, 1 card' }, { timeout: 10_000 });
    // No interrupts yet: the lane is one line, not four empty columns.
    const interrupts = screen.getByRole('region', { name: /Interrupt lane/ });
    expect(within(interrupts).getByText('No interrupts logged.')).toBeInTheDocument();
    expect(within(interrupts).queryAllByRole('list')).toHaveLength(0);
    await user.keyboard('i');
    const dialog = await screen.findByRole('dialog', { name: 'Log interrupt' });
    await user.click(within(dialog).getByRole('button', { name: 'Log interrupt' }));
    expect(within(dialog).getByText('Title cannot be empty.')).toBeInTheDocument();
    expect(within(dialog).getByText('Give an estimate in points or in hours (one of the two).')).toBeInTheDocument();
    expect((await backend.api.getTeam({ teamId: doc.id })).items).toHaveLength(3);

    await user.type(within(dialog).getByLabelText('What came in'), 'VPN outage');
    await user.click(within(dialog).getByRole('radio', { name: 'In points' }));
    await user.selectOptions(within(dialog).getByLabelText('Points'), '2');
    await user.selectOptions(within(dialog).getByLabelText('Taken by'), 'Bo');
    await user.click(within(dialog).getByRole('button', { name: 'Log interrupt' }));

    const lane = await screen.findByRole('list', { name: 'Interrupts: In progress, 1 card' });
    expect(within(lane).getByText('VPN outage')).toBeInTheDocument();
    expect(within(interrupts).queryByText('No interrupts logged.')).toBeNull();
    expect(within(interrupts).getAllByRole('list')).toHaveLength(4);
    // The board's header counts each column's cards across both lanes.
    expect([...document.querySelectorAll('.board__header > span')].map((span) => span.textContent)).toEqual([
      'To do (1)',
      'In progress (1)',
      'Review (1)',
      'Done (0)',
    ]);
    const gauge = screen.getByRole('region', { name: /Interrupt buffer/ });
    // 2 of 2 reserved points used: the gauge turns red (once the new card is painted, as the burndown follows).
    expect(await within(gauge).findByText('Used up')).toBeInTheDocument();
    expect(gauge).toHaveTextContent(/Remaining\s*0 pts/);
  });

  it('says plainly that there is no active sprint and points to Planning', async () => {
    const user = userEvent.setup({ delay: null });
    await renderApp('standup', seedWith(boardTeam({ active: false })));
    expect(await screen.findByRole('heading', { name: 'No active sprint' }, { timeout: 10_000 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Go to Planning' }));
    expect(screen.getByRole('link', { name: 'Planning' })).toHaveAttribute('aria-current', 'page');
  });
});
