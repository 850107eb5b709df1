import { z } from 'zod';
import { BacklogItemSchema } from './backlog/schema';
import { ItemSourceSchema } from './imports/source';
import { TeamSchema } from './team/schema';
import { planningCollectionsShape } from './planning/collections';
import { standupCollectionsShape } from './standup/collections';
import { reviewCollectionsShape } from './review/collections';
import { retroCollectionsShape } from './retro/collections';

/** Version of the data file this build writes; older files are migrated on load. */
export const CURRENT_SCHEMA_VERSION = 5;

/** Everything a team owns. The unit a future per-team file would hold. */
export const TeamDocSchema = TeamSchema.extend({
  items: z.array(BacklogItemSchema).default([]),
  /** Sources of imported items deleted in Cadence: a later import of the same export does not add them back. */
  deletedSources: z.array(ItemSourceSchema).default([]),
  ...planningCollectionsShape,
  ...standupCollectionsShape,
  ...reviewCollectionsShape,
  ...retroCollectionsShape,
});
export type TeamDoc = z.infer<typeof TeamDocSchema>;

export const WorkspaceSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  teams: z.array(TeamDocSchema),
});
export type Workspace = z.infer<typeof WorkspaceSchema>;

export function emptyWorkspace(): Workspace {
  return { schemaVersion: CURRENT_SCHEMA_VERSION, teams: [] };
}
