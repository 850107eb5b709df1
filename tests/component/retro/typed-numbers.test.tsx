import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro, type Seeded } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

const settingsOf = (s: Seeded) => s.team().settings;

describe('vote settings read typed numbers as every other number field does', () => {
  async function saveVotesPerPerson(text: string) {
    const user = userEvent.setup();
    const field = await screen.findByLabelText('Votes per person', {}, { timeout: 5000 });
    await user.clear(field);
    if (text) await user.type(field, text);
    await user.click(screen.getByRole('button', { name: 'Save voting rules' }));
    return field;
  }

  it('refuses "1,000" as over the limit, "2,5" as not whole, "0x10" and an empty field as not a number', async () => {
    const s = await renderRetro('vote');
    for (const [text, message] of [
      ['1,000', 'Votes per person cannot exceed 20.'],
      ['2,5', 'Votes per person is a whole number.'],
      ['0x10', 'Votes per person must be a number.'],
      ['', 'Votes per person must be a number.'],
    ] as const) {
      const field = await saveVotesPerPerson(text);
      expect(await screen.findByText(message), text).toBeInTheDocument();
      // What was typed stays for the person to fix, and nothing was saved.
      expect(field).toHaveValue(text);
      expect(settingsOf(s).retroVotesPerPerson, text).toBe(5);
    }
  });

  it('saves " 3 " and "1,0" per card as 3 and 1', async () => {
    const s = await renderRetro('vote');
    const user = userEvent.setup();
    await saveVotesPerPerson(' 3 ');
    await waitFor(() => expect(settingsOf(s).retroVotesPerPerson).toBe(3));
    const perCard = screen.getByLabelText('Max votes per card');
    await user.clear(perCard);
    await user.type(perCard, '1,0');
    await user.click(screen.getByRole('button', { name: 'Save voting rules' }));
    await waitFor(() => expect(settingsOf(s).retroMaxVotesPerCard).toBe(1));
    expect(settingsOf(s).retroVotesPerPerson).toBe(3);
  });
});

describe('participants read typed numbers as every other number field does', () => {
  async function enterParticipants(text: string) {
    const user = userEvent.setup();
    const field = await screen.findByLabelText('Participants', {}, { timeout: 5000 });
    await user.clear(field);
    if (text) await user.type(field, text);
    await user.keyboard('{Enter}');
    return field;
  }

  it('says why "1,000", "2,5", "0x10" and an empty field are refused, and keeps what was typed', async () => {
    const s = await renderRetro('write');
    expect(s.retro().participants).toBe(2);
    for (const [text, message] of [
      ['1,000', 'At most 500 participants.'],
      ['2,5', 'Participants is a whole number.'],
      ['0x10', 'Participants must be a number.'],
      ['', 'Participants must be a number.'],
    ] as const) {
      const field = await enterParticipants(text);
      expect(await screen.findByText(message), text).toBeInTheDocument();
      expect(field).toHaveValue(text);
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(s.retro().participants, text).toBe(2);
    }
  });

  it('saves " 12 " and "1,0" as 12 and 1, and the message goes', async () => {
    const s = await renderRetro('write');
    await enterParticipants('0x10');
    await screen.findByText('Participants must be a number.');
    const field = await enterParticipants(' 12 ');
    await waitFor(() => expect(s.retro().participants).toBe(12));
    await waitFor(() => expect(screen.queryByText('Participants must be a number.')).toBeNull());
    expect(field).toHaveAttribute('aria-invalid', 'false');
    await enterParticipants('1,0');
    await waitFor(() => expect(s.retro().participants).toBe(1));
  });
});
