import type { Contract } from './contract';
import type { HandlersFor } from './handler-types';
import { backlogHandlers } from './handlers/backlog';
import { dataHandlers } from './handlers/data';
import { importsHandlers } from './handlers/imports';
import { planningHandlers } from './handlers/planning';
import { retroHandlers } from './handlers/retro';
import { reviewHandlers } from './handlers/review';
import { roomHandlers } from './handlers/room';
import { standupHandlers } from './handlers/standup';
import { syncHandlers } from './handlers/sync';
import { systemHandlers } from './handlers/system';
import { teamHandlers } from './handlers/team';

/** One handler per contract method; the type makes a missing handler a compile error. */
export const handlers: HandlersFor<Contract> = {
  ...systemHandlers,
  ...teamHandlers,
  ...backlogHandlers,
  ...planningHandlers,
  ...standupHandlers,
  ...reviewHandlers,
  ...retroHandlers,
  ...dataHandlers,
  ...importsHandlers,
  ...roomHandlers,
  ...syncHandlers,
};
