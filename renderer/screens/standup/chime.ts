type AudioContextCtor = typeof AudioContext;

let context: AudioContext | null = null;

/** A short two-note tone made with Web Audio (no sound file). Silently does nothing where audio is unavailable. */
export function playChime(): void {
  const Ctor: AudioContextCtor | undefined =
    window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioContextCtor }).webkitAudioContext;
  if (!Ctor) return;
  try {
    context ??= new Ctor();
    const ctx = context;
    void ctx.resume?.();
    [880, 660].forEach((frequency, index) => {
      const start = ctx.currentTime + index * 0.22;
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.3, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.2);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(start + 0.21);
    });
  } catch {
    // Audio can be blocked until the page has had a user gesture; the colour change still shows it.
  }
}
