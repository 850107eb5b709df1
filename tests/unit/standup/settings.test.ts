import { describe, expect, it } from 'vitest';
import { orderSpeakers } from '../../../src/domain/standup/order';
import { defaultTeamSettings } from '../../../src/domain/team/defaults';
import { newId } from '../../../src/domain/shared/new-id';
import { TeamSettingsPatchSchema, TeamSettingsSchema } from '../../../src/domain/team/schema';

describe('standup settings', () => {
  it('defaults to 90 s per speaker, 15 minutes, fixed order, chime on and the usual columns', () => {
    expect(defaultTeamSettings(newId)).toMatchObject({
      standupSpeakerSeconds: 90,
      standupTotalMinutes: 15,
      standupOrder: 'fixed',
      standupChime: true,
      boardColumnNames: { todo: 'To do', in_progress: 'In progress', review: 'Review', done: 'Done' },
    });
  });

  it('fills the defaults into settings written before the standup feature existed', () => {
    const { standupSpeakerSeconds, ...older } = defaultTeamSettings(newId);
    expect(standupSpeakerSeconds).toBe(90);
    expect(TeamSettingsSchema.parse(older).standupSpeakerSeconds).toBe(90);
  });

  it('refuses out-of-range timeboxes and empty column names with messages a person can act on', () => {
    const bad = TeamSettingsSchema.partial().safeParse({
      standupSpeakerSeconds: 5,
      standupTotalMinutes: 90,
      boardColumnNames: { todo: ' ', in_progress: 'Doing', review: 'Review', done: 'Done' },
    });
    expect(bad.success).toBe(false);
    const messages = bad.error?.issues.map((i) => i.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'Give each speaker at least 15 seconds.',
        'The standup timebox cannot exceed 60 minutes.',
        'To do column name cannot be empty.',
      ]),
    );
  });
});

describe('speaking order', () => {
  const people = [
    { id: '1', name: 'cy' },
    { id: '2', name: 'Ada' },
    { id: '3', name: 'bo' },
  ];

  it('keeps the team order when fixed, sorts by name ignoring case when alphabetical', () => {
    expect(orderSpeakers(people, 'fixed', Math.random).map((p) => p.name)).toEqual(['cy', 'Ada', 'bo']);
    expect(orderSpeakers(people, 'alphabetical', Math.random).map((p) => p.name)).toEqual(['Ada', 'bo', 'cy']);
  });

  it('shuffles with the given randomness and keeps everybody once', () => {
    const shuffled = orderSpeakers(people, 'shuffled', () => 0);
    expect(shuffled.map((p) => p.name)).toEqual(['Ada', 'bo', 'cy']);
    expect(new Set(orderSpeakers(people, 'shuffled', Math.random).map((p) => p.id))).toEqual(new Set(['1', '2', '3']));
  });
});

describe('board column names', () => {
  const columns = { todo: 'To do', in_progress: 'In progress', review: 'Review', done: 'Done' };

  it('refuses a save that gives two columns the same name, ignoring case and spaces, on both fields', () => {
    const bad = TeamSettingsPatchSchema.safeParse({ boardColumnNames: { ...columns, in_progress: '  done ' } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues).toEqual([
      expect.objectContaining({
        path: ['boardColumnNames', 'in_progress'],
        message: 'Each column needs its own name: the Done column is also called “Done”.',
      }),
      expect.objectContaining({
        path: ['boardColumnNames', 'done'],
        message: 'Each column needs its own name: the In progress column is also called “done”.',
      }),
    ]);
  });

  it('accepts four different names in a save', () => {
    expect(
      TeamSettingsPatchSchema.safeParse({ boardColumnNames: { ...columns, review: 'Waiting for CAB' } }).success,
    ).toBe(true);
  });

  it('still loads stored settings that already repeat a column name', () => {
    const stored = { ...defaultTeamSettings(newId), boardColumnNames: { ...columns, in_progress: 'Done' } };
    expect(TeamSettingsSchema.parse(stored).boardColumnNames.in_progress).toBe('Done');
  });
});
