import { describe, expect, it } from 'vitest';
import { cardNames, namesApart } from '../../../src/domain/retro/names-apart';

describe('namesApart', () => {
  it('quotes words no other thing reads alike, and names the place of those that do', () => {
    const names = namesApart([
      { id: 'a', text: 'Rotate keys', place: 'from “Sprint 5”' },
      { id: 'b', text: 'rotate keys ', place: 'from “Sprint 6”' },
      { id: 'c', text: 'Tune alerts', place: 'from “Sprint 6”' },
    ]);
    expect([...names.values()]).toEqual([
      '“Rotate keys” from “Sprint 5”',
      '“rotate keys ” from “Sprint 6”',
      '“Tune alerts”',
    ]);
  });

  it('numbers, in order, things that read alike in one place', () => {
    const columns = [{ id: 'alerts', title: 'Alerts' }];
    const cards = ['x', 'y', 'z'].map((id) => ({ id, text: 'Flaky pager', columnId: 'alerts' }));
    expect([...cardNames(cards, columns).values()]).toEqual([
      '“Flaky pager” in Alerts (1 of 3)',
      '“Flaky pager” in Alerts (2 of 3)',
      '“Flaky pager” in Alerts (3 of 3)',
    ]);
  });
});
