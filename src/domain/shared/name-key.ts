/**
 * A name as people read it, for telling whether two names are one: "Sam", " sam " and "SAM" are the same, and
 * so are the two ways Unicode can write "é" (NFC). Used where a name must not be taken twice: room guests,
 * retro templates, the people a retro file names.
 */
export const nameKey = (name: string): string => name.normalize('NFC').trim().toLowerCase();

/** Whether two names are one name, as `nameKey` reads them. */
export const sameName = (a: string, b: string): boolean => nameKey(a) === nameKey(b);
