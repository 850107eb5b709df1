/**
 * Team settings owned by the planning feature, spread into TeamSettingsSchema.
 * Every field needs a .default() so data files written before it still load.
 */
export const planningSettingsShape = {};
