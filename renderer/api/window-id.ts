/**
 * This page's name for the host in browser mode (the host's WINDOW_HEADER and WINDOW_PARAM, written here
 * rather than imported: the host stays out of the page's first load). The host tells every other window
 * of a change this page makes, and does not echo it back here.
 */
export const WINDOW_HEADER = 'x-cadence-window';
export const WINDOW_PARAM = 'window';

let id: string | null = null;

/** A new id per page load: two tabs of the same address are two windows. */
export function windowId(): string {
  id ??= crypto.randomUUID();
  return id;
}
