import type { HandlersFor } from '../handler-types';
import type { planningContract } from '../contract/planning';

export const planningHandlers: HandlersFor<typeof planningContract> = {};
