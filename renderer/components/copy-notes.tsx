import { markdownToJira } from '../../src/domain/shared/jira-markup';
import { useAppStore } from '../store';
import { quote } from '../../src/domain/shared/words';

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

/** Copies notes and says so; when the clipboard is refused, says which button to use instead. */
export function useCopyNotes(what: string, instead: string): (markdown: string, format: NotesFormat) => Promise<void> {
  const pushToast = useAppStore((s) => s.pushToast);
  return (markdown, format) =>
    copyNotes(markdown, format).then(
      () => {
        pushToast({ kind: 'success', message: copiedMessage(what, format) });
      },
      () => {
        pushToast({ kind: 'error', message: `The clipboard is not available here; use ${quote(instead)} instead.` });
      },
    );
}

/** The two copy buttons every export offers, Markdown first (the main action where `primary`). */
export function CopyNotesButtons({
  onCopy,
  primary = false,
}: {
  onCopy: (format: NotesFormat) => void;
  primary?: boolean;
}) {
  return (
    <>
      <button type="button" className={primary ? 'primary' : undefined} onClick={() => onCopy('markdown')}>
        Copy as Markdown
      </button>
      <button type="button" onClick={() => onCopy('wiki')}>
        Copy for Confluence/Jira
      </button>
    </>
  );
}
