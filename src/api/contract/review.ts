/** Api methods of the review feature, merged into the contract. */
export const reviewContract = {};
