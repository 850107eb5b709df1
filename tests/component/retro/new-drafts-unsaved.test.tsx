import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addCards, renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

const keep = async (user: ReturnType<typeof userEvent.setup>, question: string) =>
  user.click(
    within(await screen.findByRole('dialog', { name: question })).getByRole('button', { name: 'Keep editing' }),
  );
const discard = async (user: ReturnType<typeof userEvent.setup>, question: string) =>
  user.click(
    within(await screen.findByRole('dialog', { name: question })).getByRole('button', { name: 'Discard changes' }),
  );
const phaseHeading = () => screen.getByRole('heading', { level: 3 });

describe('a new card or action half typed is not dropped by a phase change without a question', () => {
  it('asks before Next phase and the phase keys in Write, and changes phase once the card is discarded', async () => {
    const s = await renderRetro('write');
    const user = userEvent.setup();
    const QUESTION = 'Discard your changes to the new card in Alerts?';
    await user.type(await screen.findByLabelText('New card in Alerts'), 'Disk alerts are');

    await user.click(screen.getByRole('button', { name: 'Next phase →' }));
    await keep(user, QUESTION);
    expect(s.retro().phase).toBe('write');
    expect(screen.getByLabelText('New card in Alerts')).toHaveValue('Disk alerts are');

    // The keys, with the focus out of the box (they do nothing while typing).
    phaseHeading().focus();
    await user.keyboard('{PageDown}');
    await keep(user, QUESTION);
    await user.keyboard('[[');
    await discard(user, QUESTION);
    await waitFor(() => expect(s.retro().phase).not.toBe('write'));
    expect(s.retro().cards).toEqual([]);
  });

  it('lets a card’s Edit open without asking about the new card beside it', async () => {
    await renderRetro('write', {
      prepare: async (x) => {
        await addCards(x, [['alerts', 'CPU alert flaps']]);
        await x.backend.api.revealRetroCards({ teamId: x.teamId, retroId: x.retroId, revealed: true });
      },
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('New card in Alerts'), 'Disk alerts are');
    await user.click(screen.getByRole('button', { name: 'Edit card “CPU alert flaps”' }));
    expect(await screen.findByLabelText('Edit card')).toHaveValue('CPU alert flaps');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByLabelText('New card in Alerts')).toHaveValue('Disk alerts are');
  });

  it('asks before a phase change from Actions with an action typed in the Add action form', async () => {
    const s = await renderRetro('actions');
    const user = userEvent.setup();
    const QUESTION = 'Discard your changes to the new action?';
    await user.type(await screen.findByLabelText('Action'), 'Raise disk thresholds');

    await user.click(screen.getByRole('button', { name: '← Previous phase' }));
    await keep(user, QUESTION);
    expect(s.retro().phase).toBe('actions');
    expect(screen.getByLabelText('Action')).toHaveValue('Raise disk thresholds');

    phaseHeading().focus();
    await user.keyboard('{PageUp}');
    await discard(user, QUESTION);
    await waitFor(() => expect(s.retro().phase).toBe('discuss'));
    expect(s.retro().actions).toEqual([]);
  });

  it('changes phase at once when the Add action form holds only the choices kept from the last action', async () => {
    const s = await renderRetro('actions');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Action'), 'Raise disk thresholds');
    await user.selectOptions(screen.getByLabelText('Owner'), 'Bo');
    await user.click(screen.getByRole('button', { name: 'Add action' }));
    await waitFor(() => expect(s.retro().actions).toHaveLength(1));
    await waitFor(() => expect(screen.getByLabelText('Action')).toHaveValue(''));

    await user.click(screen.getByRole('button', { name: '← Previous phase' }));
    await waitFor(() => expect(s.retro().phase).toBe('discuss'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('lets an action’s Edit open without asking about the new action typed beside the list', async () => {
    await renderRetro('actions', {
      prepare: async (x) => {
        await x.backend.api.addRetroAction({
          teamId: x.teamId,
          retroId: x.retroId,
          action: { text: 'Page less', ownerId: null, dueDate: null, type: 'prevent', ticketKey: '', sourceId: null },
        });
      },
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Action'), 'Raise disk thresholds');
    await user.click(screen.getByRole('button', { name: 'Edit action Page less' }));
    await screen.findByRole('button', { name: 'Save action' });
    expect(screen.queryByRole('dialog')).toBeNull();
    const addForm = screen.getByRole('button', { name: 'Add action' }).closest('form')!;
    expect(within(addForm).getByLabelText('Action')).toHaveValue('Raise disk thresholds');
  });
});
