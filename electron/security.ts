import { isHttpUrl } from '../src/domain/backlog/schema';

/** Opening a link outside the app is allowed only for parsed http(s) URLs. */
export const isSafeExternalUrl: (raw: string) => boolean = isHttpUrl;

/** Only our own page may call the api: the packaged index.html, or the dev server when one is set. */
export function isTrustedSenderUrl(senderUrl: string | undefined, rendererUrl: string): boolean {
  if (!senderUrl) return false;
  try {
    const sender = new URL(senderUrl);
    const ours = new URL(rendererUrl);
    if (ours.protocol === 'file:') return sender.protocol === 'file:' && sender.pathname === ours.pathname;
    return sender.origin === ours.origin;
  } catch {
    return false;
  }
}

/** The webPreferences every Cadence window gets (checked by tests). */
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

interface InvokeEventLike {
  senderFrame?: { url: string } | null;
}

/** The answer to an ipc call from a page that is not ours; the input is never looked at. */
export const FORBIDDEN_SENDER = {
  ok: false,
  error: { code: 'forbidden', message: 'This page may not use the Cadence api.', issues: [] },
} as const;

/** Wraps an ipc handler so it runs only for calls from our own page's frame. */
export function guardIpc<R>(
  rendererUrl: string,
  run: (input: unknown) => Promise<R>,
): (event: InvokeEventLike, input: unknown) => Promise<R | typeof FORBIDDEN_SENDER> {
  return async (event, input) => {
    if (!isTrustedSenderUrl(event.senderFrame?.url, rendererUrl)) return FORBIDDEN_SENDER;
    return run(input);
  };
}
