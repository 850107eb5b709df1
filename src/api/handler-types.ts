import type { ServiceContext } from '../services/context';
import type { MethodSpec, OutputOf, ParsedInputOf } from './define';
import type { RoomPort } from './room-port';
import type { ShellPort } from './shell';
import type { SyncPort } from './sync-port';

/** What a handler gets besides its input: services' context plus what the transport can do (dialogs). */
export interface HandlerContext extends ServiceContext {
  shell: ShellPort;
  transport: 'electron' | 'browser' | 'cli';
  /** The room, where one can run; absent in tests that do not need it. */
  room?: RoomPort | undefined;
  /** Sharing teams through Git, where it can run; absent in tests that do not need it. */
  sync?: SyncPort | undefined;
}

export type HandlersFor<C extends Record<string, MethodSpec>> = {
  [K in keyof C]: (ctx: HandlerContext, input: ParsedInputOf<C[K]>) => Promise<OutputOf<C[K]>> | OutputOf<C[K]>;
};
