import { IncidentInputSchema, type IncidentFields } from '../../../src/domain/retro/schema';
import { fieldErrors } from '../../components/form-errors';
import { isoToUtcInput, utcInputToIsoKeeping } from './use-retro';

export interface IncidentDraft {
  severity: IncidentFields['severity'];
  startedAt: string;
  endedAt: string;
  services: string;
  commanderId: string;
  scribeId: string;
  impact: string;
}

export function emptyIncidentDraft(): IncidentDraft {
  return { severity: 'sev2', startedAt: '', endedAt: '', services: '', commanderId: '', scribeId: '', impact: '' };
}

export function draftFromIncident(i: IncidentFields): IncidentDraft {
  return {
    severity: i.severity,
    startedAt: isoToUtcInput(i.startedAt),
    endedAt: isoToUtcInput(i.endedAt),
    services: i.services.join(', '),
    commanderId: i.commanderId ?? '',
    scribeId: i.scribeId ?? '',
    impact: i.impact,
  };
}

/**
 * Validates the form with the same schema the api uses; answers the incident or per-field messages. A time
 * field left as it showed the `stored` incident's time keeps that time exactly (the field has no seconds).
 */
export function incidentFromDraft(
  d: IncidentDraft,
  stored: IncidentFields | null = null,
): { ok: true; value: IncidentFields } | { ok: false; errors: Record<string, string> } {
  const startedAt = utcInputToIsoKeeping(d.startedAt, stored?.startedAt ?? null);
  if (!startedAt) return { ok: false, errors: { startedAt: 'Enter when the incident started (UTC).' } };
  const endedAt = d.endedAt ? utcInputToIsoKeeping(d.endedAt, stored?.endedAt ?? null) : null;
  if (d.endedAt && !endedAt)
    return { ok: false, errors: { endedAt: 'Enter a valid end time (UTC) or leave it empty.' } };
  const parsed = IncidentInputSchema.safeParse({
    severity: d.severity,
    startedAt,
    endedAt,
    services: d.services
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    commanderId: d.commanderId || null,
    scribeId: d.scribeId || null,
    impact: d.impact,
  });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: fieldErrors(parsed.error.issues) };
}
