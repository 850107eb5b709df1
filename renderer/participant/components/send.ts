import type { Outgoing, SendResult } from '../connection';

/** How a view sends a message to the room and learns its fate. */
export type Send = (message: Outgoing) => Promise<SendResult>;
