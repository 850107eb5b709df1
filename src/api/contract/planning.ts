/** Api methods of the planning feature, merged into the contract. */
export const planningContract = {};
