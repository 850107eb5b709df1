import { useCallback } from 'react';
import type { Retro } from '../../../src/domain/retro/schema';
import { useAppStore } from '../../store';
import type { RetroOp, RetroOpInput } from '../../store/slices/retro';

/**
 * Runs a retro operation on this retro; a refusal shows as an error toast and resolves to null,
 * so a screen never has to catch.
 */
export function useRetroOp(retroId: string) {
  const retroCall = useAppStore((s) => s.retroCall);
  const reportError = useAppStore((s) => s.reportError);
  return useCallback(
    async <K extends RetroOp>(method: K, input: Omit<RetroOpInput<K>, 'retroId'>): Promise<Retro | null> => {
      try {
        return await retroCall(method, { ...input, retroId } as unknown as RetroOpInput<K>);
      } catch (error) {
        reportError(error);
        return null;
      }
    },
    [retroCall, reportError, retroId],
  );
}

/** "2026-11-20T14:05" (datetime-local, read as UTC) to an ISO time, or null when empty/invalid. */
export function utcInputToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const date = new Date(`${value}:00.000Z`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function isoToUtcInput(iso: string | null): string {
  return iso ? iso.slice(0, 16) : '';
}

/**
 * The field's time as an ISO time, or null when empty/invalid. A field still showing the stored time (the
 * field has minutes only) answers the stored time itself, seconds and all: an untouched field changes nothing.
 */
export function utcInputToIsoKeeping(value: string, stored: string | null): string | null {
  return stored !== null && value === isoToUtcInput(stored) ? stored : utcInputToIso(value);
}
