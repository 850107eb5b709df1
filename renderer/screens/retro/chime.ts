/** A short two-tone chime through Web Audio; silent where audio is unavailable (tests, locked-down browsers). */
export function playChime(): void {
  const AudioCtx = window.AudioContext as typeof AudioContext | undefined;
  if (!AudioCtx) return;
  try {
    const ctx = new AudioCtx();
    const tones = [880, 660];
    tones.forEach((frequency, i) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = frequency;
      const start = ctx.currentTime + i * 0.35;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.3, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.3);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(start + 0.32);
    });
    setTimeout(() => void ctx.close(), 1200);
  } catch {
    // A chime is a nicety; never let it break the retro.
  }
}
