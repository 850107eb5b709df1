/**
 * What a new thing's box keeps once the words sent from it are saved: the words typed after them while the save was
 * on its way (the next card, action or event, begun at once), or the box as it is when those words were changed.
 * Emptying the box instead lost what a quick typist had begun.
 */
export const typedSince = (now: string, sent: string): string =>
  now.startsWith(sent) ? now.slice(sent.length).trimStart() : now;
