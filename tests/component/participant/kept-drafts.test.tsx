import { screen, waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { RetroFocus, StandupFocus } from '../../../src/domain/room/protocol';
import { ANA, fakeRoom, joinedAs, LOBBY, view } from './fake-room';

let room = fakeRoom();
afterEach(() => {
  room.unmount();
  window.localStorage.clear();
});

const CHECK_IN: NonNullable<RetroFocus['checkIn']> = {
  dimensions: [
    { key: 'onCallLoad', label: 'On-call load' },
    { key: 'alertNoise', label: 'Alert noise' },
    { key: 'toil', label: 'Toil' },
    { key: 'deployConfidence', label: 'Deploy confidence' },
  ],
  mine: null,
  answers: 1,
};

function retro(patch: Partial<RetroFocus> = {}): RetroFocus {
  return {
    kind: 'retro',
    retroId: 'retro-1',
    title: 'Sprint 12 retro',
    phase: 'write',
    phaseName: 'Write',
    columns: [{ id: 'well', title: 'Went well', prompt: '' }],
    revealed: false,
    cards: [{ id: 'card-1', columnId: 'well', text: 'Pager storms at 3am', mine: true }],
    counts: { well: 1 },
    checkIn: null,
    voting: null,
    ...patch,
  };
}

const STANDUP: StandupFocus = { kind: 'standup', raised: [] };

/** The phone joined and the room shows `message`; answers the socket. */
function inRoom(message: ReturnType<typeof view>) {
  joinedAs();
  room = fakeRoom();
  room.mount();
  room.socket().open();
  room.socket().receive(message);
  return room.socket();
}

const storedTexts = () => Object.keys(window.localStorage).map((key) => window.localStorage.getItem(key));

describe('what a phone keeps when the room moves away from a retro and back', () => {
  it('a half-made change to an own card comes back when the retro comes back', async () => {
    const socket = inRoom(view(retro()));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit card “Pager storms at 3am”' }));
    const edit = screen.getByRole('textbox', { name: 'Edit your card' });
    await user.clear(edit);
    await user.type(edit, 'Pager storms every night');

    socket.receive(view(STANDUP));
    await screen.findByRole('heading', { name: 'Standup' });
    socket.receive(view(retro()));

    expect(await screen.findByRole('textbox', { name: 'Edit your card' })).toHaveValue('Pager storms every night');
  });

  it('health scores picked and not sent come back in the check-in, and as not counted after it', async () => {
    const socket = inRoom(view(retro({ phase: 'checkin', phaseName: 'Check-in', cards: [], checkIn: CHECK_IN })));
    const user = userEvent.setup();
    const onCall = await screen.findByRole('group', { name: 'On-call load score' });
    await user.click(within(onCall).getByRole('radio', { name: '2' }));

    socket.receive(view(STANDUP));
    await screen.findByRole('heading', { name: 'Standup' });
    socket.receive(view(retro({ phase: 'checkin', phaseName: 'Check-in', cards: [], checkIn: CHECK_IN })));
    const again = await screen.findByRole('group', { name: 'On-call load score' });
    expect(within(again).getByRole('radio', { name: '2' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Send my scores' })).toBeInTheDocument();

    socket.receive(view(STANDUP));
    await screen.findByRole('heading', { name: 'Standup' });
    socket.receive(view(retro({ cards: [] })));
    const unsent = await screen.findByRole('group', { name: 'Your health scores: not sent' });
    expect(unsent).toHaveTextContent('On-call load: 2');
  });

  it('scores the room took are not kept as unsent', async () => {
    const socket = inRoom(view(retro({ phase: 'checkin', phaseName: 'Check-in', cards: [], checkIn: CHECK_IN })));
    const user = userEvent.setup();
    const toil = await screen.findByRole('group', { name: 'Toil score' });
    await user.click(within(toil).getByRole('radio', { name: '4' }));
    await user.click(screen.getByRole('button', { name: 'Send my scores' }));
    const ref = socket.last().ref;
    // The room moves on before its answer reaches the phone.
    socket.receive(view(STANDUP));
    await screen.findByRole('heading', { name: 'Standup' });
    socket.receive({ type: 'ack', ref });
    // The room's next message comes in a later task, as over a socket.
    await new Promise((resolve) => setTimeout(resolve));

    socket.receive(view(retro({ cards: [] })));
    await screen.findByRole('heading', { name: 'Sprint 12 retro' });
    expect(screen.queryByRole('group', { name: 'Your health scores: not sent' })).toBeNull();
  });
});

describe('drafts of retros that are gone', () => {
  it('a phone offline when its retro was deleted drops its drafts when it is back, and keeps other retros’', async () => {
    const socket = inRoom(view(retro({ retroId: 'retro-2', title: 'Sprint 13 retro' })));
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Your card for Went well' }), 'For the next retro');
    socket.receive(view(retro()));
    await screen.findByRole('heading', { name: 'Sprint 12 retro' });
    await user.type(screen.getByRole('textbox', { name: 'Your card for Went well' }), 'Half a thought');
    await user.click(screen.getByRole('button', { name: 'Edit card “Pager storms at 3am”' }));
    await user.type(screen.getByRole('textbox', { name: 'Edit your card' }), ' again');

    // Offline while the facilitator deleted retro 1 and moved on to the standup.
    socket.drop(1006);
    room.runTimers();
    room.socket().open();
    room.socket().receive(view(STANDUP, { retroIds: ['retro-2'] }));
    await screen.findByRole('heading', { name: 'Standup' });

    expect(storedTexts()).not.toContain('Half a thought');
    expect(storedTexts().some((text) => text?.includes('again'))).toBe(false);
    room.socket().receive(view(retro({ retroId: 'retro-2', title: 'Sprint 13 retro' }), { retroIds: ['retro-2'] }));
    expect(await screen.findByRole('textbox', { name: 'Your card for Went well' })).toHaveValue('For the next retro');
  });
});

describe('drafts per team', () => {
  it("one team's standup draft is not shown to another team's participant on the same address", async () => {
    inRoom(view(STANDUP, { teamId: 'team-ops' }));
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'A blocker' }), 'Waiting on the firewall change');
    room.unmount();

    inRoom(view(STANDUP, { teamId: 'team-data', teamName: 'Data Platform' }));
    expect(await screen.findByRole('textbox', { name: 'A blocker' })).toHaveValue('');
    room.unmount();

    inRoom(view(STANDUP, { teamId: 'team-ops' }));
    expect(await screen.findByRole('textbox', { name: 'A blocker' })).toHaveValue('Waiting on the firewall change');
  });

  it("another team's room leaves this team's retro drafts alone", async () => {
    inRoom(view(retro()));
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Your card for Went well' }), 'Runbooks help');
    room.unmount();

    inRoom(view(STANDUP, { teamId: 'team-data', teamName: 'Data Platform', retroIds: ['retro-9'] }));
    await screen.findByRole('heading', { name: 'Standup' });
    room.unmount();

    inRoom(view(retro()));
    expect(await screen.findByRole('textbox', { name: 'Your card for Went well' })).toHaveValue('Runbooks help');
  });

  it('drafts kept before drafts were kept per team are still shown', async () => {
    window.localStorage.setItem('cadence.room.draft.standup.blocker', 'Old blocker');
    window.localStorage.setItem('cadence.room.draft.retro.retro-1.well', 'Old card');
    const socket = inRoom(view(STANDUP));
    expect(await screen.findByRole('textbox', { name: 'A blocker' })).toHaveValue('Old blocker');
    socket.receive(view(retro()));
    expect(await screen.findByRole('textbox', { name: 'Your card for Went well' })).toHaveValue('Old card');
  });

  it('a standup draft kept before drafts were kept per team comes back only in the team it was written for', async () => {
    // The page before kept Ana's blocker, and her place in Platform Ops' room (p-ana).
    window.localStorage.setItem('cadence.room.draft.standup.blocker', 'Old blocker');
    joinedAs(ANA);
    room = fakeRoom();
    room.mount();
    room.socket().open();
    // That room has closed since; the room open now is Data Platform's, where Ana joins by its code.
    room.socket().receive({ type: 'ended', reason: 'closed', message: 'The facilitator closed the room.' });
    const dataAna = { token: 'token-ana-data-0123456789', personId: 'p-ana-data', name: 'Ana' };
    room.reply('/room/lobby', 200, { ok: true, value: { ...LOBBY, teamName: 'Data Platform' } });
    room.reply('/room/join', 200, { ok: true, value: dataAna });
    const user = userEvent.setup();
    const heading = await screen.findByRole('heading', { name: 'Join the room' });
    await waitFor(() => expect(heading).toHaveFocus());
    await user.type(screen.getByRole('textbox', { name: 'Room code' }), 'KM7Q2X');
    await user.click(screen.getByRole('button', { name: 'Find the room' }));
    await user.click(await screen.findByRole('button', { name: 'I am Ana' }));
    room.socket().open();
    room.socket().receive(
      view(STANDUP, {
        teamId: 'team-data',
        teamName: 'Data Platform',
        you: { personId: dataAna.personId, name: 'Ana', guest: false },
      }),
    );
    expect(await screen.findByRole('textbox', { name: 'A blocker' })).toHaveValue('');
    room.unmount();

    // Back in Platform Ops' room: her blocker is there.
    inRoom(view(STANDUP));
    expect(await screen.findByRole('textbox', { name: 'A blocker' })).toHaveValue('Old blocker');
  });

  it('a standup draft kept before drafts were kept per team, with no place kept beside it, is offered to no team', async () => {
    // The page before had left its room: nothing says which team the blocker was for.
    window.localStorage.setItem('cadence.room.draft.standup.blocker', 'Old blocker');
    room = fakeRoom();
    room.mount();
    await screen.findByRole('heading', { name: 'Join the room' });
    room.unmount();

    inRoom(view(STANDUP, { teamId: 'team-data', teamName: 'Data Platform' }));
    expect(await screen.findByRole('textbox', { name: 'A blocker' })).toHaveValue('');
  });
});

describe('two tabs of the room on one phone', () => {
  /** What another tab does to this page's storage: the browser tells this tab with a 'storage' event. */
  function otherTabWrites(key: string, text: string | null) {
    const oldValue = window.localStorage.getItem(key);
    if (text === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, text);
    window.dispatchEvent(
      new StorageEvent('storage', { key, oldValue, newValue: text, storageArea: window.localStorage }),
    );
  }

  it('a card sent from the other tab leaves this tab’s form, so it is not sent twice; a text typed there shows here', async () => {
    inRoom(view(retro({ cards: [] })));
    const user = userEvent.setup();
    const box = await screen.findByRole('textbox', { name: 'Your card for Went well' });
    await user.type(box, 'Blameless postmortems');
    const key = Object.keys(window.localStorage).find(
      (k) => window.localStorage.getItem(k) === 'Blameless postmortems',
    );
    expect(key).toBeDefined();

    // The other tab, holding the same draft, sent it and the room took it: it removed the kept text.
    otherTabWrites(key!, null);
    await waitFor(() => expect(box).toHaveValue(''));
    expect(screen.getByRole('button', { name: 'Add card to Went well' })).toHaveAttribute('aria-disabled', 'true');

    // Typing in the other tab keeps this one in step.
    otherTabWrites(key!, 'Runbooks for every alert');
    await waitFor(() => expect(box).toHaveValue('Runbooks for every alert'));
  });

  it('a change to an own card typed in the other tab shows here, and goes once that tab saved it', async () => {
    inRoom(view(retro()));
    await screen.findByRole('button', { name: 'Edit card “Pager storms at 3am”' });
    const key = 'cadence.room.teamdraft.team-ops/retro.retro-1.card.card-1';

    // The other tab opened the card's editor and typed a change.
    otherTabWrites(key, 'Pager storms every night');
    expect(await screen.findByRole('textbox', { name: 'Edit your card' })).toHaveValue('Pager storms every night');

    // It saved the change: the room has it, and this tab no longer offers it to save again.
    otherTabWrites(key, null);
    expect(await screen.findByRole('button', { name: 'Edit card “Pager storms at 3am”' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Edit your card' })).toBeNull();
  });

  it('health scores picked in the other tab show here, and show as in once that tab sent them', async () => {
    inRoom(view(retro({ phase: 'checkin', phaseName: 'Check-in', cards: [], checkIn: CHECK_IN })));
    const onCall = await screen.findByRole('group', { name: 'On-call load score' });
    const key = 'cadence.room.teamdraft.team-ops/retro.retro-1.health';

    // The other tab picked a score, not sent yet.
    otherTabWrites(
      key,
      JSON.stringify({
        dimensions: CHECK_IN.dimensions,
        scores: { onCallLoad: 2, alertNoise: null, toil: null, deployConfidence: null },
        answered: false,
      }),
    );
    await waitFor(() => expect(within(onCall).getByRole('radio', { name: '2' })).toBeChecked());

    // The other tab sent them and the room took them.
    otherTabWrites(key, null);
    expect(await screen.findByText('Your scores are in.')).toBeInTheDocument();
    expect(within(onCall).getByRole('radio', { name: '2' })).toBeChecked();
  });
});
