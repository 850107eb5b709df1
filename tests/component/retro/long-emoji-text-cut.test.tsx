import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { addCards, renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

// An emoji straddles the places lists cut a long title (40 and 50 UTF-16 units): cut there as units, half of it
// would show as a broken character.
const AT_40 = `${'x'.repeat(39)}🔥 pager storm all night`;
const AT_50 = `${'y'.repeat(49)}🔥 disk alerts on the build hosts`;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const optionTexts = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => o.textContent ?? '');

describe('long card texts with an emoji where a list cuts them', () => {
  it('cuts the “Group with” options between whole characters, marked with an ellipsis', async () => {
    await renderRetro('group', {
      prepare: (x) =>
        addCards(x, [
          ['alerts', AT_40],
          ['alerts', 'Short card'],
        ]).then(() => undefined),
    });
    const options = optionTexts(await screen.findByLabelText('Group “Short card” with', {}, { timeout: 15000 }));
    const cut = options.find((o) => o.startsWith('xxx'))!;
    expect(cut).not.toMatch(LONE_SURROGATE);
    expect(cut.endsWith('…')).toBe(true);
    expect(AT_40.startsWith(cut.slice(0, -1).trimEnd())).toBe(true);
  });

  it('cuts the action’s “Linked to” options between whole characters, marked with an ellipsis', async () => {
    await renderRetro('actions', { prepare: (x) => addCards(x, [['alerts', AT_50]]).then(() => undefined) });
    const options = optionTexts(await screen.findByLabelText('Linked to', {}, { timeout: 15000 }));
    const cut = options.find((o) => o.startsWith('yyy'))!;
    expect(cut).not.toMatch(LONE_SURROGATE);
    expect(cut.endsWith('…')).toBe(true);
    expect(AT_50.startsWith(cut.slice(0, -1).trimEnd())).toBe(true);
  });
});
