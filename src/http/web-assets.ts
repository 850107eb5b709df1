import path from 'node:path';

/**
 * The page's Content-Security-Policy, sent by both shells (browser mode's http server and the desktop app's
 * app:// handler): no inline or remote script, nothing framed.
 */
/** What every Cadence page forbids: plugins, a changed base, form posts, being framed. */
export const LOCKED_DOWN = ["object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"];

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  ...LOCKED_DOWN,
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
}

/**
 * Headers a built file is served with, by both shells. Pages are never cached (they name the scripts of
 * the build); everything else has a content hash in its name, so it is kept for good, and Chromium keeps
 * its compiled code beside it.
 */
export function assetHeaders(file: string, contentSecurityPolicy = CONTENT_SECURITY_POLICY): Record<string, string> {
  return {
    'content-type': contentTypeOf(file),
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': file.endsWith('.html') ? 'no-store' : 'public, max-age=31536000, immutable',
  };
}
