import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MemberRange } from '../../../src/domain/planning/inputs';
import { MemberRangeForm } from '../../../renderer/screens/planning/calendar-forms';
import { member } from '../../helpers/fixtures';

const defaults = { startDate: '2026-11-02', endDate: '2026-11-13' };

describe('the time-off / on-call form when the member list changes while it is open', () => {
  it('saves the member it shows, after the one picked leaves the list', async () => {
    const user = userEvent.setup();
    const ana = member('Ana');
    const bo = member('Bo');
    const cy = member('Cy');
    const onSubmit = vi.fn<(range: MemberRange) => Promise<void>>(() => Promise.resolve());
    const form = (members: ReturnType<typeof member>[]) => (
      <MemberRangeForm
        members={members}
        defaults={defaults}
        submitLabel="Add time off"
        what="the new time off"
        onSubmit={onSubmit}
      />
    );
    const { rerender } = render(form([ana, bo, cy]));
    await user.selectOptions(screen.getByLabelText('Member'), 'Bo');
    // Bo is removed from the team (or stops taking on-call) on another screen or device.
    rerender(form([ana, cy]));
    const shown = (screen.getByLabelText('Member') as HTMLSelectElement).selectedOptions[0]?.textContent;
    await user.click(screen.getByRole('button', { name: 'Add time off' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const saved = [ana, cy].find((m) => m.id === onSubmit.mock.calls[0]?.[0].memberId)?.name;
    expect(shown).toBeTruthy();
    expect(saved).toBe(shown);
  });
});
