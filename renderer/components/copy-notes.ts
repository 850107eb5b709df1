import { markdownToJira } from '../../src/domain/shared/jira-markup';

/** Where notes are pasted: Markdown (GitLab, GitHub, Slack) or Jira / Confluence wiki markup. */
export type NotesFormat = 'markdown' | 'wiki';

/** "Copied the retro as Markdown." / "Copied the retro for Confluence and Jira." */
export const copiedMessage = (what: string, format: NotesFormat) =>
  `Copied ${what} ${format === 'wiki' ? 'for Confluence and Jira' : 'as Markdown'}.`;

/**
 * Copies notes written as Markdown, converted to wiki markup for Confluence and Jira (whose syntax differs).
 * Rejects when the clipboard is missing or refused, so the caller can offer the text another way.
 */
export async function copyNotes(markdown: string, format: NotesFormat): Promise<void> {
  if (!navigator.clipboard) throw new Error('The clipboard is not available here.');
  await navigator.clipboard.writeText(format === 'wiki' ? markdownToJira(markdown) : markdown);
}
