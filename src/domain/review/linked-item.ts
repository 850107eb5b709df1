import { DELETED_ITEM } from './deleted-item';

/**
 * The backlog item a piece of feedback was made into, as the screen's badge and every report (after its arrow) name
 * it: "backlog item “its title”" in curly quotes, or DELETED_ITEM once it was deleted. `text` escapes the title for
 * the format it is written in (Markdown, HTML); the screen shows it as it is.
 */
export function linkedItemWords(title: string, deleted: boolean, text: (title: string) => string = (t) => t): string {
  return deleted ? DELETED_ITEM : `backlog item “${text(title)}”`;
}
