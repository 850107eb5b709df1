import type { HandlersFor } from '../handler-types';
import type { retroContract } from '../contract/retro';

export const retroHandlers: HandlersFor<typeof retroContract> = {};
