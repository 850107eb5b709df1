import { isHttpUrl } from '../src/domain/backlog/schema';

/** Opening a link outside the app is allowed only for parsed http(s) URLs. */
export const isSafeExternalUrl: (raw: string) => boolean = isHttpUrl;

/**
 * True when `url` belongs to the app's own page: same scheme and host as `appUrl` (`app://cadence/…`,
 * or the dev server when one is set). Compared by parts, not by `URL.origin`, which is "null" for
 * custom schemes and would match every other custom-scheme page.
 */
export function isAppUrl(url: string | undefined, appUrl: string): boolean {
  if (!url) return false;
  try {
    const given = new URL(url);
    const ours = new URL(appUrl);
    return given.protocol === ours.protocol && given.host === ours.host && ours.host !== '';
  } catch {
    return false;
  }
}

/** The webPreferences every Cadence window gets. */
export function secureWebPreferences(preload: string) {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    spellcheck: false,
  } as const;
}

export type NavigationVerdict = 'stay' | 'open-externally' | 'deny';

/**
 * What to do when the page tries to go to `target`: the app never navigates away from its own page;
 * a parsed http(s) link opens in the system browser, anything else (file:, javascript:, data:) is dropped.
 */
export function navigationVerdict(target: string, currentUrl: string): NavigationVerdict {
  if (target === currentUrl) return 'stay';
  return isSafeExternalUrl(target) ? 'open-externally' : 'deny';
}

/** The one permission the page gets: writing to the clipboard ("Copy as Markdown"), and only for our own page. */
export const GRANTED_PERMISSION = 'clipboard-sanitized-write';

export function isPermissionGranted(permission: string, requestingUrl: string | undefined, appUrl: string): boolean {
  return permission === GRANTED_PERMISSION && isAppUrl(requestingUrl, appUrl);
}

/** The frame an ipc call comes from, as Electron describes it (WebFrameMain). */
interface SenderFrameLike {
  url: string;
  /** null for the top frame of the page; a subframe has a parent. */
  parent: unknown;
}

interface InvokeEventLike {
  senderFrame?: SenderFrameLike | null;
}

/** Only the top frame of our own page may call the api: not another page, not a frame inside ours. */
export function isTrustedSender(event: InvokeEventLike, appUrl: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url, appUrl);
}

/** The answer to an ipc call from a page or frame that is not ours; the input is never looked at. */
export const FORBIDDEN_SENDER = {
  ok: false,
  error: { code: 'forbidden', message: 'This page may not use the Cadence api.', issues: [] },
} as const;

/** Wraps an ipc handler so it runs only for calls from our own page's main frame. */
export function guardIpc<R>(
  appUrl: string,
  run: (input: unknown) => Promise<R>,
): (event: InvokeEventLike, input: unknown) => Promise<R | typeof FORBIDDEN_SENDER> {
  return async (event, input) => {
    if (!isTrustedSender(event, appUrl)) return FORBIDDEN_SENDER;
    return run(input);
  };
}
