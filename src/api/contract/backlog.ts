import { z } from 'zod';
import { BacklogItemSchema, ItemFieldsSchema, type BacklogItem } from '../../domain/backlog/schema';
import { IdSchema } from '../../domain/shared/ids';
import { method } from '../define';

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
  deleteItem: method<{ item: BacklogItem; index: number }>()(z.object({ teamId: IdSchema, itemId: IdSchema }).strict()),
  restoreItem: method<BacklogItem>()(
    z.object({ teamId: IdSchema, item: BacklogItemSchema, index: z.number().int().min(0) }).strict(),
  ),
  moveItem: method<{ itemId: string; index: number }>()(
    z.object({ teamId: IdSchema, itemId: IdSchema, toIndex: z.number().int().min(0) }).strict(),
  ),
};
