import type { ServiceContext } from '../services/context';
import type { MethodSpec, OutputOf, ParsedInputOf } from './define';
import type { ShellPort } from './shell';

/** What a handler gets besides its input: services' context plus what the transport can do (dialogs). */
export interface HandlerContext extends ServiceContext {
  shell: ShellPort;
  transport: 'electron' | 'browser';
}

export type HandlersFor<C extends Record<string, MethodSpec>> = {
  [K in keyof C]: (ctx: HandlerContext, input: ParsedInputOf<C[K]>) => Promise<OutputOf<C[K]>> | OutputOf<C[K]>;
};
