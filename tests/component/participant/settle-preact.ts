import { afterAll } from 'vitest';

/**
 * Preact runs effects after the next frame, with a 100 ms timer beside the frame in case none comes
 * (preact/hooks afterNextFrame). A timer still pending when a file's jsdom is torn down calls
 * cancelAnimationFrame after it is gone, an unhandled error that fails the run. Let them fire first.
 */
const PREACT_FRAME_TIMEOUT_MS = 100;

afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, PREACT_FRAME_TIMEOUT_MS + 50)));
