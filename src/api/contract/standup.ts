/** Api methods of the standup feature, merged into the contract. */
export const standupContract = {};
