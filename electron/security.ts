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
