type AudioContextCtor = typeof AudioContext;

/** How a chime sounds: its notes in order (Hz), each `length` seconds long and started `spacing` seconds apart. */
export interface ChimeTones {
  notes: readonly number[];
  spacing: number;
  length: number;
}

/**
 * One audio context for the page's life: a browser allows only a few at once, and one made for each chime (a retro
 * runs two timers, a standup chimes every turn) would be refused after a few, or warm up late and clip the first note.
 */
let context: AudioContext | null = null;

/** A short chime made with Web Audio (no sound file). Silently does nothing where audio is unavailable. */
export function playChime(tones: ChimeTones): void {
  const Ctor: AudioContextCtor | undefined =
    window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioContextCtor }).webkitAudioContext;
  if (!Ctor) return;
  try {
    context ??= new Ctor();
    const ctx = context;
    // A context made before the page had a user gesture starts suspended; the chime resumes it once it may.
    void ctx.resume?.();
    tones.notes.forEach((frequency, index) => {
      const start = ctx.currentTime + index * tones.spacing;
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.3, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + tones.length);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(start + tones.length + 0.01);
    });
  } catch {
    // Audio can be blocked until the page has had a user gesture; the timer's colour change still shows it.
  }
}
