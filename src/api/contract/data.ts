/** Api methods of the data feature, merged into the contract. */
export const dataContract = {};
