import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { dateInZone } from '../../../src/domain/shared/zoned-time';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

/** Ada and Bo's team, with Bo's day off today (the team's day) entered on the Planning screen's calendar. */
function boOffToday() {
  const doc = boardTeam();
  const [active] = doc.sprints;
  const bo = doc.members[1];
  if (!active || !bo) throw new Error('seed');
  const today = dateInZone(Date.now(), doc.settings.timeZone);
  return { doc: { ...doc, sprints: [{ ...active, timeOff: [{ id: 'off-1', memberId: bo.id, date: today }] }] }, bo };
}

describe('someone with a day off today', { timeout: 20_000 }, () => {
  it('is marked absent at the start, says why, and is skipped as absent', async () => {
    const user = userEvent.setup({ delay: null });
    const { doc } = boOffToday();
    await renderApp('standup', seedWith(doc));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    const presence = screen.getByRole('group', { name: /Who is here today/ });
    expect(within(presence).getByRole('checkbox', { name: 'Ada' })).toBeChecked();
    expect(within(presence).getByRole('checkbox', { name: 'Bo (day off today)' })).not.toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await screen.findByRole('heading', { level: 3, name: 'Ada' });
    const queue = screen.getByRole('region', { name: 'Speaking order' });
    expect(within(queue).getByText('Bo').closest('li')).toHaveTextContent(/Bo — Absent/);
    expect(screen.getByText('Nobody — last speaker')).toBeInTheDocument();
  });

  it('who came in anyway is ticked present and called', async () => {
    const user = userEvent.setup({ delay: null });
    const { doc } = boOffToday();
    await renderApp('standup', seedWith(doc));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('checkbox', { name: 'Bo (day off today)' }));
    expect(screen.getByRole('checkbox', { name: 'Bo (day off today)' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await screen.findByRole('heading', { level: 3, name: 'Ada' });
    expect(screen.getByText('Bo', { selector: '.timer__next' })).toBeInTheDocument();
  });
});
