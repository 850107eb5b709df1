import { describe, expect, it } from 'vitest';
import { entityName, valueText } from '../../../src/domain/sync/conflict-labels';
import { mergeTeams } from '../../../src/domain/sync/merge';
import { applyMergedTeam } from '../../../src/services/sync-apply-service';
import { item, team } from '../../helpers/fixtures';
import { inProcessApi } from '../../helpers/in-process-api';
import { card, retro } from '../retro/build';
import { ada, edited } from './merge-build';

/** True when no emoji is cut in half: every high surrogate has its low one, and no low one stands alone. */
const whole = (text: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

/** Texts a sync shows or writes are shortened between characters: a rocket at the cut is kept or left out whole. */
describe('sync: text shortened at an emoji', () => {
  it('shows a long conflicting value and an item’s title without half an emoji', () => {
    const value = `${'x'.repeat(198)}🚀🚀`;
    const shown = valueText(value);
    expect(whole(shown)).toBe(true);
    expect(shown).toBe(`${'x'.repeat(198)}…`);

    const t = team('Platform', { items: [item(`${'x'.repeat(38)}🚀 and more`, { id: 'i-1' })] });
    const name = entityName('estimationRounds', { itemId: 'i-1', number: 2 }, t);
    expect(whole(name)).toBe(true);
    expect(name).toBe(`Poker round 2 on “${'x'.repeat(38)}…”`);
  });

  it('names a dots conflict’s topics without half an emoji', () => {
    const title = `${'x'.repeat(39)}🚀 rollout`;
    const cards = [card('went-well', title), card('went-well', 'Two')];
    const b = team('Platform', { members: [ada], retros: [retro({ id: 'r-1', phase: 'vote', cards })] });
    b.settings.retroVotesPerPerson = 3;
    const mine = edited(b, (t) => void t.retros[0]!.votes.push({ voterId: ada.id, targetId: cards[0]!.id, count: 2 }));
    const theirs = edited(
      b,
      (t) => void t.retros[0]!.votes.push({ voterId: ada.id, targetId: cards[1]!.id, count: 2 }),
    );
    const [conflict] = mergeTeams(b, mine, theirs).conflicts;
    expect(whole(conflict!.mine)).toBe(true);
    // Shortened, the title says so.
    expect(conflict!.mine).toBe(`2 dots: 2 on “${'x'.repeat(39)}…”`);
  });

  it('gives a merged name a suffix without cutting an emoji in half', async () => {
    const { api, ctx, store } = await inProcessApi();
    const long = `${'x'.repeat(75)}🚀🚀🚀🚀🚀`;
    await api.createTeam({ name: long });
    const opsId = (await api.createTeam({ name: 'Ops' })).id;
    const mine = store.snapshot().teams.find((t) => t.id === opsId)!;
    const applied = await applyMergedTeam(ctx, mine, { ...mine, name: long });
    expect(whole(applied.team.name)).toBe(true);
    expect(applied.team.name).toBe(`${'x'.repeat(75)} (2)`);
  });
});
