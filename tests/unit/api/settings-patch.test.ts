import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Member, TeamSettings } from '../../../src/domain/team/schema';
import { TeamSettingsSchema } from '../../../src/domain/team/schema';
import { POINT_SCALES } from '../../../src/domain/team/scales';
import { STANDUP_ORDERS } from '../../../src/domain/standup/settings';
import type { TeamDoc } from '../../../src/domain/workspace';
import { inProcessApi } from '../../helpers/in-process-api';

const checklist = fc.array(
  fc.record({
    id: fc.uuid(),
    text: fc.stringMatching(/^[A-Za-z]([A-Za-z ]{0,28}[A-Za-z])?$/),
    rule: fc.constantFrom(null, 'has_acceptance_criteria' as const, 'estimated' as const),
  }),
  { maxLength: 6 },
);
const columnName = fc.stringMatching(/^[A-Za-z]([A-Za-z ]{0,18}[A-Za-z])?$/);

/** A valid value for every team setting; the test below checks it covers them all. */
const settingsArb: fc.Arbitrary<TeamSettings> = fc.record({
  sprintLengthDays: fc.integer({ min: 1, max: 60 }),
  workingDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
  pointScale: fc.constantFrom(...POINT_SCALES),
  bufferPercent: fc.integer({ min: 0, max: 90 }),
  definitionOfReady: checklist,
  definitionOfDone: checklist,
  onCallLoadPercent: fc.integer({ min: 0, max: 100 }),
  standardDayHours: fc.integer({ min: 1, max: 24 }),
  velocityWindow: fc.integer({ min: 1, max: 12 }),
  startingPointsPerPersonDay: fc.constantFrom(0.5, 1, 2.5),
  changeWindowLimit: fc.integer({ min: 1, max: 50 }),
  standupSpeakerSeconds: fc.integer({ min: 15, max: 900 }),
  standupTotalMinutes: fc.integer({ min: 1, max: 60 }),
  standupOrder: fc.constantFrom(...STANDUP_ORDERS),
  standupChime: fc.boolean(),
  // Four names a save accepts: each column its own (compared as the input schema does, without case or spaces).
  boardColumnNames: fc
    .uniqueArray(columnName, {
      minLength: 4,
      maxLength: 4,
      selector: (n) => n.trim().replace(/\s+/g, ' ').toLowerCase(),
    })
    .map(([todo = '', in_progress = '', review = '', done = '']) => ({ todo, in_progress, review, done })),
  retroVotesPerPerson: fc.integer({ min: 0, max: 20 }),
  retroMaxVotesPerCard: fc.integer({ min: 1, max: 20 }),
  timeZone: fc.constantFrom('UTC', 'Europe/Berlin', 'Pacific/Auckland', 'America/Los_Angeles'),
});

const KEYS = Object.keys(TeamSettingsSchema.shape) as (keyof TeamSettings)[];

function pick<T extends object>(from: T, keys: readonly (keyof T)[]): Partial<T> {
  return Object.fromEntries(keys.map((k) => [k, from[k]])) as Partial<T>;
}

describe('a settings save changes only the fields it names', () => {
  it('the generator covers every team setting', () => {
    const sample = fc.sample(settingsArb, 1)[0] as TeamSettings;
    expect(Object.keys(sample).sort()).toEqual([...KEYS].sort());
    expect(TeamSettingsSchema.safeParse(sample).success).toBe(true);
  });

  it('keeps the Definitions of Ready and Done and a 15-day sprint when another setting is saved', async () => {
    const { api } = await inProcessApi();
    const team = await api.createTeam({ name: 'Platform SRE' });
    expect(team.settings.definitionOfReady).toHaveLength(5);
    await api.updateTeamSettings({ teamId: team.id, settings: { sprintLengthDays: 15 } });
    const saved = await api.updateTeamSettings({ teamId: team.id, settings: { bufferPercent: 25 } });
    expect(saved.sprintLengthDays).toBe(15);
    expect(saved.definitionOfReady).toEqual(team.settings.definitionOfReady);
    expect(saved.definitionOfDone).toEqual(team.settings.definitionOfDone);
  });

  it('holds for random stored settings and random subsets of fields (property)', async () => {
    const { api, store } = await inProcessApi();
    const team = await api.createTeam({ name: 'Platform SRE' });
    await fc.assert(
      fc.asyncProperty(settingsArb, settingsArb, fc.subarray(KEYS), async (stored, next, keys) => {
        await api.updateTeamSettings({ teamId: team.id, settings: stored });
        const patch = pick(next, keys);
        const answered = await api.updateTeamSettings({ teamId: team.id, settings: patch });
        const expected = { ...stored, ...patch };
        expect(answered).toEqual(expected);
        const onDisk = store.snapshot().teams.find((t) => t.id === team.id) as TeamDoc;
        expect(onDisk.settings).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('an edit of one member field keeps the others', async () => {
    const { api } = await inProcessApi();
    const team = await api.createTeam({ name: 'Platform SRE' });
    const asha: Member = await api.addMember({
      teamId: team.id,
      member: { name: 'Asha', role: 'DBA', hoursPerDay: 4, takesOnCall: false },
    });
    const edited = await api.updateMember({ teamId: team.id, memberId: asha.id, member: { name: 'Asha K' } });
    expect(edited).toEqual({ ...asha, name: 'Asha K' });
  });
});
