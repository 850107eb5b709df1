import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addCards, renderRetro, type Seeded } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

const button = (name: string) => screen.getByRole('button', { name });

/** Two topics, "Loud card" (voted, discussed first) and "Quiet card"; the given actions linked to "Loud card". */
function loudTopicWith(...texts: string[]) {
  return async (x: Omit<Seeded, 'team' | 'retro'>) => {
    await addCards(x, [
      ['alerts', 'Quiet card'],
      ['interrupts', 'Loud card'],
    ]);
    const loud = x.backend.store.snapshot().teams[0]!.retros[0]!.cards.find((c) => c.text === 'Loud card')!;
    await x.backend.api.castRetroVotes({
      teamId: x.teamId,
      retroId: x.retroId,
      voterId: x.members.ana,
      targetId: loud.id,
      delta: 2,
    });
    await x.backend.api.closeRetroVoting({ teamId: x.teamId, retroId: x.retroId, closed: true });
    for (const text of texts) {
      await x.backend.api.addRetroAction({
        teamId: x.teamId,
        retroId: x.retroId,
        action: { text, ownerId: null, dueDate: null, type: 'prevent', ticketKey: '', sourceId: loud.id },
      });
    }
  };
}

/** Opens the action's editor by keyboard, links it to "Quiet card" and saves it with Enter on Save action. */
async function relinkToQuietCard(user: ReturnType<typeof userEvent.setup>, text: string) {
  button(`Edit action ${text}`).focus();
  await user.keyboard('{Enter}');
  const form = within(button('Save action').closest('form')!);
  await waitFor(() => expect(form.getByLabelText('Action')).toHaveFocus());
  await user.selectOptions(form.getByLabelText('Linked to'), 'Quiet card');
  form.getByRole('button', { name: 'Save action' }).focus();
  await user.keyboard('{Enter}');
}

describe('discuss phase: an action linked to another topic leaves this topic’s list', () => {
  it('hands the focus to the next action’s Edit, says where the action went, and lists it under that topic', async () => {
    const s = await renderRetro('discuss', { prepare: loudTopicWith('Tune paging', 'Page less') });
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 4, name: /Topic 1 of 2: Loud card/ });
    await screen.findByRole('button', { name: 'Edit action Tune paging' });

    await relinkToQuietCard(user, 'Tune paging');
    const quietId = s.retro().cards.find((c) => c.text === 'Quiet card')!.id;
    await waitFor(() => expect(s.retro().actions.find((a) => a.text === 'Tune paging')?.sourceId).toBe(quietId));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Edit action Tune paging' })).toBeNull());
    await waitFor(() => expect(button('Edit action Page less')).toHaveFocus());
    expect(await screen.findByText('“Tune paging” is now an action of the topic “Quiet card”.')).toBeInTheDocument();

    await user.click(button('Next topic'));
    await screen.findByRole('heading', { level: 4, name: /Topic 2 of 2: Quiet card/ });
    expect(button('Edit action Tune paging')).toBeInTheDocument();
  });

  it('hands the focus to Add action when it was the topic’s only action', async () => {
    await renderRetro('discuss', { prepare: loudTopicWith('Tune paging') });
    const user = userEvent.setup();
    await screen.findByRole('button', { name: 'Edit action Tune paging' }, { timeout: 5000 });

    await relinkToQuietCard(user, 'Tune paging');
    await waitFor(() => expect(screen.getByText('No action items yet.')).toBeInTheDocument());
    await waitFor(() => expect(button('Add action')).toHaveFocus());
  });

  it('keeps the focus on the Edit button of an action saved without a change of topic', async () => {
    const s = await renderRetro('discuss', { prepare: loudTopicWith('Tune paging', 'Page less') });
    const user = userEvent.setup();
    (await screen.findByRole('button', { name: 'Edit action Tune paging' }, { timeout: 5000 })).focus();
    await user.keyboard('{Enter}');
    const form = within(button('Save action').closest('form')!);
    await waitFor(() => expect(form.getByLabelText('Action')).toHaveFocus());
    await user.type(form.getByLabelText('Action'), ' at night{Enter}');
    await waitFor(() => expect(s.retro().actions[0]?.text).toBe('Tune paging at night'));
    await waitFor(() => expect(button('Edit action Tune paging at night')).toHaveFocus());
  });
});
