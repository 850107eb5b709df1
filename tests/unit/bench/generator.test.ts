import { describe, expect, it } from 'vitest';
import { countCards, generateWorkspace, liveRetro, validateCore } from '../../../bench/generate/index';
import { LARGE, LARGE_HOT, SMALL } from '../../../bench/generate/profiles';
import { percentile } from '../../../bench/lib/stats';

describe('bench workspace generator', () => {
  it('gives the same workspace for the same seed, byte for byte', () => {
    expect(JSON.stringify(generateWorkspace(SMALL, 7))).toBe(JSON.stringify(generateWorkspace(SMALL, 7)));
  });

  it('gives a different workspace for another seed', () => {
    expect(JSON.stringify(generateWorkspace(SMALL, 7))).not.toBe(JSON.stringify(generateWorkspace(SMALL, 8)));
  });

  it('builds the small workspace the issue names, valid against the real schemas', () => {
    const ws = generateWorkspace(SMALL, 1);
    expect(ws.teams).toHaveLength(1);
    expect(ws.teams[0]?.items).toHaveLength(200);
    expect(ws.teams[0]?.sprints).toHaveLength(10);
    const parsed = validateCore(ws);
    // The real schema keeps every collection as generated (nothing is dropped or defaulted away).
    expect(parsed).toEqual(ws);
    expect(parsed.teams[0]?.retros).toHaveLength(10);
    expect(parsed.teams[0]?.reviews.length).toBe(ws.teams[0]?.sprints.filter((s) => s.state === 'closed').length);
    expect(parsed.teams[0]?.reviews.length).toBeGreaterThan(0);
    expect(countCards(ws)).toBe(200);
  });

  it("gives each sprint the figures its cards add up to: a closed sprint's result matches its done cards", () => {
    const team = generateWorkspace(SMALL, 7).teams[0]!;
    const pointsOf = (sprintId: string, unplanned: boolean) =>
      team.items
        .filter((i) => i.sprintId === sprintId && i.unplanned === unplanned)
        .reduce((sum, i) => sum + (i.points ?? 0), 0);
    const closed = team.sprints.filter((s) => s.result);
    expect(closed.length).toBeGreaterThan(3);
    for (const sprint of team.sprints) {
      expect(sprint.commitment?.committedPoints, sprint.name).toBe(pointsOf(sprint.id, false));
    }
    for (const sprint of closed) {
      expect(sprint.result, sprint.name).toMatchObject({
        committedPoints: pointsOf(sprint.id, false),
        completedPlannedPoints: pointsOf(sprint.id, false),
        completedUnplannedPoints: pointsOf(sprint.id, true),
      });
    }
  });

  it('refuses a workspace the schema would change, not only one it rejects', () => {
    const ws = generateWorkspace(SMALL, 1);
    const card = ws.teams[0]?.retros[0]?.cards[0];
    if (!card) throw new Error('no card generated');
    Object.assign(card, { votes: [] });
    expect(() => validateCore(ws)).toThrow(/stripped or defaulted/);
    Object.assign(card, { votes: undefined, columnId: '' });
    expect(() => validateCore(ws)).toThrow();
  });

  // The full-scale workspace takes seconds to build on a loaded 2-core machine.
  it('builds the large workspace at full scale, with ids unique across it', { timeout: 30_000 }, () => {
    const ws = generateWorkspace(LARGE, 1);
    expect(ws.teams).toHaveLength(20);
    expect(ws.teams.reduce((n, t) => n + t.items.length, 0)).toBe(10_000);
    expect(ws.teams.reduce((n, t) => n + t.sprints.length, 0)).toBe(300);
    expect(ws.teams.reduce((n, t) => n + t.retros.length, 0)).toBe(500);
    expect(countCards(ws)).toBe(20_000);
    expect(ws.teams.every((t) => t.standups.length === t.sprints.length * 10)).toBe(true);
    const ids = ws.teams.flatMap((t) => [t.id, ...t.items.map((i) => i.id), ...t.sprints.map((s) => s.id)]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(() => validateCore(ws)).not.toThrow();
    // Every closed sprint has its review; the open team has one unfinished 500-card retro in its vote phase.
    const closed = ws.teams.reduce((n, t) => n + t.sprints.filter((s) => s.state === 'closed').length, 0);
    expect(ws.teams.reduce((n, t) => n + t.reviews.length, 0)).toBe(closed);
    const live = liveRetro(ws);
    expect(live?.cards).toHaveLength(500);
    expect(live?.votingClosed).toBe(false);
    expect(ws.teams.flatMap((t) => t.retros).filter((r) => r.phase === 'vote')).toHaveLength(1);
  });

  it('puts every item in the open team for the worst-case Backlog profile', () => {
    const ws = generateWorkspace(LARGE_HOT, 1);
    expect(ws.teams[0]?.items).toHaveLength(10_000);
    expect(ws.teams.reduce((n, t) => n + t.items.length, 0)).toBe(10_000);
  });
});

describe('bench statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const sample = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(sample, 50)).toBe(50);
    expect(percentile(sample, 95)).toBe(95);
    expect(percentile([3], 95)).toBe(3);
  });
});
