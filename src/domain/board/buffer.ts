import type { TeamSettings } from '../team/schema';

export type BufferSettings = Pick<TeamSettings, 'standardDayHours' | 'startingPointsPerPersonDay'>;

// One rule for the buffer, shared with sprint planning's close.
export { bufferUsedPoints, sprintPointsPerPersonDay, unplannedItemPoints } from '../planning/buffer';

export type BufferLevel = 'ok' | 'amber' | 'red';

export interface BufferGauge {
  reserved: number;
  used: number;
  /** Negative once the buffer is overspent. */
  remaining: number;
  /** used ÷ reserved; 1 means exhausted. */
  share: number;
  level: BufferLevel;
}

/** Amber from 75% used, red once the buffer is spent. */
export const AMBER_AT = 0.75;

export function bufferGauge(reserved: number, used: number): BufferGauge {
  const share = reserved > 0 ? used / reserved : used > 0 ? Number.POSITIVE_INFINITY : 0;
  const level: BufferLevel = share >= 1 && used > 0 ? 'red' : share >= AMBER_AT ? 'amber' : 'ok';
  return { reserved, used, remaining: reserved - used, share, level };
}
