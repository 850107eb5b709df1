import { describe, expect, it } from 'vitest';
import { defaultSprintName } from '../../../src/domain/planning/defaults';

const named = (...names: string[]) => names.map((name) => ({ name }));

describe('the name a new sprint is offered', () => {
  it('numbers on from the sprints there are', () => {
    expect(defaultSprintName([])).toBe('Sprint 1');
    expect(defaultSprintName(named('Sprint 1', 'Sprint 2', 'Sprint 3'))).toBe('Sprint 4');
  });

  it('is not the name of a sprint the team has, after a sprint in the middle was deleted', () => {
    // Sprint 2 (planned) was deleted: two sprints, but "Sprint 3" is taken.
    expect(defaultSprintName(named('Sprint 1', 'Sprint 3'))).toBe('Sprint 4');
  });

  it('numbers on from the sprints when the team names them its own way', () => {
    expect(defaultSprintName(named('PI-3 S1', 'PI-3 S2'))).toBe('Sprint 3');
    expect(defaultSprintName(named('Sprint 3', 'Hardening'))).toBe('Sprint 4');
  });
});
