/**
 * Team settings owned by the retro feature, spread into TeamSettingsSchema.
 * Every field needs a .default() so data files written before it still load.
 */
export const retroSettingsShape = {};
