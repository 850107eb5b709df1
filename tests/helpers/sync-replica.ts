import path from 'node:path';
import type { HandlerContext } from '../../src/api/handler-types';
import type { TeamDoc } from '../../src/domain/workspace';
import { syncFolder } from '../../src/sync/clone';
import { Git } from '../../src/sync/git';
import { SyncEngine } from '../../src/sync/sync-engine';
import { coreCodec } from '../../src/sync/core-codec';
import type { TeamCodec } from '../../src/sync/team-codec';
import { FileTokenStore, type TokenStore } from '../../src/sync/token-store';
import { inProcessApi, type InProcessApi } from './in-process-api';

export const CODEC: TeamCodec = coreCodec;

export interface Replica extends InProcessApi {
  engine: SyncEngine;
  git: Git;
  tokens: TokenStore;
  team(id: string): TeamDoc;
}

/** One machine: its own data folder, api and sync engine (git as the system has it). */
export async function replica(
  options: { git?: Git; tokens?: TokenStore; maxPushAttempts?: number; now?: () => Date } = {},
): Promise<Replica> {
  const api = await inProcessApi(options.now ? { now: options.now } : {});
  const git = options.git ?? new Git({ askpassDir: syncFolder(api.dataDir) });
  const tokens = options.tokens ?? new FileTokenStore(path.join(syncFolder(api.dataDir), 'tokens.json'));
  const ctx: HandlerContext = api.ctx;
  const engine = new SyncEngine({
    ctx,
    git,
    codec: CODEC,
    tokens,
    ...(options.maxPushAttempts ? { maxPushAttempts: options.maxPushAttempts } : {}),
  });
  const team = (id: string) => {
    const found = api.store.snapshot().teams.find((t) => t.id === id);
    if (!found) throw new Error(`no team ${id}`);
    return found;
  };
  return { ...api, engine, git, tokens, team };
}
