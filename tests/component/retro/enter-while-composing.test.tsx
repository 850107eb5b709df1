import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro } from './seed';

vi.setConfig({ testTimeout: 40_000 });

describe('Enter in the card box while an input method is composing (Chinese, Japanese, Korean)', () => {
  it('picks the composed word, and adds no half-written card; Enter afterwards adds it', async () => {
    const s = await renderRetro('write');
    const user = userEvent.setup();
    const box = await screen.findByLabelText('New card in Alerts');
    await user.type(box, 'ディスク');
    // The Enter that commits the input method's word: keydown with isComposing (keyCode 229 in Chromium).
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 229, isComposing: true });
    await user.type(box, 'が満杯');
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter' });
    // One card, whole: the composing Enter added none (it would have added "ディスク" and left "が満杯" as a second).
    await waitFor(() => expect(s.retro().cards.map((c) => c.text)).toEqual(['ディスクが満杯']));
  });
});
