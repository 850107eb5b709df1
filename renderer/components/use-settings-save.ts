import { useState } from 'react';
import { TeamSettingsPatchSchema, type TeamSettings } from '../../src/domain/team/schema';
import { messageOf } from '../api/errors';
import { useAppStore } from '../store';
import { fieldErrors } from './form-errors';

/**
 * Saving part of the team settings from a form: checks the candidate with the api's own schema,
 * saves it, and keeps field errors (or the api's refusal) for the form to show.
 */
export function useSettingsSave(successMessage: string) {
  const updateSettings = useAppStore((s) => s.updateSettings);
  const pushToast = useAppStore((s) => s.pushToast);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const save = async (candidate: Partial<TeamSettings>): Promise<void> => {
    const parsed = TeamSettingsPatchSchema.safeParse(candidate);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error.issues));
      return;
    }
    // Valid: no message stays on screen while the save is on its way.
    setErrors({});
    try {
      await updateSettings(candidate);
      pushToast({ kind: 'success', message: successMessage });
    } catch (error) {
      setErrors({ form: messageOf(error) });
    }
  };

  return { errors, save };
}
