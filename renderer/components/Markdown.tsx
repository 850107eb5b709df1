import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { useMemo } from 'react';
import { selfContainedMarkdown } from '../../src/domain/shared/markdown-blocks';

DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
  // Raw <img> in Markdown may lack alt text; mark it decorative rather than unlabelled.
  if (node.tagName === 'IMG' && !node.hasAttribute('alt')) node.setAttribute('alt', '');
});

/**
 * Markdown to sanitized HTML: scripts, event handlers and javascript: links are removed. An HTML block or code
 * fence never closed would hide the rest of the text; it is shown as the reports show it.
 */
export function renderMarkdown(text: string): string {
  const html = marked.parse(selfContainedMarkdown(text), { async: false, gfm: true, breaks: true });
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form', 'input'] });
}

export function Markdown({ text, className = 'markdown' }: { text: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(text), [text]);
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
