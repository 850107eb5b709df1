import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

const RAISED = '2026-11-26T09:10:00.000Z';

/** Ada and Bo's team with an open blocker and a parked topic, each with a typo. */
function withTypos() {
  const doc = boardTeam();
  const [ada] = doc.members;
  const entry = { raisedAt: RAISED, sprintId: null, standupId: null };
  return {
    ...doc,
    blockers: [
      { id: 'blocker-1', text: 'Waiting on the DNS tema', ownerId: ada?.id ?? null, resolvedAt: null, ...entry },
    ],
    parkingLot: [{ id: 'topic-1', text: 'Vault upgarde plan', stayIds: [], closedAt: null, ...entry }],
  };
}

describe('correcting an open blocker or a parked topic', { timeout: 30_000 }, () => {
  it('edits a blocker by keyboard: a clear message for empty text, the focus back on its Edit button', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = withTypos();
    const backend = await renderApp('standup', seedWith(doc));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    const open = screen.getByRole('region', { name: 'Open blockers (1)' });

    // Escape with nothing changed closes at once; the focus is back on the blocker's Edit.
    const edit = within(open).getByRole('button', { name: 'Edit blocker: Waiting on the DNS tema' });
    edit.focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('dialog', { name: 'Edit blocker' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(edit).toHaveFocus());

    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Edit blocker' });
    const field = within(dialog).getByRole('textbox', { name: 'What is blocked, and on what' });
    expect(field).toHaveValue('Waiting on the DNS tema');
    await user.clear(field);
    within(dialog).getByRole('button', { name: 'Save blocker' }).focus();
    await user.keyboard('{Enter}');
    expect(await within(dialog).findByText('Blocker cannot be empty.')).toBeInTheDocument();
    await user.type(field, 'Waiting on the DNS team');
    within(dialog).getByRole('button', { name: 'Save blocker' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const edited = within(open).getByRole('button', { name: 'Edit blocker: Waiting on the DNS team' });
    await waitFor(() => expect(edited).toHaveFocus());
    expect(within(open).getByRole('row', { name: /Waiting on the DNS team/ })).toBeInTheDocument();
    const saved = (await backend.api.getTeam({ teamId: doc.id })).blockers;
    expect(saved).toEqual([{ ...doc.blockers[0], text: 'Waiting on the DNS team' }]);
  });

  it('edits a parked topic with the mouse, asks before dropping changes, and hands the focus back each time', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = withTypos();
    const backend = await renderApp('standup', seedWith(doc));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    const parking = screen.getByRole('region', { name: 'Parking lot (1)' });

    // Cancel with a change asks first; discarding keeps the stored text and gives the focus back.
    const edit = within(parking).getByRole('button', { name: 'Edit parked topic: Vault upgarde plan' });
    await user.click(edit);
    const draft = await screen.findByRole('dialog', { name: 'Edit parked topic' });
    await user.type(within(draft).getByRole('textbox', { name: 'Topic to discuss after standup' }), ' draft');
    await user.click(within(draft).getByRole('button', { name: 'Cancel' }));
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to the topic?' });
    await user.click(within(ask).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(edit).toHaveFocus());
    expect(within(parking).getByText('Vault upgarde plan')).toBeInTheDocument();

    await user.click(edit);
    const dialog = await screen.findByRole('dialog', { name: 'Edit parked topic' });
    const field = within(dialog).getByRole('textbox', { name: 'Topic to discuss after standup' });
    await user.clear(field);
    await user.type(field, 'Vault upgrade plan');
    await user.click(within(dialog).getByRole('button', { name: 'Save topic' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() =>
      expect(within(parking).getByRole('button', { name: 'Edit parked topic: Vault upgrade plan' })).toHaveFocus(),
    );
    expect((await backend.api.getTeam({ teamId: doc.id })).parkingLot[0]?.text).toBe('Vault upgrade plan');
    expect(document.activeElement).not.toBe(document.body);
  });

  it('keeps what was typed when the text is too long, or when the topic was taken out meanwhile', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = withTypos();
    const backend = await renderApp('standup', seedWith(doc));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Edit parked topic: Vault upgarde plan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit parked topic' });
    const field = within(dialog).getByRole('textbox', { name: 'Topic to discuss after standup' });
    await user.clear(field);
    await user.paste('x'.repeat(501));
    await user.click(within(dialog).getByRole('button', { name: 'Save topic' }));
    expect(await within(dialog).findByText('Topic is too long: use at most 500 characters.')).toBeInTheDocument();
    expect(field).toHaveValue('x'.repeat(501));

    // Taken out in another window (a sync): the api's refusal is said in the dialog, the text still there.
    await backend.store.mutate({ teamId: doc.id }, (draft) => {
      const t = draft.teams.find((x) => x.id === doc.id);
      if (t) t.parkingLot = [];
    });
    await user.clear(field);
    await user.type(field, 'Vault upgrade plan');
    await user.click(within(dialog).getByRole('button', { name: 'Save topic' }));
    expect(await within(dialog).findByText(/The topic was not found/)).toBeInTheDocument();
    expect(field).toHaveValue('Vault upgrade plan');
  });

  it('offers Edit on the open blocker and topic while a standup runs', async () => {
    const user = userEvent.setup({ delay: null });
    await renderApp('standup', seedWith(withTypos()));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await screen.findByRole('heading', { level: 3, name: 'Ada' });
    await user.click(screen.getByRole('button', { name: 'Edit blocker: Waiting on the DNS tema' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit blocker' });
    await user.clear(within(dialog).getByRole('textbox'));
    await user.type(within(dialog).getByRole('textbox'), 'Waiting on the DNS team');
    await user.click(within(dialog).getByRole('button', { name: 'Save blocker' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Edit blocker: Waiting on the DNS team' })).toHaveFocus(),
    );
    expect(screen.getByRole('button', { name: 'Edit parked topic: Vault upgarde plan' })).toBeInTheDocument();
  });
});
