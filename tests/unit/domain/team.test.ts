import { describe, expect, it } from 'vitest';
import { defaultTeamSettings } from '../../../src/domain/team/defaults';
import { newId } from '../../../src/domain/shared/new-id';
import { describeScale, estimateFigure, formatPoints, isOnScale, scaleCards } from '../../../src/domain/team/scales';
import { TeamSettingsSchema } from '../../../src/domain/team/schema';

describe('point scales', () => {
  it('knows which values are on each scale', () => {
    expect(isOnScale('fibonacci', 8)).toBe(true);
    expect(isOnScale('fibonacci', 4)).toBe(false);
    expect(isOnScale('modified_fibonacci', 0.5)).toBe(true);
    expect(isOnScale('modified_fibonacci', 21)).toBe(false);
    expect(isOnScale('tshirt', 3)).toBe(true);
    expect(isOnScale('tshirt', 2.5)).toBe(false);
  });

  it('shows T-shirt sizes with their points', () => {
    expect(formatPoints('tshirt', 5)).toBe('L (5)');
    expect(formatPoints('fibonacci', 5)).toBe('5');
    expect(formatPoints('fibonacci', null)).toBe('Not estimated');
    // Where room is short: never "1 pts" nor "M (3) pts".
    expect(estimateFigure('fibonacci', 1)).toBe('1 pt');
    expect(estimateFigure('fibonacci', 0.5)).toBe('0.5 pts');
    expect(estimateFigure('tshirt', 3)).toBe('M (3 pts)');
    expect(describeScale('tshirt')).toBe('XS, S, M, L, XL, XXL');
    expect(scaleCards('fibonacci').map((c) => c.value)).toEqual([0, 1, 2, 3, 5, 8, 13, 21, 34]);
  });
});

describe('team settings', () => {
  it('defaults to a two-week sprint, Monday to Friday, Fibonacci and a 20% buffer', () => {
    const s = defaultTeamSettings(newId);
    expect(s).toMatchObject({
      sprintLengthDays: 10,
      workingDays: [1, 2, 3, 4, 5],
      pointScale: 'fibonacci',
      bufferPercent: 20,
    });
    expect(s.definitionOfReady.length).toBeGreaterThan(0);
    expect(s.definitionOfDone.length).toBeGreaterThan(0);
  });

  it('refuses a buffer outside 0–90% and no working days', () => {
    const over = TeamSettingsSchema.partial().safeParse({ bufferPercent: 95 });
    expect(over.error?.issues[0]?.message).toBe('Interrupt buffer must be between 0% and 90%.');
    const none = TeamSettingsSchema.partial().safeParse({ workingDays: [] });
    expect(none.error?.issues[0]?.message).toBe('Pick at least one working day.');
    const dup = TeamSettingsSchema.partial().safeParse({ workingDays: [1, 1] });
    expect(dup.success).toBe(false);
  });
});
