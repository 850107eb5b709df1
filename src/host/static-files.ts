import { promises as fs } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { resolveStaticPath } from './guards';

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

/** Serves one built file from root (never outside it) with the page's Content-Security-Policy. */
export async function serveStatic(
  res: http.ServerResponse,
  root: string,
  urlPath: string,
  contentSecurityPolicy: string,
): Promise<void> {
  const file = resolveStaticPath(root, urlPath);
  const notFound = () => {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  };
  if (!file) return notFound();
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch {
    return notFound();
  }
  const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
  res.writeHead(200, {
    'content-type': type,
    'content-length': data.length,
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': file.endsWith('.html') ? 'no-store' : 'public, max-age=31536000, immutable',
  });
  res.end(data);
}
