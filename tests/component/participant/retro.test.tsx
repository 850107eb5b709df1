import { screen, waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { RetroFocus } from '../../../src/domain/room/protocol';
import { fakeRoom, joinedAs, view } from './fake-room';

let room = fakeRoom();
afterEach(() => room.unmount());

function retro(patch: Partial<RetroFocus> = {}): RetroFocus {
  return {
    kind: 'retro',
    retroId: 'retro-1',
    title: 'Sprint 12 retro',
    phase: 'write',
    phaseName: 'Write',
    columns: [
      { id: 'well', title: 'Went well', prompt: 'What helped us?' },
      { id: 'badly', title: 'Went badly', prompt: 'What slowed us down?' },
    ],
    revealed: false,
    cards: [{ id: 'card-1', columnId: 'badly', text: 'Pager storms at 3am', mine: true }],
    counts: { well: 12, badly: 1 },
    checkIn: null,
    voting: null,
    ...patch,
  };
}

async function inRetro(focus: RetroFocus) {
  joinedAs();
  room = fakeRoom();
  room.mount();
  room.socket().open();
  room.socket().receive(view(focus));
  await screen.findByRole('heading', { name: 'Sprint 12 retro' });
  return room.socket();
}

describe('retro on a phone: writing cards', () => {
  it('says cards are anonymous and counts the cards in the room per column', async () => {
    await inRetro(retro());
    expect(screen.getByText('Cards are anonymous: nobody sees who wrote them.')).toBeInTheDocument();
    const well = screen.getByRole('region', { name: 'Went well' });
    expect(within(well).getByText('12 cards in the room')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Went badly' })).getByText('1 card in the room'),
    ).toBeInTheDocument();
  });

  it('keeps an unsent draft through a reload, sends it, and clears it once the room has it', async () => {
    await inRetro(retro());
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Your card for Went well' }), 'Blameless postmortems');

    room.unmount();
    const socket = await inRetro(retro());
    const draft = screen.getByRole('textbox', { name: 'Your card for Went well' });
    expect(draft).toHaveValue('Blameless postmortems');

    await user.click(screen.getByRole('button', { name: 'Add card to Went well' }));
    expect(socket.last()).toMatchObject({
      type: 'addCard',
      retroId: 'retro-1',
      columnId: 'well',
      text: 'Blameless postmortems',
    });
    expect(draft).toHaveValue('Blameless postmortems');
    socket.receive({ type: 'ack', ref: socket.last().ref });
    await expect.poll(() => (draft as HTMLTextAreaElement).value).toBe('');

    room.unmount();
    await inRetro(retro());
    expect(screen.getByRole('textbox', { name: 'Your card for Went well' })).toHaveValue('');
  });

  it("shows the room's error beside the card and keeps the text", async () => {
    const socket = await inRetro(retro());
    const user = userEvent.setup();
    const draft = screen.getByRole('textbox', { name: 'Your card for Went badly' });
    await user.type(draft, 'Too many handoffs');
    await user.click(screen.getByRole('button', { name: 'Add card to Went badly' }));
    socket.receive({ type: 'error', ref: socket.last().ref, message: 'The write phase has ended.' });
    const alert = await within(screen.getByRole('region', { name: 'Went badly' })).findByRole('alert');
    expect(alert).toHaveTextContent('The write phase has ended.');
    expect(draft).toHaveValue('Too many handoffs');
    expect(draft).toHaveAccessibleDescription('The write phase has ended.');
  });

  it('keeps a draft typed when the connection drops before the room confirmed it', async () => {
    const socket = await inRetro(retro());
    const user = userEvent.setup();
    const draft = screen.getByRole('textbox', { name: 'Your card for Went well' });
    await user.type(draft, 'On-call handover');
    await user.click(screen.getByRole('button', { name: 'Add card to Went well' }));
    socket.drop(1006);
    expect(await screen.findByRole('alert')).toHaveTextContent('The connection dropped before the room confirmed this');
    expect(draft).toHaveValue('On-call handover');
  });

  it('a card sent again after the connection dropped goes as the same send, so the room adds it once', async () => {
    let socket = await inRetro(retro());
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Your card for Went well' }), 'On-call handover');
    await user.click(screen.getByRole('button', { name: 'Add card to Went well' }));
    const first = socket.last();
    expect(first.sendId).toEqual(expect.any(String));
    socket.drop(1006);
    await screen.findByRole('alert');

    // A reload meanwhile (the phone slept and the browser dropped the page) sends it as the same send too.
    room.unmount();
    socket = await inRetro(retro());
    await user.click(screen.getByRole('button', { name: 'Add card to Went well' }));
    expect(socket.last()).toMatchObject({ type: 'addCard', text: 'On-call handover', sendId: first.sendId });
    socket.receive({ type: 'ack', ref: socket.last().ref });
    const draft = screen.getByRole('textbox', { name: 'Your card for Went well' });
    await expect.poll(() => (draft as HTMLTextAreaElement).value).toBe('');

    // The next card is another send.
    await user.type(draft, 'On-call handover');
    await user.click(screen.getByRole('button', { name: 'Add card to Went well' }));
    expect(socket.last().sendId).toEqual(expect.any(String));
    expect(socket.last().sendId).not.toBe(first.sendId);
  });

  it('a text changed after a send that dropped goes as a new send: the room does not take it for the first', async () => {
    const socket = await inRetro(retro());
    const user = userEvent.setup();
    const draft = screen.getByRole('textbox', { name: 'Your card for Went well' });
    await user.type(draft, 'On-call handover');
    await user.click(screen.getByRole('button', { name: 'Add card to Went well' }));
    const first = socket.last();
    socket.receive({ type: 'error', ref: first.ref, message: 'Too many messages at once: wait a moment.' });
    await screen.findByRole('alert');
    await user.type(draft, ' notes');
    await user.click(screen.getByRole('button', { name: 'Add card to Went well' }));
    expect(socket.last()).toMatchObject({ text: 'On-call handover notes' });
    expect(socket.last().sendId).not.toBe(first.sendId);
  });

  it("edits and deletes the person's own card", async () => {
    const socket = await inRetro(retro());
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Edit card “Pager storms at 3am”' }));
    const edit = screen.getByRole('textbox', { name: 'Edit your card' });
    await user.clear(edit);
    await user.type(edit, 'Pager storms every night');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(socket.last()).toMatchObject({
      type: 'editCard',
      retroId: 'retro-1',
      cardId: 'card-1',
      text: 'Pager storms every night',
    });
    socket.receive({ type: 'ack', ref: socket.last().ref });
    socket.receive(
      view(retro({ cards: [{ id: 'card-1', columnId: 'badly', text: 'Pager storms every night', mine: true }] })),
    );
    await user.click(await screen.findByRole('button', { name: 'Delete card “Pager storms every night”' }));
    expect(socket.last()).toMatchObject({ type: 'deleteCard', retroId: 'retro-1', cardId: 'card-1' });
  });

  it('keeps the focus on the card through Edit, Cancel, Save and Delete, never on the page', async () => {
    const socket = await inRetro(retro());
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Edit card “Pager storms at 3am”' }));
    const edit = screen.getByRole('textbox', { name: 'Edit your card' });
    await waitFor(() => expect(edit).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit card “Pager storms at 3am”' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Edit card “Pager storms at 3am”' }));
    await user.type(screen.getByRole('textbox', { name: 'Edit your card' }), '!');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    socket.receive(
      view(retro({ cards: [{ id: 'card-1', columnId: 'badly', text: 'Pager storms at 3am!', mine: true }] })),
    );
    socket.receive({ type: 'ack', ref: socket.last().ref });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit card “Pager storms at 3am!”' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Delete card “Pager storms at 3am!”' }));
    // As the room does: the view without the card, then the ack.
    socket.receive(view(retro({ cards: [] })));
    socket.receive({ type: 'ack', ref: socket.last().ref });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Went badly' })).toHaveFocus());
  });

  it('keeps a card typed but not sent when writing ends, says it was not added, and lets the person discard it', async () => {
    const socket = await inRetro(retro());
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Your card for Went well' }), 'Runbooks for the pager');
    socket.receive(view(retro({ phase: 'group', phaseName: 'Group', revealed: true })));

    const unsent = await screen.findByRole('group', { name: 'Your card for Went well: not sent' });
    expect(unsent).toHaveTextContent('Writing ended before you added this card, so the room does not have it.');
    expect(within(unsent).getByText('Runbooks for the pager')).toBeInTheDocument();
    await user.click(within(unsent).getByRole('button', { name: 'Discard your unsent card for Went well' }));
    expect(screen.queryByRole('group', { name: 'Your card for Went well: not sent' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Went well' })).toHaveFocus();

    // Discarded: writing opened again starts from an empty card.
    socket.receive(view(retro()));
    expect(await screen.findByRole('textbox', { name: 'Your card for Went well' })).toHaveValue('');
  });

  it('a card the room confirms after writing ended is not shown as unsent', async () => {
    const socket = await inRetro(retro());
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Your card for Went well' }), 'Blameless reviews');
    await user.click(screen.getByRole('button', { name: 'Add card to Went well' }));
    const ref = socket.last().ref;
    socket.receive(view(retro({ phase: 'group', phaseName: 'Group', revealed: true })));
    socket.receive({ type: 'ack', ref });
    await waitFor(() => expect(screen.queryByRole('group', { name: /not sent/ })).toBeNull());

    socket.receive(view(retro()));
    expect(await screen.findByRole('textbox', { name: 'Your card for Went well' })).toHaveValue('');
  });

  it('keeps a change to a card being edited when writing ends, and says the room has the card as it was', async () => {
    const socket = await inRetro(retro());
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Edit card “Pager storms at 3am”' }));
    const edit = screen.getByRole('textbox', { name: 'Edit your card' });
    await user.clear(edit);
    await user.type(edit, 'Pager storms every night this sprint');
    socket.receive(view(retro({ phase: 'group', phaseName: 'Group', revealed: true })));

    const unsent = await screen.findByRole('group', { name: 'Your change to “Pager storms at 3am”: not saved' });
    expect(unsent).toHaveTextContent('Writing ended before you saved this change: the room has the card as it was.');
    expect(within(unsent).getByText('Pager storms every night this sprint')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Cards in Went badly' })).getByText('Pager storms at 3am'));
    await user.click(within(unsent).getByRole('button', { name: 'Discard your change to “Pager storms at 3am”' }));
    expect(screen.queryByRole('group', { name: /not saved/ })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Went badly' })).toHaveFocus();
  });

  it("drops the phone's drafts for a retro the facilitator deleted, and keeps another retro's", async () => {
    const socket = await inRetro(retro());
    const user = userEvent.setup();
    socket.receive(view(retro({ retroId: 'retro-2', title: 'Sprint 13 retro' })));
    await screen.findByRole('heading', { name: 'Sprint 13 retro' });
    await user.type(screen.getByRole('textbox', { name: 'Your card for Went well' }), 'For the other retro');
    socket.receive(view(retro()));
    await screen.findByRole('heading', { name: 'Sprint 12 retro' });
    await user.type(screen.getByRole('textbox', { name: 'Your card for Went badly' }), 'Half a thought');
    socket.receive(
      view(
        { kind: 'waiting', message: 'The facilitator deleted this retro. What they start next will appear here.' },
        { retroIds: ['retro-2'] },
      ),
    );
    await screen.findByText('The facilitator deleted this retro. What they start next will appear here.');
    const kept = Object.keys(window.localStorage).map((key) => window.localStorage.getItem(key));
    expect(kept).not.toContain('Half a thought');
    expect(kept).toContain('For the other retro');
    window.localStorage.clear();
  });

  /** Two revealed cards in Went badly, the first the person's own: the list shows both, as text. */
  const REVEALED_CARDS = [
    { id: 'card-1', columnId: 'badly', text: 'Pager storms at 3am', mine: true },
    { id: 'card-2', columnId: 'badly', text: 'Flaky deploys', mine: false },
  ];
  const revealedCardTexts = () =>
    within(screen.getByRole('list', { name: 'Cards in Went badly' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);

  it('cards revealed while people still write: own cards read only (the room refuses a change), new cards still go in', async () => {
    await inRetro(retro({ revealed: true, cards: REVEALED_CARDS }));
    expect(revealedCardTexts()).toEqual(['Pager storms at 3am', 'Flaky deploys']);
    expect(screen.queryByRole('button', { name: /^(Edit|Delete) card/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Add card to Went badly' })).toBeInTheDocument();
  });

  it('after reveal shows every card, read only', async () => {
    await inRetro(retro({ phase: 'group', phaseName: 'Group', revealed: true, cards: REVEALED_CARDS }));
    expect(revealedCardTexts()).toEqual(['Pager storms at 3am', 'Flaky deploys']);
    expect(screen.queryByRole('button', { name: /Edit|Delete|Add card/ })).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});

describe('retro on a phone: health check-in', () => {
  const checkIn = (mine: NonNullable<RetroFocus['checkIn']>['mine'] = null): RetroFocus['checkIn'] => ({
    dimensions: [
      { key: 'onCallLoad', label: 'On-call load' },
      { key: 'alertNoise', label: 'Alert noise' },
      { key: 'toil', label: 'Toil' },
      { key: 'deployConfidence', label: 'Deploy confidence' },
    ],
    mine,
    answers: 2,
  });

  it("sends the person's scores, leaving the unscored ones empty", async () => {
    const socket = await inRetro(retro({ phase: 'checkin', phaseName: 'Check-in', cards: [], checkIn: checkIn() }));
    expect(screen.getByText('2 answers in the room')).toBeInTheDocument();
    // The promise holds because a median needs three scores (one or two would give someone's away).
    expect(
      screen.getByText(
        '1 = painful, 5 = great. Nobody sees your own scores: the team sees only the medians, and only where at least 3 people scored.',
      ),
    ).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(
      within(screen.getByRole('group', { name: 'On-call load score' })).getByRole('radio', { name: '2' }),
    );
    await user.click(within(screen.getByRole('group', { name: 'Toil score' })).getByRole('radio', { name: '4' }));
    await user.click(screen.getByRole('button', { name: 'Send my scores' }));
    expect(socket.last()).toMatchObject({
      type: 'health',
      retroId: 'retro-1',
      scores: { onCallLoad: 2, alertNoise: null, toil: 4, deployConfidence: null },
    });
    socket.receive({ type: 'ack', ref: socket.last().ref });
    expect(await screen.findByText('Your scores are in.')).toBeInTheDocument();
  });

  it('sends nothing with every line on Not scored, says why beside the button, and sends once a score is picked', async () => {
    const socket = await inRetro(retro({ phase: 'checkin', phaseName: 'Check-in', cards: [], checkIn: checkIn() }));
    const user = userEvent.setup();
    const button = screen.getByRole('button', { name: 'Send my scores' });
    await user.click(button);
    expect(socket.sent.filter((m) => m.type === 'health')).toEqual([]);
    expect(screen.getByRole('alert')).toHaveTextContent(/^Pick a score from 1 to 5 for at least one of these first\.$/);
    expect(button).toHaveAccessibleDescription(/^Pick a score from 1 to 5/);
    expect(button).toHaveFocus();

    await user.click(within(screen.getByRole('group', { name: 'Toil score' })).getByRole('radio', { name: '4' }));
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(button);
    expect(socket.last()).toMatchObject({ type: 'health', scores: { toil: 4, onCallLoad: null } });
  });

  it('keeps the answer sent before when its scores are all taken back, and says so', async () => {
    const socket = await inRetro(
      retro({
        phase: 'checkin',
        phaseName: 'Check-in',
        cards: [],
        checkIn: checkIn({ onCallLoad: 3, alertNoise: null, toil: null, deployConfidence: null }),
      }),
    );
    const user = userEvent.setup();
    await user.click(
      within(screen.getByRole('group', { name: 'On-call load score' })).getByRole('radio', { name: 'Not scored' }),
    );
    await user.click(screen.getByRole('button', { name: 'Update my scores' }));
    expect(socket.sent.filter((m) => m.type === 'health')).toEqual([]);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Pick a score from 1 to 5 for at least one of these first. Until then the room keeps the scores you sent before.',
    );
  });

  it('keeps scores picked but not sent when the check-in ends, says they are not counted, and lets them go', async () => {
    const socket = await inRetro(retro({ phase: 'checkin', phaseName: 'Check-in', cards: [], checkIn: checkIn() }));
    const user = userEvent.setup();
    await user.click(
      within(screen.getByRole('group', { name: 'On-call load score' })).getByRole('radio', { name: '2' }),
    );
    await user.click(within(screen.getByRole('group', { name: 'Toil score' })).getByRole('radio', { name: '4' }));
    socket.receive(view(retro({ cards: [] })));

    const unsent = await screen.findByRole('group', { name: 'Your health scores: not sent' });
    expect(unsent).toHaveTextContent('The check-in ended before you sent your scores, so they are not counted.');
    expect(unsent).toHaveTextContent('On-call load: 2 Toil: 4');
    await user.click(within(unsent).getByRole('button', { name: 'Discard your unsent health scores' }));
    expect(screen.queryByRole('group', { name: 'Your health scores: not sent' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Sprint 12 retro' })).toHaveFocus();
  });

  it("shows the person's earlier answer when the check-in opens again after the phone joined in another phase", async () => {
    const socket = await inRetro(retro({ cards: [] }));
    socket.receive(
      view(
        retro({
          phase: 'checkin',
          phaseName: 'Check-in',
          cards: [],
          checkIn: checkIn({ onCallLoad: 3, alertNoise: null, toil: null, deployConfidence: null }),
        }),
      ),
    );
    const onCall = await screen.findByRole('group', { name: 'On-call load score' });
    expect(within(onCall).getByRole('radio', { name: '3' })).toBeChecked();
    expect(screen.getByText('Your scores are in.')).toBeInTheDocument();
  });

  it('shows the answer the room already has after a reload', async () => {
    await inRetro(
      retro({
        phase: 'checkin',
        phaseName: 'Check-in',
        cards: [],
        checkIn: checkIn({ onCallLoad: 3, alertNoise: 1, toil: null, deployConfidence: 5 }),
      }),
    );
    const alerts = screen.getByRole('group', { name: 'Alert noise score' });
    expect(within(alerts).getByRole('radio', { name: '1' })).toBeChecked();
    expect(
      within(screen.getByRole('group', { name: 'Toil score' })).getByRole('radio', { name: 'Not scored' }),
    ).toBeChecked();
    expect(screen.getByRole('button', { name: 'Update my scores' })).toBeInTheDocument();
  });
});

describe('retro on a phone: a card of invisible characters only', () => {
  it('is not sent: the phone says why, and keeps the text', async () => {
    const socket = await inRetro(retro());
    const user = userEvent.setup();
    const draft = screen.getByRole('textbox', { name: 'Your card for Went well' });
    await user.type(draft, '\u200b\u00ad');
    const sent = socket.sent.length;
    await user.click(screen.getByRole('button', { name: 'Add card to Went well' }));
    expect(screen.getByRole('alert')).toHaveTextContent('This shows nothing: it holds only invisible characters.');
    expect(draft).toHaveAccessibleDescription(/shows nothing/);
    expect(socket.sent).toHaveLength(sent);
    expect(draft).toHaveValue('\u200b\u00ad');
  });

  it('an own card changed to invisible characters is not sent either', async () => {
    const socket = await inRetro(retro());
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Edit card “Pager storms at 3am”' }));
    const edit = screen.getByRole('textbox', { name: 'Edit your card' });
    await user.clear(edit);
    await user.type(edit, '\u0301');
    const sent = socket.sent.length;
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert')).toHaveTextContent('This shows nothing: it holds only invisible characters.');
    expect(socket.sent).toHaveLength(sent);
    expect(edit).toHaveValue('\u0301');
  });
});

describe('retro on a phone: dot voting', () => {
  const voting = (patch: Partial<NonNullable<RetroFocus['voting']>> = {}): RetroFocus['voting'] => ({
    closed: false,
    budget: 5,
    cap: 3,
    topics: [
      { id: 't-pager', title: 'Pager noise', mine: 2 },
      { id: 't-deploy', title: 'Deploys', mine: 0 },
    ],
    left: 3,
    totals: null,
    ...patch,
  });

  it("sends a dot for the topic and shows the person's dots left", async () => {
    const socket = await inRetro(retro({ phase: 'vote', phaseName: 'Vote', revealed: true, voting: voting() }));
    expect(screen.getByText('3 of 5 dots left')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add a dot to Deploys' }));
    expect(socket.last()).toMatchObject({ type: 'dot', retroId: 'retro-1', targetId: 't-deploy', delta: 1 });
    await user.click(screen.getByRole('button', { name: 'Take a dot from Pager noise' }));
    expect(socket.last()).toMatchObject({ type: 'dot', targetId: 't-pager', delta: -1 });
  });

  it('a dot tapped again after the connection dropped goes with the same send id; the next dot with its own', async () => {
    const socket = await inRetro(retro({ phase: 'vote', phaseName: 'Vote', revealed: true, voting: voting() }));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add a dot to Deploys' }));
    const first = socket.last();
    expect(first.sendId).toEqual(expect.any(String));
    socket.drop(1006);
    expect(await screen.findByText(/The connection dropped before the room confirmed this/)).toBeInTheDocument();
    room.runTimers();
    const again = room.socket();
    again.open();
    // The room is still saving the first dot: the view it sends on the new connection does not show it yet.
    again.receive(view(retro({ phase: 'vote', phaseName: 'Vote', revealed: true, voting: voting() })));
    await user.click(screen.getByRole('button', { name: 'Add a dot to Deploys' }));
    expect(again.last()).toMatchObject({ type: 'dot', targetId: 't-deploy', delta: 1 });
    expect(again.last().sendId).toEqual(first.sendId);
    again.receive({ type: 'ack', ref: again.last().ref });
    const taken = voting({
      left: 2,
      topics: [
        { id: 't-pager', title: 'Pager noise', mine: 2 },
        { id: 't-deploy', title: 'Deploys', mine: 1 },
      ],
    });
    again.receive(view(retro({ phase: 'vote', phaseName: 'Vote', revealed: true, voting: taken })));
    await screen.findByText('2 of 5 dots left');
    await user.click(screen.getByRole('button', { name: 'Add a dot to Deploys' }));
    expect(again.last().sendId).toEqual(expect.any(String));
    expect(again.last().sendId).not.toEqual(first.sendId);
  });

  it('marks dots that are not allowed as unavailable, keeps focus, and sends nothing', async () => {
    const socket = await inRetro(
      retro({
        phase: 'vote',
        phaseName: 'Vote',
        revealed: true,
        voting: voting({
          left: 0,
          topics: [
            { id: 't-pager', title: 'Pager noise', mine: 3 },
            { id: 't-deploy', title: 'Deploys', mine: 0 },
          ],
        }),
      }),
    );
    const user = userEvent.setup();
    const add = screen.getByRole('button', { name: 'Add a dot to Deploys' });
    const take = screen.getByRole('button', { name: 'Take a dot from Deploys' });
    expect(add).toHaveAttribute('aria-disabled', 'true');
    expect(take).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Take a dot from Pager noise' })).not.toHaveAttribute('aria-disabled');
    const sent = socket.sent.length;
    await user.click(add);
    expect(add).toHaveFocus();
    expect(socket.sent).toHaveLength(sent);
  });

  // The team may lower its budget during the vote, under the dots someone has placed: the shared screen tells them
  // how many to take back, and so does the phone, never "-2 of 3 dots left".
  it('tells a person over a budget lowered during the vote how many dots to take back', async () => {
    const over = voting({
      budget: 3,
      left: -2,
      topics: [
        { id: 't-pager', title: 'Pager noise', mine: 3 },
        { id: 't-deploy', title: 'Deploys', mine: 2 },
      ],
    });
    const socket = await inRetro(retro({ phase: 'vote', phaseName: 'Vote', revealed: true, voting: over }));
    expect(screen.queryByText(/-2/)).toBeNull();
    expect(screen.getByText('You have 2 dots too many for the limit of 3: take 2 back.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add a dot to Deploys' })).toHaveAttribute('aria-disabled', 'true');
    const fewer = voting({
      budget: 3,
      left: -1,
      topics: [
        { id: 't-pager', title: 'Pager noise', mine: 3 },
        { id: 't-deploy', title: 'Deploys', mine: 1 },
      ],
    });
    socket.receive(view(retro({ phase: 'vote', phaseName: 'Vote', revealed: true, voting: fewer })));
    expect(await screen.findByText('You have 1 dot too many for the limit of 3: take it back.')).toBeInTheDocument();
  });

  it('puts the voting before the cards, so a phone opens on it', async () => {
    await inRetro(retro({ phase: 'vote', phaseName: 'Vote', revealed: true, voting: voting() }));
    const dotsHeading = screen.getByRole('heading', { name: 'Dot voting' });
    const firstColumn = screen.getByRole('heading', { name: 'Went well' });
    expect(dotsHeading.compareDocumentPosition(firstColumn) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows the totals once voting has closed', async () => {
    await inRetro(
      retro({
        phase: 'vote',
        phaseName: 'Vote',
        revealed: true,
        voting: voting({
          closed: true,
          totals: [
            { id: 't-deploy', title: 'Deploys', votes: 2 },
            { id: 't-pager', title: 'Pager noise', votes: 7 },
          ],
        }),
      }),
    );
    const totals = screen.getByRole('list', { name: 'Dots per topic' });
    expect(
      within(totals)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Pager noise 7 dots', 'Deploys 2 dots']);
    expect(screen.queryByRole('button', { name: /dot/ })).toBeNull();
  });
});
