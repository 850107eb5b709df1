import type http from 'node:http';
import type { Envelope } from '../api/define';
import type { ErrorCode } from '../domain/shared/errors';

/** Answers a JSON envelope, never cached. */
export function sendJson(res: http.ServerResponse, status: number, body: Envelope<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

export class BodyTooLarge extends Error {}

/** Reads a request body up to limit bytes; past it, throws BodyTooLarge without reading the rest. */
export async function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const STATUS_FOR: Partial<Record<ErrorCode, number>> = {
  invalid_input: 400,
  not_found: 404,
  conflict: 409,
  read_only: 409,
  unsupported: 501,
  unauthorized: 401,
  forbidden: 403,
  too_large: 413,
  internal: 500,
};

/** The HTTP status an api error answers with. */
export function statusOf(code: ErrorCode): number {
  return STATUS_FOR[code] ?? 400;
}

/** Answers an error envelope: the code's status unless the caller knows a more precise one. */
export function refuse(res: http.ServerResponse, code: ErrorCode, message: string, status = statusOf(code)): void {
  sendJson(res, status, { ok: false, error: { code, message, issues: [] } });
}
