import { z } from 'zod';
import { ItemFieldsSchema, type BacklogItem } from '../../domain/backlog/schema';
import type { ItemRemoval } from '../../services/backlog-service';
import { IdSchema } from '../../domain/shared/ids';
import { method } from '../define';

export type { ItemRemoval };

export { ItemFieldsSchema };

export const backlogContract = {
  createItem: method<BacklogItem>()(
    z
      .object({
        teamId: IdSchema,
        item: ItemFieldsSchema,
        templateId: z.string().max(64).nullish(),
        position: z.enum(['top', 'bottom']).optional(),
      })
      .strict(),
  ),
  updateItem: method<BacklogItem>()(
    z.object({ teamId: IdSchema, itemId: IdSchema, changes: ItemFieldsSchema.partial() }).strict(),
  ),
  deleteItem: method<ItemRemoval>()(z.object({ teamId: IdSchema, itemId: IdSchema }).strict()),
  /** Undo of deleteItem, by id: the server restores the copy it kept, never an item sent by the client. */
  restoreItem: method<ItemRemoval>()(z.object({ teamId: IdSchema, itemId: IdSchema }).strict()),
  moveItem: method<{ itemId: string; index: number }>()(
    z.object({ teamId: IdSchema, itemId: IdSchema, toIndex: z.number().int().min(0) }).strict(),
  ),
};
