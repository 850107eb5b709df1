/**
 * A person's text as one line of plain Markdown text: whitespace folded to single spaces, and every
 * character Markdown would read as syntax escaped (emphasis, code, links, HTML, tables, headings),
 * including a leading list marker. Rendered, it shows exactly what was typed.
 */
export function inlineMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]|<>#~&])/g, '\\$1')
    .replace(/^([-+])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}
