import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addCards, renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('discuss phase', () => {
  it('shows topics in vote order, saves notes and adds an action linked to the topic', async () => {
    const s = await renderRetro('discuss', {
      prepare: async (x) => {
        await addCards(x, [
          ['alerts', 'Quiet card'],
          ['interrupts', 'Loud card'],
        ]);
        // The api answers hidden cards without their text; the store has it.
        const stored = x.backend.store.snapshot().teams[0]!.retros[0]!;
        const loud = stored.cards.find((c) => c.text === 'Loud card')!;
        await x.backend.api.castRetroVotes({
          teamId: x.teamId,
          retroId: x.retroId,
          voterId: x.members.ana,
          targetId: loud.id,
          delta: 2,
        });
        await x.backend.api.closeRetroVoting({ teamId: x.teamId, retroId: x.retroId, closed: true });
      },
    });
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 4, name: /Topic 1 of 2: Loud card/ });
    await user.type(screen.getByLabelText('Notes on this topic'), 'Page less');
    await user.click(screen.getByRole('button', { name: 'Save notes' }));
    const loudId = s.retro().cards.find((c) => c.text === 'Loud card')!.id;
    await waitFor(() => expect(s.retro().notes).toEqual([{ targetId: loudId, notes: 'Page less' }]));

    await user.type(screen.getByLabelText('Action'), 'Tune paging');
    await user.selectOptions(screen.getByLabelText('Owner'), 'Ana');
    await user.type(screen.getByLabelText('Due date'), '2026-12-04');
    await user.selectOptions(screen.getByLabelText('Type'), 'Mitigate');
    await user.type(screen.getByLabelText('Ticket key (optional)'), 'OPS-9');
    await user.click(screen.getByRole('button', { name: 'Add action' }));
    await waitFor(() =>
      expect(s.retro().actions[0]).toMatchObject({
        text: 'Tune paging',
        ownerId: s.members.ana,
        dueDate: '2026-12-04',
        type: 'mitigate',
        ticketKey: 'OPS-9',
        sourceId: loudId,
      }),
    );

    await user.click(screen.getByRole('button', { name: 'Next topic' }));
    await screen.findByRole('heading', { level: 4, name: /Topic 2 of 2: Quiet card/ });
    expect((screen.getByLabelText('Notes on this topic') as HTMLTextAreaElement).value).toBe('');
    await user.click(screen.getByRole('button', { name: 'Start topic timer' }));
    await screen.findByRole('button', { name: 'Pause topic timer' });
    const quietId = s.retro().cards.find((c) => c.text === 'Quiet card')!.id;
    expect(s.retro().timers[`topic:${quietId}`]?.startedAt).not.toBeNull();
  });
});

describe('actions phase', () => {
  it('adds an action linked to a card, refuses one without text, deletes', async () => {
    const s = await renderRetro('actions', {
      prepare: (x) => addCards(x, [['alerts', 'Noisy disk alerts']]).then(() => undefined),
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add action' }));
    expect(await screen.findByText('Action cannot be empty.')).toBeInTheDocument();
    expect(s.retro().actions).toEqual([]);

    await user.type(screen.getByLabelText('Action'), 'Raise thresholds');
    await user.selectOptions(screen.getByLabelText('Linked to'), 'Noisy disk alerts');
    await user.click(screen.getByRole('button', { name: 'Add action' }));
    await screen.findByText('Raise thresholds');
    expect(s.retro().actions[0]).toMatchObject({ sourceId: s.retro().cards[0]!.id, type: 'prevent', ownerId: null });
    expect(screen.getByText(/from “Noisy disk alerts”/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Edit action Raise thresholds' }));
    const editForm = within(screen.getByRole('button', { name: 'Save action' }).closest('form')!);
    expect(editForm.getByLabelText('Action')).toHaveValue('Raise thresholds');
    await user.selectOptions(editForm.getByLabelText('Owner'), 'Bo');
    await user.type(editForm.getByLabelText('Due date'), '2026-12-11');
    await user.click(editForm.getByRole('button', { name: 'Save action' }));
    await waitFor(() => expect(s.retro().actions[0]).toMatchObject({ ownerId: s.members.bo, dueDate: '2026-12-11' }));
    await user.click(await screen.findByRole('button', { name: 'Delete action Raise thresholds' }));
    const ask = await screen.findByRole('dialog', { name: 'Delete the action “Raise thresholds”?' });
    await user.click(within(ask).getByRole('button', { name: 'Delete action' }));
    await waitFor(() => expect(s.retro().actions).toEqual([]));
  });

  it('edits an action whose owner left and whose topic is gone: both show as stored and save as they are', async () => {
    let actionId = '';
    const s = await renderRetro('actions', {
      prepare: async (x) => {
        await addCards(x, [['alerts', 'Noisy disk alerts']]);
        const r = await x.backend.api.addRetroAction({
          teamId: x.teamId,
          retroId: x.retroId,
          action: {
            text: 'Raise thresholds',
            ownerId: x.members.bo,
            dueDate: null,
            type: 'prevent',
            ticketKey: '',
            sourceId: null,
          },
        });
        actionId = r.actions[0]!.id;
        await x.backend.api.removeMember({ teamId: x.teamId, memberId: x.members.bo });
        // A link an older version left to a group merged away since.
        await x.backend.store.mutate({ teamId: x.teamId }, (d) => {
          d.teams[0]!.retros[0]!.actions[0]!.sourceId = 'merged-away-group';
        });
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit action Raise thresholds' }, { timeout: 5000 }));
    const editForm = within(screen.getByRole('button', { name: 'Save action' }).closest('form')!);
    expect(editForm.getByLabelText('Owner')).toHaveDisplayValue('Former member');
    expect(editForm.getByLabelText('Linked to')).toHaveDisplayValue('Removed card or topic');
    await user.type(editForm.getByLabelText('Action'), ' to 90%');
    await user.click(editForm.getByRole('button', { name: 'Save action' }));
    await waitFor(() =>
      expect(s.retro().actions.find((a) => a.id === actionId)).toMatchObject({
        text: 'Raise thresholds to 90%',
        ownerId: s.members.bo,
        sourceId: 'merged-away-group',
      }),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
