import type { FormEvent } from 'react';
import { changedFields } from '../../src/domain/shared/changed-fields';
import { TeamSettingsPatchSchema, type TeamSettings } from '../../src/domain/team/schema';
import { messageOf } from '../api/errors';
import { useAppStore } from '../store';
import { fieldErrors } from './form-errors';
import { useTeamDraft } from './use-team-draft';

/** The draft key of a form that lives with one team (it is keyed by it, or shown for one team only). */
const ONE_TEAM = '';
const NO_ERRORS: Record<string, string> = {};
const NO_EDITS = { typed: {}, saved: new Set<never>() };

/**
 * Saving part of the team settings from a form: checks the candidate with the api's own schema, saves the
 * fields whose value differs from `stored` (the team's settings as the form reads them), and keeps field errors
 * (or the api's refusal) for the form to show. A field left as it was is not sent, so a change that reached the
 * team meanwhile (a sync, another window) is not written back over. Resolves whether the candidate was saved.
 * Given `teamId`, the messages belong to that team (see useTeamDraft).
 */
export function useSettingsSave(successMessage: string, teamId = ONE_TEAM) {
  const updateSettings = useAppStore((s) => s.updateSettings);
  const pushToast = useAppStore((s) => s.pushToast);
  const [errors, setErrors] = useTeamDraft(teamId, NO_ERRORS);

  const save = async (candidate: Partial<TeamSettings>, stored: Partial<TeamSettings>): Promise<boolean> => {
    const parsed = TeamSettingsPatchSchema.safeParse(candidate);
    if (!parsed.success) {
      setErrors(() => fieldErrors(parsed.error.issues));
      return false;
    }
    // Valid: no message stays on screen while the save is on its way.
    setErrors(() => NO_ERRORS);
    const changed = changedFields(candidate, stored);
    try {
      if (Object.keys(changed).length > 0) await updateSettings(changed);
      pushToast({ kind: 'success', message: successMessage });
      return true;
    } catch (error) {
      setErrors(() => ({ form: messageOf(error) }));
      return false;
    }
  };

  return { errors, save, clearErrors: () => setErrors(() => NO_ERRORS) };
}

/**
 * A settings form's values. `shown` gives the form's fields (typed numbers as text) from the team's settings,
 * `read` the settings from the fields. A field the person has not touched follows the stored value live (a
 * sync, another window changed it): the screen never shows a stale buffer % or timebox. A field they typed into
 * keeps what they typed; once saved, it keeps their spelling ("2,5") while that still means the stored value,
 * and shows the stored value when it changes elsewhere. Only the fields whose value differs from the stored
 * one, read the same way, are sent. A form that stays on the screen while teams are switched passes `teamId`:
 * each team keeps what was typed for it, and its messages (see useTeamDraft).
 */
export function useSettingsForm<F extends object>(
  successMessage: string,
  settings: TeamSettings,
  shown: (settings: TeamSettings) => F,
  read: (values: F) => Partial<TeamSettings>,
  teamId = ONE_TEAM,
) {
  const { errors, save, clearErrors } = useSettingsSave(successMessage, teamId);
  // What the person typed, and which of those fields were saved since they were last typed into.
  const [edits, setEdits] = useTeamDraft<{ typed: Partial<F>; saved: ReadonlySet<keyof F> }>(teamId, NO_EDITS);
  const stored = shown(settings);
  const means = (key: keyof F, value: unknown) =>
    Object.keys(changedFields(read({ ...stored, [key]: value }), read(stored))).length === 0;
  const values: F = { ...stored };
  for (const key of Object.keys(edits.typed) as (keyof F)[]) {
    const text = edits.typed[key] as F[keyof F];
    if (!edits.saved.has(key) || means(key, text)) values[key] = text;
  }

  const set = <K extends keyof F>(key: K, value: F[K]) =>
    setEdits(({ typed, saved }) => ({
      typed: { ...typed, [key]: value },
      saved: new Set([...saved].filter((k) => k !== key)),
    }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = edits.typed;
    if (!(await save(read(values), read(stored)))) return;
    // Saved: those fields follow the stored value from now on, unless typed into again while the save was on its way.
    const keys = Object.keys(sent) as (keyof F)[];
    setEdits(({ typed, saved }) => ({
      typed,
      saved: new Set([...saved, ...keys.filter((key) => Object.is(typed[key], sent[key]))]),
    }));
  };

  /** Drops what was typed (and the messages): every field shows the stored value again. */
  const discard = () => {
    setEdits(() => NO_EDITS);
    clearErrors();
  };

  return { values, set, errors, submit, discard };
}
