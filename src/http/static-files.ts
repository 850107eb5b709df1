import { promises as fs } from 'node:fs';
import type http from 'node:http';
import { resolveStaticPath } from './static-path';
import { assetHeaders } from './web-assets';

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
  res.writeHead(200, { ...assetHeaders(file, contentSecurityPolicy), 'content-length': data.length });
  res.end(data);
}
