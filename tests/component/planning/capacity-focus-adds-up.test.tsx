import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning } from './seed';

configure({ asyncUtilTimeout: 5000 });

/** "× 0.83" for 5 h of a 6 h day would not give the person-days shown beside it: each row's terms must. */
describe('the capacity table', { timeout: 30_000 }, () => {
  it('shows a focus its row’s person-days follow from: effective × focus = person-days', async () => {
    await renderApp('planning', async (b) => {
      const { teamId } = await seedPlanning(b);
      await b.api.addMember({ teamId, member: { name: 'Cy', role: 'SRE', hoursPerDay: 5, takesOnCall: true } });
    });
    const table = await screen.findByRole('table', { name: 'Capacity per member' }, { timeout: 10_000 });
    const row = within(table).getByRole('row', { name: /^Cy / });
    const cells = within(row).getAllByRole('cell');
    const effective = Number(/= ([\d.]+)$/.exec(cells[5]!.textContent ?? '')?.[1]);
    // "× 0.5" or "× 5 ÷ 6": what the table says the focus is.
    const [a, b = '1'] = (cells[6]!.textContent ?? '').replace('×', '').split('÷');
    const focus = Number(a) / Number(b);
    const personDays = Number(cells[7]!.textContent);
    expect(Number.isNaN(effective * focus)).toBe(false);
    expect(Math.round(effective * focus * 100) / 100).toBe(personDays);
  });
});
