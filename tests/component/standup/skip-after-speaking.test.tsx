import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

describe('Skip (absent) once the speaker has spoken', { timeout: 20_000 }, () => {
  it('is not offered after their update is noted, and S moves on leaving them present in the summary', async () => {
    const user = userEvent.setup({ delay: null });
    await renderApp('standup', seedWith(boardTeam()));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await screen.findByRole('heading', { level: 3, name: 'Ada' });
    const controls = screen.getByRole('toolbar', { name: 'Standup controls' });
    expect(within(controls).getByRole('button', { name: /Skip \(absent\)/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Note update/ }));
    const note = await screen.findByRole('dialog', { name: 'Note an update' });
    await user.type(within(note).getByRole('textbox'), 'Cert rotation done in staging');
    await user.click(within(note).getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Note an update' })).not.toBeInTheDocument());
    // Ada spoke: she is not absent, so the control that would say so is gone.
    await waitFor(() =>
      expect(within(controls).queryByRole('button', { name: /Skip \(absent\)/ })).not.toBeInTheDocument(),
    );

    await user.keyboard('s');
    await screen.findByRole('heading', { level: 3, name: 'Bo' });
    // Bo has not spoken yet: Skip (absent) is offered for him.
    expect(within(controls).getByRole('button', { name: /Skip \(absent\)/ })).toBeInTheDocument();
    await user.keyboard('n');
    const summary = await screen.findByRole('region', { name: 'Last standup summary' });
    expect(within(summary).getByRole('row', { name: /^Ada Spoke/ })).toBeInTheDocument();
    expect(within(summary).queryByRole('row', { name: /Absent/ })).not.toBeInTheDocument();
  });
});
