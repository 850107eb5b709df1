import { useState } from 'react';
import { changedFields } from '../../src/domain/shared/changed-fields';
import { TeamSettingsPatchSchema, type TeamSettings } from '../../src/domain/team/schema';
import { messageOf } from '../api/errors';
import { useAppStore } from '../store';
import { fieldErrors } from './form-errors';

/**
 * Saving part of the team settings from a form: checks the candidate with the api's own schema, saves the
 * fields the person changed since the form opened (or since its last save), and keeps field errors (or the
 * api's refusal) for the form to show. A field left as it was is not sent, so a change that reached the team
 * meanwhile (a sync, another window) is not written back over.
 */
export function useSettingsSave(successMessage: string, settings: TeamSettings) {
  const updateSettings = useAppStore((s) => s.updateSettings);
  const pushToast = useAppStore((s) => s.pushToast);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [startedFrom, setStartedFrom] = useState(settings);

  const save = async (candidate: Partial<TeamSettings>): Promise<void> => {
    const parsed = TeamSettingsPatchSchema.safeParse(candidate);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error.issues));
      return;
    }
    // Valid: no message stays on screen while the save is on its way.
    setErrors({});
    const changed = changedFields(candidate, startedFrom);
    try {
      if (Object.keys(changed).length > 0) {
        await updateSettings(changed);
        setStartedFrom((was) => ({ ...was, ...changed }));
      }
      pushToast({ kind: 'success', message: successMessage });
    } catch (error) {
      setErrors({ form: messageOf(error) });
    }
  };

  return { errors, save };
}
