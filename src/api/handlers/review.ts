import type { HandlersFor } from '../handler-types';
import type { reviewContract } from '../contract/review';

export const reviewHandlers: HandlersFor<typeof reviewContract> = {};
