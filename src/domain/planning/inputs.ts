import { z } from 'zod';
import { enteredYearsMessage, IdSchema, inEnteredYears } from '../shared/ids';
import { LIMITS, optionalText, requiredText } from '../shared/text';
import { compareInstants } from './calendar';

/** Input shapes shared by the planning forms and the api, so both refuse the same things. */

/** A date someone enters, in ENTERED_YEARS; `what` names the field in its messages. The retro's forms take it too. */
export const date = (what: string) =>
  z.iso.date({ error: `${what} must be a date (YYYY-MM-DD).` }).refine(inEnteredYears, enteredYearsMessage(what));
/** A UTC date and time someone enters, in ENTERED_YEARS. */
export const dateTime = (what: string) =>
  z.iso
    .datetime({ offset: false, error: `${what} must be a UTC date and time.` })
    .refine(inEnteredYears, enteredYearsMessage(what));

export const SprintFieldsSchema = z
  .object({
    name: requiredText('Sprint name', LIMITS.name),
    goal: optionalText('Sprint goal', LIMITS.markdown).default(''),
    startDate: date('Start date'),
    endDate: date('End date'),
  })
  .strict()
  .refine((s) => s.endDate >= s.startDate, {
    error: 'The sprint must end on or after its start date.',
    path: ['endDate'],
  });
export type SprintFields = z.infer<typeof SprintFieldsSchema>;

/** A member's days off or on-call shift, from startDate to endDate, both included. */
export const MemberRangeSchema = z
  .object({ memberId: IdSchema, startDate: date('From'), endDate: date('To') })
  .strict()
  .refine((r) => r.endDate >= r.startDate, {
    error: 'The end date must be on or after the start date.',
    path: ['endDate'],
  });
export type MemberRange = z.infer<typeof MemberRangeSchema>;

export const HolidayFieldsSchema = z
  .object({ date: date('Holiday date'), name: requiredText('Holiday name', LIMITS.name) })
  .strict();
export type HolidayFields = z.infer<typeof HolidayFieldsSchema>;

export const ChangeWindowFieldsSchema = z
  .object({
    name: requiredText('Window name', LIMITS.title),
    kind: z.enum(['window', 'freeze'], { error: 'Pick change window or freeze.' }),
    start: dateTime('Start'),
    end: dateTime('End'),
  })
  .strict()
  .refine((w) => compareInstants(w.end, w.start) > 0, { error: 'The window must end after it starts.', path: ['end'] });
export type ChangeWindowFields = z.infer<typeof ChangeWindowFieldsSchema>;

/** Why a started sprint's scope changed; both parts are required once the sprint is active. */
export const ScopeReasonSchema = z
  .object({
    reason: requiredText('Reason', LIMITS.shortText),
    planned: z.boolean({ error: 'Say whether the change was planned or unplanned.' }),
  })
  .strict();
export type ScopeReason = z.infer<typeof ScopeReasonSchema>;
