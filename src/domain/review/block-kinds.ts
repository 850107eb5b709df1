/**
 * The kinds of block a demo slot holds, by the names the screens and the reports give them. Apart from the schema
 * (zod), so a module loaded at start (the store's review slice) can name a block without loading the validation.
 */
export const BLOCK_KIND_NAMES = {
  metric: 'Before/after metric',
  cli: 'CLI walkthrough',
  diagram: 'Architecture diagram',
  monitors: 'New monitors / alerts',
  notes: 'Notes / links',
} as const;

export type BlockKindName = keyof typeof BLOCK_KIND_NAMES;
