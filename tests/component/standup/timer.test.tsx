import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

afterEach(() => {
  vi.restoreAllMocks();
});

/** The screen's code loads lazily (charts included), so the first wait is generous. */
async function openTimer(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
}

const speaker = () => screen.getByRole('heading', { level: 3, name: /^(Ada|Bo)$/ });

describe('standup timer screen', { timeout: 20_000 }, () => {
  it('runs the standup from the keyboard and walks the speaker’s cards', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const backend = await renderApp('standup', seedWith(doc));
    await openTimer(user);
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Ada' })).toBeInTheDocument();
    expect(screen.getByRole('timer', { name: 'Time left for this speaker' })).toHaveTextContent(/^1:(30|29)$/);
    // The start button is gone; the focus is on the timer, not dropped to the page.
    await waitFor(() => expect(screen.getByRole('region', { name: 'Ada' })).toHaveFocus());
    const walk = screen.getByRole('region', { name: /Walk the board/ });
    expect(within(walk).getByText('Patch the bastion hosts')).toBeInTheDocument();
    expect(within(walk).queryByText('Tune the alert thresholds')).not.toBeInTheDocument();

    await user.keyboard('p');
    expect(await screen.findByRole('button', { name: /Resume/ })).toBeInTheDocument();
    await user.keyboard('p');
    expect(await screen.findByRole('button', { name: /Pause/ })).toBeInTheDocument();

    await user.keyboard('n');
    expect(await screen.findByRole('heading', { level: 3, name: 'Bo' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: /Walk the board/ })).getByText('Tune the alert thresholds'),
    ).toBeInTheDocument();
    const running = (await backend.api.getTeam({ teamId: doc.id })).standups[0];
    expect(running?.timer.current).toBe(1);
  });

  it('acts once for a held key: the keyboard’s repeats pass over no speaker', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const backend = await renderApp('standup', seedWith(doc));
    await openTimer(user);
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await screen.findByRole('heading', { level: 3, name: 'Ada' });
    // N held: one press, then the keyboard's auto-repeat (user-event's {n>3} sends repeats).
    await user.keyboard('{n>3/}');
    expect(await screen.findByRole('heading', { level: 3, name: 'Bo' })).toBeInTheDocument();
    await waitFor(async () =>
      expect((await backend.api.getTeam({ teamId: doc.id })).standups[0]?.timer.current).toBe(1),
    );
    // The held key's repeats did not end Bo's turn too.
    expect(speaker()).toHaveTextContent('Bo');
  });

  it('does not fire shortcuts while typing in a capture dialog', async () => {
    const user = userEvent.setup({ delay: null });
    await renderApp('standup', seedWith(boardTeam()));
    await openTimer(user);
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await screen.findByRole('heading', { level: 3, name: 'Ada' });
    await user.keyboard('b');
    const dialog = await screen.findByRole('dialog', { name: 'Add a blocker' });
    await user.type(within(dialog).getByRole('textbox'), 'Need a new SSH key, please');
    expect(speaker()).toHaveTextContent('Ada');
    await user.click(within(dialog).getByRole('button', { name: 'Add blocker' }));
    const blockers = await screen.findByRole('region', { name: 'Open blockers (1)' });
    expect(within(blockers).getByText('Need a new SSH key, please')).toBeInTheDocument();
    expect(within(blockers).getByRole('cell', { name: 'Ada' })).toBeInTheDocument();
    expect(within(blockers).getByRole('cell', { name: '0 days' })).toBeInTheDocument();
  });

  it('asks before ending with people still waiting, then shows a summary with a copy fallback', async () => {
    const user = userEvent.setup({ delay: null });
    await renderApp('standup', seedWith(boardTeam()));
    await openTimer(user);
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await screen.findByRole('heading', { level: 3, name: 'Ada' });
    await user.keyboard('u');
    const note = await screen.findByRole('dialog', { name: 'Note an update' });
    await user.type(within(note).getByRole('textbox'), 'Cert rotation done in staging');
    await user.click(within(note).getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Note an update' })).not.toBeInTheDocument());
    await user.keyboard('e');
    const confirm = await screen.findByRole('dialog', { name: 'End standup now?' });
    expect(confirm).toHaveTextContent('1 person has not spoken yet');
    await user.click(within(confirm).getByRole('button', { name: 'End standup' }));

    const summary = await screen.findByRole('region', { name: 'Last standup summary' });
    expect(within(summary).getByRole('row', { name: /Bo Did not get a turn/ })).toBeInTheDocument();
    // The screen shows the updates its Markdown carries.
    const updates = within(summary).getByRole('region', { name: 'Updates (1)' });
    expect(updates).toHaveTextContent('Ada: Cert rotation done in staging');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(within(summary).getByRole('button', { name: 'Copy as Markdown' }));
    expect(await within(summary).findByRole('alert')).toHaveTextContent(/Select the text below/);
    const text = within(summary).getByRole('textbox', { name: 'Summary as Markdown' });
    expect((text as HTMLTextAreaElement).value).toContain('| Bo | did not get a turn |');
  });

  it('copies the summary to the clipboard when it is available', async () => {
    const user = userEvent.setup({ delay: null });
    await renderApp('standup', seedWith(boardTeam()));
    await openTimer(user);
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await screen.findByRole('heading', { level: 3, name: 'Ada' });
    await user.keyboard('n');
    await screen.findByRole('heading', { level: 3, name: 'Bo' });
    await user.keyboard('n');
    const summary = await screen.findByRole('region', { name: 'Last standup summary' });
    await user.click(within(summary).getByRole('button', { name: 'Copy as Markdown' }));
    expect(await screen.findByText('Copied the standup summary as Markdown.')).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toContain('## Speakers');
    // The same summary in Jira / Confluence wiki markup: headings and table in their syntax.
    await user.click(within(summary).getByRole('button', { name: 'Copy for Confluence/Jira' }));
    expect(await screen.findByText('Copied the standup summary for Confluence and Jira.')).toBeInTheDocument();
    const wiki = await navigator.clipboard.readText();
    expect(wiki).toContain('h2. Speakers');
    expect(wiki).toMatch(/^\|\|Person\|\|/m);
    expect(wiki).not.toContain('## ');
  });

  it('says clearly when everyone is marked absent', async () => {
    const user = userEvent.setup({ delay: null });
    await renderApp('standup', seedWith(boardTeam()));
    await openTimer(user);
    await user.click(screen.getByRole('checkbox', { name: 'Ada' }));
    await user.click(screen.getByRole('checkbox', { name: 'Bo' }));
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Everyone is marked absent');
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
  });

  it('explains that a team without members has nobody to call on', async () => {
    const user = userEvent.setup({ delay: null });
    await renderApp('standup', seedWith(boardTeam({ members: false })));
    await openTimer(user);
    expect(screen.getByText('This team has no members yet, so there is nobody to call on.')).toBeInTheDocument();
    // No Start button that can only fail: the way forward is adding members.
    expect(screen.queryByRole('button', { name: 'Start standup' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Add members on the Team screen' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Team' })).toBeInTheDocument();
  });
});
