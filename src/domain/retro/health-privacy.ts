/**
 * How many people must score a dimension from their phones before its median is kept. The phones promise
 * "Nobody sees your own scores": one score's median is that score, with the room's panel ticking whose it is,
 * and with two each person works the other's out from the median and their own.
 *
 * Its own module, free of schemas: the phones' page reads it, and must not load zod with it.
 */
export const MIN_HEALTH_SCORES = 3;
