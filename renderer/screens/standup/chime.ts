import { playChime, type ChimeTones } from '../../components/chime';

/** The standup's chime: two quick notes, falling, as a turn or the standup runs out. */
const STANDUP_TONES: ChimeTones = { notes: [880, 660], spacing: 0.22, length: 0.2 };

export const playStandupChime = (): void => playChime(STANDUP_TONES);
