/** Api methods of the retro feature, merged into the contract. */
export const retroContract = {};
