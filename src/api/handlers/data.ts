import type { HandlersFor } from '../handler-types';
import type { dataContract } from '../contract/data';

export const dataHandlers: HandlersFor<typeof dataContract> = {};
