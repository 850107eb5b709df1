/**
 * Per-team collections owned by the planning feature, spread into TeamSchema.
 * Each is z.array(...).default([]) so data files written before it still load.
 */
export const planningCollectionsShape = {};
