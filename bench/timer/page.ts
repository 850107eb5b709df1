/**
 * The countdown the check page runs, derived from timestamps (start + pauses) the way the
 * architecture requires of every timer; it is serialised into the page as a script.
 * Replace with the app's standup timer once that screen exists.
 */
export const TIMER_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Timer check</title></head>
<body><main><h1>Standup timer check</h1><p id="remaining" data-ms="" style="font-size:64px">--:--</p></main>
<script>
  const DURATION = 90000;
  const state = { startedAt: performance.timeOrigin + performance.now(), pausedMs: 0 };
  const el = document.getElementById('remaining');
  window.__timer = state;
  function remainingAt(wall) { return DURATION - (wall - state.startedAt - state.pausedMs); }
  function render() {
    const ms = remainingAt(performance.timeOrigin + performance.now());
    const s = Math.max(0, Math.ceil(ms / 1000));
    el.textContent = String(Math.floor(s / 60)).padStart(2, '0') + ':' + String(s % 60).padStart(2, '0');
    el.dataset.ms = String(ms);
  }
  function frame() { render(); requestAnimationFrame(frame); }
  requestAnimationFrame(frame);
  setInterval(render, 250);
  // Back on screen: render at once rather than waiting for the next throttled tick.
  document.addEventListener('visibilitychange', render);
  window.addEventListener('focus', render);
  window.addEventListener('pageshow', render);
  // Keep the main thread busy: a 40 ms long task every 60 ms.
  window.__busy = true;
  setInterval(() => { if (!window.__busy) return; const end = performance.now() + 40; while (performance.now() < end) {} }, 60);
</script></body></html>`;
