import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('the incident form says Saved only of what is saved', () => {
  it('takes "Saved." away once the form is edited again, and says it again after the next save', async () => {
    const s = await renderRetro('incident', { kind: 'postmortem' });
    const user = userEvent.setup();
    const impact = await screen.findByLabelText('Impact');
    await user.type(impact, 'Lookups failed');
    await user.click(screen.getByRole('button', { name: 'Save incident' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Saved.');

    await user.type(impact, ' for 90 minutes');
    expect(screen.queryByText('Saved.')).toBeNull();
    expect(s.retro().incident?.impact).toBe('Lookups failed');

    await user.click(screen.getByRole('button', { name: 'Save incident' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(s.retro().incident?.impact).toBe('Lookups failed for 90 minutes');
  });
});
