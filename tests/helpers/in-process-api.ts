import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { METHOD_NAMES, type CadenceApi } from '../../src/api/contract';
import { dispatch } from '../../src/api/dispatch';
import type { Envelope } from '../../src/api/define';
import type { HandlerContext } from '../../src/api/handler-types';
import type { RoomPort } from '../../src/api/room-port';
import type { WorkspaceStore } from '../../src/services/store';
import { openWorkspaceStore } from '../../src/storage/workspace-store';

export function tempDir(prefix = 'cadence-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface InProcessApi {
  /** The api as the renderer sees it, but answering envelopes rather than throwing. */
  call: (method: string, input: unknown) => Promise<Envelope<unknown>>;
  /** Typed client that throws on { ok: false }, like the renderer's. */
  api: CadenceApi;
  store: WorkspaceStore;
  ctx: HandlerContext;
  dataDir: string;
}

/**
 * A real store on a real temp directory behind the real dispatcher: tests drive the same code path
 * as both transports, without a network.
 */
export async function inProcessApi(
  options: { dataDir?: string; now?: () => Date; room?: RoomPort } = {},
): Promise<InProcessApi> {
  const dataDir = options.dataDir ?? tempDir();
  const store = await openWorkspaceStore({ dataDir, ...(options.now ? { now: options.now } : {}) });
  const ctx: HandlerContext = {
    store,
    now: options.now ?? (() => new Date()),
    shell: {},
    transport: 'browser',
    room: options.room,
  };
  const call = (method: string, input: unknown) => dispatch(ctx, method, input, () => undefined);
  const api = Object.fromEntries(
    METHOD_NAMES.map((name) => [
      name,
      async (input: unknown) => {
        const envelope = await call(name, input);
        if (!envelope.ok) {
          const { ApiCallError } = await import('../../renderer/api/errors');
          throw new ApiCallError(envelope.error);
        }
        return envelope.value;
      },
    ]),
  ) as CadenceApi;
  return { call, api, store, ctx, dataDir };
}

/** The message a call is refused with; fails the test when the call is accepted. */
export async function errorOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the call to be refused');
}
