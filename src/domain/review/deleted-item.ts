/**
 * What the review calls a backlog item deleted since it was linked (feedback made into it, work carried over): the
 * feedback's badge on the screen and every report (Markdown, HTML, CSV, JSON) say it in these words, never as a title.
 */
export const DELETED_ITEM = 'a deleted item';
