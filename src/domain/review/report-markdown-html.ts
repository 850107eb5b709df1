import { Marked, type Tokens } from 'marked';
import { isHttpUrl } from '../backlog/schema';
import { selfContainedMarkdown } from '../shared/markdown-blocks';
import { escapeHtml } from './escape';

/**
 * Markdown notes to HTML for the exported report, without a DOM to sanitize in: raw HTML is shown as
 * text, links keep only http(s) targets, and images become links so the file stays self-contained.
 */
const safe = new Marked({
  gfm: true,
  breaks: true,
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(token.text);
    },
    link(token: Tokens.Link) {
      const text = this.parser.parseInline(token.tokens);
      return isHttpUrl(token.href) ? `<a href="${escapeHtml(token.href)}">${text}</a>` : text;
    },
    image(token: Tokens.Image) {
      const alt = escapeHtml(token.text || token.href);
      return isHttpUrl(token.href) ? `<a href="${escapeHtml(token.href)}">${alt}</a>` : alt;
    },
  },
});

export function notesToHtml(markdown: string): string {
  // An HTML block never closed would be shown as one run of text to the end; its opening is text instead.
  return safe.parse(selfContainedMarkdown(markdown), { async: false });
}
