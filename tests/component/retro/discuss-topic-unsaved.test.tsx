import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addCards, renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

const THREE: [string, string][] = [
  ['alerts', 'Disk alerts are noise'],
  ['interrupts', 'DNS ate two days'],
  ['stories', 'No acceptance criteria'],
];
const ASKS = 'Discard your changes to the new action?';
const topicHeading = () => screen.getByRole('heading', { level: 4 });
const actionField = () => screen.getByLabelText('Action');

describe('discuss phase: an action half typed is not dropped by a topic step without a question', () => {
  it('asks before Next topic, Previous topic and a topic of the list, and steps once the text is discarded', async () => {
    const s = await renderRetro('discuss', { prepare: (x) => addCards(x, THREE).then(() => undefined) });
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 4, name: /Topic 1 of 3: Disk alerts are noise/ });

    // Nothing typed: the step goes at once.
    await user.click(screen.getByRole('button', { name: 'Next topic' }));
    await screen.findByRole('heading', { level: 4, name: /Topic 2 of 3: DNS ate two days/ });

    await user.type(actionField(), 'Move DNS to two providers');
    await user.click(screen.getByRole('button', { name: 'Next topic' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: ASKS })).getByRole('button', { name: 'Keep editing' }),
    );
    expect(topicHeading()).toHaveTextContent('Topic 2 of 3: DNS ate two days');
    expect(actionField()).toHaveValue('Move DNS to two providers');

    await user.click(screen.getByRole('button', { name: 'Previous topic' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: ASKS })).getByRole('button', { name: 'Keep editing' }),
    );
    expect(topicHeading()).toHaveTextContent('Topic 2 of 3: DNS ate two days');

    const list = screen.getByRole('navigation', { name: 'Topics' });
    await user.click(within(list).getByRole('button', { name: /No acceptance criteria/ }));
    await user.click(
      within(await screen.findByRole('dialog', { name: ASKS })).getByRole('button', { name: 'Discard changes' }),
    );
    await screen.findByRole('heading', { level: 4, name: /Topic 3 of 3: No acceptance criteria/ });
    expect(actionField()).toHaveValue('');
    expect(s.retro().actions).toEqual([]);
  });
});
