import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro, type Seeded } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

/** Stored with seconds (an import, another machine's sync): an edit that leaves the time alone keeps them. */
const PAGED_AT = '2026-11-18T02:12:37.250Z';

async function withEvents(x: Omit<Seeded, 'team' | 'retro'>) {
  const add = (at: string, event: string) =>
    x.backend.api.addTimelineEntry({ teamId: x.teamId, retroId: x.retroId, at, event, link: '' });
  await add(PAGED_AT, 'Paged');
  await add('2026-11-18T02:30:00.000Z', 'Rolled bakc');
}

const button = (name: string) => screen.getByRole('button', { name });
const events = (s: Seeded) => s.retro().timeline.map((t) => [t.at, t.event]);

describe('postmortem timeline: editing an event', () => {
  it('fixes its text and time in place, keeps the timeline in time order, and hands the focus back', async () => {
    const s = await renderRetro('timeline', { kind: 'postmortem', prepare: withEvents });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit event Rolled bakc' }, { timeout: 20_000 }));
    const time = screen.getByLabelText('Event time (UTC)');
    expect(time).toHaveValue('2026-11-18T02:30');
    const text = screen.getByLabelText('Event text');
    await user.clear(text);
    await user.type(text, 'Rolled back');
    await user.clear(time);
    await user.type(time, '2026-11-18T02:05');
    await user.click(button('Save event'));
    await waitFor(() =>
      expect(events(s)).toEqual([
        ['2026-11-18T02:05:00.000Z', 'Rolled back'],
        [PAGED_AT, 'Paged'],
      ]),
    );
    await waitFor(() => expect(button('Edit event Rolled back')).toHaveFocus());
    expect(screen.queryByLabelText('Event text')).toBeNull();
    // On screen in the new order too.
    const shown = within(screen.getByRole('list', { name: 'Timeline events' })).getAllByRole('listitem');
    expect(shown.map((li) => li.querySelector('.timeline__event')?.textContent)).toEqual(['Rolled back', 'Paged']);

    // The time left as it was keeps its seconds.
    await user.click(button('Edit event Paged'));
    await user.type(screen.getByLabelText('Event text'), ' by DNS probe');
    await user.click(button('Save event'));
    await waitFor(() => expect(events(s)[1]).toEqual([PAGED_AT, 'Paged by DNS probe']));
  });

  it('says what is wrong with bad input, keeps what was typed and saves nothing', async () => {
    const s = await renderRetro('timeline', { kind: 'postmortem', prepare: withEvents });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit event Paged' }, { timeout: 20_000 }));
    await user.clear(screen.getByLabelText('Event text'));
    await user.click(button('Save event'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Describe what happened.');

    await user.type(screen.getByLabelText('Event text'), 'Paged');
    await user.type(screen.getByLabelText('Event link (optional)'), 'runbook/dns');
    await user.click(button('Save event'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Links must start with http:// or https://.');
    expect(screen.getByLabelText('Event link (optional)')).toHaveValue('runbook/dns');
    expect(events(s)).toEqual([
      [PAGED_AT, 'Paged'],
      ['2026-11-18T02:30:00.000Z', 'Rolled bakc'],
    ]);
    expect(s.retro().timeline[0]?.link).toBe('');
  });

  it('closes on Escape: at once when nothing changed, after asking when something did', async () => {
    const s = await renderRetro('timeline', { kind: 'postmortem', prepare: withEvents });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit event Paged' }, { timeout: 20_000 }));
    expect(screen.getByLabelText('Event time (UTC)')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByLabelText('Event text')).toBeNull();
    await waitFor(() => expect(button('Edit event Paged')).toHaveFocus());

    await user.keyboard('{Enter}');
    await user.type(screen.getByLabelText('Event text'), ' twice');
    await user.keyboard('{Escape}');
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to the event “Paged”?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    expect(screen.getByLabelText('Event text')).toHaveValue('Paged twice');

    await user.keyboard('{Escape}');
    const again = await screen.findByRole('dialog', { name: 'Discard your changes to the event “Paged”?' });
    await user.click(within(again).getByRole('button', { name: 'Discard changes' }));
    expect(screen.queryByLabelText('Event text')).toBeNull();
    await waitFor(() => expect(button('Edit event Paged')).toHaveFocus());
    expect(events(s)[0]).toEqual([PAGED_AT, 'Paged']);
  });

  it('asks before another event’s Edit, or the next phase, drops the changes typed', async () => {
    const s = await renderRetro('timeline', { kind: 'postmortem', prepare: withEvents });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit event Paged' }, { timeout: 20_000 }));
    await user.type(screen.getByLabelText('Event text'), ' twice');

    await user.click(button('Next phase →'));
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to the event “Paged”?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    expect(s.retro().phase).toBe('timeline');

    await user.click(button('Edit event Rolled bakc'));
    const again = await screen.findByRole('dialog', { name: 'Discard your changes to the event “Paged”?' });
    await user.click(within(again).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.getByLabelText('Event text')).toHaveValue('Rolled bakc'));
    expect(screen.getByLabelText('Event time (UTC)')).toHaveFocus();
    expect(events(s)[0]).toEqual([PAGED_AT, 'Paged']);
  });
});
