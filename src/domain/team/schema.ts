import { z } from 'zod';
import { IdSchema, IsoTimeSchema } from '../shared/ids';
import { LIMITS, optionalText, requiredText } from '../shared/text';
import { patchOf } from '../shared/patch';
import { isBlankName } from '../shared/blank-name';
import { POINT_SCALES } from './scales';
import { planningSettingsShape } from '../planning/settings';
import { BoardColumnNamesInputSchema, standupSettingsShape } from '../standup/settings';
import { retroSettingsShape } from '../retro/settings';
import { sharedChecklistId } from './checklist-ids';

export const MemberSchema = z.object({
  id: IdSchema,
  name: requiredText('Name', LIMITS.name),
  role: optionalText('Role', LIMITS.name).default(''),
  hoursPerDay: z
    .number({ error: 'Hours per day must be a number.' })
    .min(0.5, { error: 'Hours per day must be at least 0.5.' })
    .max(24, { error: 'Hours per day cannot exceed 24.' })
    .default(6),
  takesOnCall: z.boolean().default(true),
});
export type Member = z.infer<typeof MemberSchema>;

// A typed name must show (empty is min's to say); checked on input only, so a team file stored before the rule opens.
export const MemberFieldsSchema = MemberSchema.omit({ id: true }).extend({
  name: MemberSchema.shape.name.refine((n) => n === '' || !isBlankName(n), { error: 'Name cannot be empty.' }),
});
/** An edit of some of a member's fields; the others keep their values. */
export const MemberPatchSchema = patchOf(MemberFieldsSchema);

export const ChecklistEntrySchema = z.object({
  id: IdSchema,
  text: requiredText('Checklist entry', LIMITS.shortText),
  /** Checked automatically from the item; entries without a rule are ticked by hand. */
  rule: z.enum(['has_acceptance_criteria', 'estimated', 'has_description']).nullable().default(null),
});
export type ChecklistEntry = z.infer<typeof ChecklistEntrySchema>;
export type ReadyRule = NonNullable<ChecklistEntry['rule']>;

/** A Definition of Ready or Done, whose length is bounded with a message naming it. */
function checklist(name: string) {
  return z.array(ChecklistEntrySchema).max(LIMITS.checklist, {
    error: `The ${name} holds at most ${LIMITS.checklist} entries: remove one before adding another.`,
  });
}

const WeekdaySchema = z.number().int().min(0).max(6);

export const TeamSettingsSchema = z.object({
  sprintLengthDays: z
    .number({ error: 'Sprint length must be a number of working days.' })
    .int({ error: 'Sprint length must be a whole number of working days.' })
    .min(1, { error: 'Sprint length must be at least 1 working day.' })
    .max(60, { error: 'Sprint length cannot exceed 60 working days.' })
    .default(10),
  /** 0 = Sunday … 6 = Saturday. */
  workingDays: z
    .array(WeekdaySchema)
    .min(1, { error: 'Pick at least one working day.' })
    .max(7)
    .refine((days) => new Set(days).size === days.length, { error: 'Each working day can be picked once.' })
    .default([1, 2, 3, 4, 5]),
  pointScale: z.enum(POINT_SCALES).default('fibonacci'),
  bufferPercent: z
    .number({ error: 'Interrupt buffer must be a number.' })
    .min(0, { error: 'Interrupt buffer must be between 0% and 90%.' })
    .max(90, { error: 'Interrupt buffer must be between 0% and 90%.' })
    .default(20),
  definitionOfReady: checklist('Definition of Ready').default([]),
  definitionOfDone: checklist('Definition of Done').default([]),
  ...planningSettingsShape,
  ...standupSettingsShape,
  ...retroSettingsShape,
});
export type TeamSettings = z.infer<typeof TeamSettingsSchema>;

/** A Definition of Ready or Done as a save sends it: each entry under an id of its own (checklist-ids.ts). */
function checklistInput(name: string) {
  return checklist(name).superRefine((entries, ctx) => {
    const shared = sharedChecklistId(entries);
    if (shared === null) return;
    ctx.addIssue({
      code: 'custom',
      path: [entries.map((e) => e.id).lastIndexOf(shared), 'id'],
      message: `Two ${name} entries have the same id ("${shared}"): each entry needs its own.`,
    });
  });
}

/**
 * A save of some settings: the fields it names, and nothing else (no defaults filled in). Rules that stored
 * data may break (it was written before them) are checked here, on a save, and not on loading.
 */
export const TeamSettingsPatchSchema = patchOf(TeamSettingsSchema).extend({
  boardColumnNames: BoardColumnNamesInputSchema.optional(),
  definitionOfReady: checklistInput('Definition of Ready').optional(),
  definitionOfDone: checklistInput('Definition of Done').optional(),
});

export const TeamSchema = z.object({
  id: IdSchema,
  name: requiredText('Team name', LIMITS.name),
  createdAt: IsoTimeSchema,
  members: z.array(MemberSchema).default([]),
  settings: TeamSettingsSchema,
});
export type Team = z.infer<typeof TeamSchema>;

/** A team name as a create or rename sends it: one that shows (as a member's must); a stored name is not judged. */
export const TeamNameInputSchema = TeamSchema.shape.name.refine((n) => n === '' || !isBlankName(n), {
  error: 'Team name cannot be empty.',
});
