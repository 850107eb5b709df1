import type { HandlersFor } from '../handler-types';
import type { standupContract } from '../contract/standup';

export const standupHandlers: HandlersFor<typeof standupContract> = {};
