import { backlogContract } from './contract/backlog';
import { dataContract } from './contract/data';
import { importsContract } from './contract/imports';
import { planningContract } from './contract/planning';
import { retroContract } from './contract/retro';
import { reviewContract } from './contract/review';
import { roomContract } from './contract/room';
import { standupContract } from './contract/standup';
import { syncContract } from './contract/sync';
import { systemContract } from './contract/system';
import { teamContract } from './contract/team';
import type { CadenceEvent } from './contract/events';
import type { Envelope, InputOf, OutputOf } from './define';

/** Every api method, once. Channel names, preload wrappers and http routes all derive from this map. */
export const contract = {
  ...systemContract,
  ...teamContract,
  ...backlogContract,
  ...planningContract,
  ...standupContract,
  ...reviewContract,
  ...retroContract,
  ...dataContract,
  ...importsContract,
  ...roomContract,
  ...syncContract,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** The api as the renderer sees it, whatever the transport. */
export type CadenceApi = { [K in MethodName]: (input: InputOf<Contract[K]>) => Promise<OutputOf<Contract[K]>> };

/** What the Electron preload exposes as window.cadence: the same methods, answering envelopes. */
export type CadenceBridge = {
  [K in MethodName]: (input: InputOf<Contract[K]>) => Promise<Envelope<OutputOf<Contract[K]>>>;
} & {
  /** The host's events (see contract/events); returns the function that stops them. */
  onEvent(listener: (event: CadenceEvent) => void): () => void;
};

export function channelFor(name: MethodName): string {
  return `cadence:${name}`;
}
