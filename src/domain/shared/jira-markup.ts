import { Lexer, type Token, type Tokens } from 'marked';

/**
 * Cadence's Markdown exports as Jira / Confluence wiki markup (h1., *bold*, {{monospace}}, ||th||,
 * [text|url], {noformat}), for pasting where those tools read their own syntax. The Markdown is read
 * with marked (the parser the screens and the HTML report use), so what the two formats say is the
 * same document; text is escaped only where wiki markup would read it as syntax.
 */
export function markdownToJira(markdown: string): string {
  const tokens = new Lexer({ gfm: true }).lex(markdown);
  return blocks(tokens, 0).trim() + '\n';
}

/** The languages Jira's {code} macro highlights (Server and Data Center list them in their error for any other). */
const JIRA_CODE_LANGUAGES: ReadonlySet<string> = new Set(
  [
    'actionscript ada applescript bash c c# c++ cpp css erlang go groovy haskell html java javascript js json lua',
    'objc perl php python r ruby scala sh sql swift visualbasic xml yaml',
  ]
    .join(' ')
    .split(' '),
);

function blocks(tokens: readonly Token[], depth: number): string {
  return tokens
    .map((t) => block(t, depth))
    .filter((s) => s !== '')
    .join('\n\n');
}

function block(token: Token, depth: number): string {
  switch (token.type) {
    case 'heading': {
      const t = token as Tokens.Heading;
      return `h${t.depth}. ${inline(t.tokens)}`;
    }
    case 'paragraph':
      return inline((token as Tokens.Paragraph).tokens);
    case 'text': {
      const t = token as Tokens.Text;
      return t.tokens ? inline(t.tokens) : escapeText(t.text);
    }
    case 'list':
      return list(token as Tokens.List, '');
    case 'table':
      return table(token as Tokens.Table);
    case 'code': {
      const t = token as Tokens.Code;
      // Output and commands keep every space: {noformat} shows them verbatim, {code} highlights a language Jira
      // knows. Any other ("console", "mermaid") would show Jira's formatter error in place of the block.
      const lang = t.lang?.trim().toLowerCase() ?? '';
      return JIRA_CODE_LANGUAGES.has(lang) ? `{code:${lang}}\n${t.text}\n{code}` : `{noformat}\n${t.text}\n{noformat}`;
    }
    case 'blockquote':
      return `{quote}\n${blocks((token as Tokens.Blockquote).tokens, depth)}\n{quote}`;
    case 'hr':
      return '----';
    case 'html':
      return escapeText((token as Tokens.HTML).text.trim());
    case 'space':
      return '';
    default:
      return 'raw' in token ? escapeText(String(token.raw).trim()) : '';
  }
}

/** Bullets `*`, numbers `#`, one more mark per level of nesting (`**`, `*#`). */
function list(token: Tokens.List, marks: string): string {
  const mark = marks + (token.ordered ? '#' : '*');
  return token.items
    .map((item) => {
      // (/) is Jira's tick; an open task gets an empty box, since (x) would read as failed.
      const box = item.task ? (item.checked ? '(/) ' : '☐ ') : '';
      const own: string[] = [];
      const nested: string[] = [];
      for (const child of item.tokens) {
        if (child.type === 'list') nested.push(list(child as Tokens.List, mark));
        else if (child.type === 'checkbox' || child.type === 'space') continue;
        else own.push(block(child, 0));
      }
      return [`${mark} ${box}${own.join(' ')}`, ...nested].join('\n');
    })
    .join('\n');
}

function table(token: Tokens.Table): string {
  const cell = (c: Tokens.TableCell) => inline(c.tokens, true) || ' ';
  const head = `||${token.header.map(cell).join('||')}||`;
  const rows = token.rows.map((row) => `|${row.map(cell).join('|')}|`);
  return [head, ...rows].join('\n');
}

/** Inline tokens as wiki markup; in a table cell a `|` of the text is escaped (a link's is its syntax). */
function inline(tokens: readonly Token[] | undefined, cell = false): string {
  return plainRuns(tokens ?? [])
    .map((t) => inlineToken(t, cell))
    .join('');
}

/**
 * `tokens` with each run of plain text and escaped characters joined into one text token, so that escapeText sees
 * the whole run: "-f" and "pre-" are a pair even with an escaped `\*` between them. An escaped effect mark stays
 * escaped in the joined text (and escapeText leaves a mark after a backslash alone).
 */
function plainRuns(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  let run: string | null = null;
  const flush = () => {
    if (run !== null) out.push({ type: 'text', raw: run, text: run } satisfies Tokens.Text);
    run = null;
  };
  for (const token of tokens) {
    if (token.type === 'escape') {
      const mark = (token as Tokens.Escape).text;
      run = (run ?? '') + (EFFECTS.includes(mark) ? `\\${mark}` : mark);
    } else if (token.type === 'text' && !(token as Tokens.Text).tokens) {
      run = (run ?? '') + (token as Tokens.Text).text;
    } else {
      flush();
      out.push(token);
    }
  }
  flush();
  return out;
}

function inlineToken(token: Token, cell: boolean): string {
  const text = (s: string) => (cell ? escapeText(s).replace(/\|/g, '\\|') : escapeText(s));
  const inner = (tokens: readonly Token[] | undefined) => inline(tokens, cell);
  switch (token.type) {
    case 'text': {
      const t = token as Tokens.Text;
      return t.tokens ? inner(t.tokens) : text(t.text);
    }
    case 'strong':
      return `*${inner((token as Tokens.Strong).tokens)}*`;
    case 'em':
      return `_${inner((token as Tokens.Em).tokens)}_`;
    case 'del':
      return `-${inner((token as Tokens.Del).tokens)}-`;
    case 'codespan': {
      const code = monospace((token as Tokens.Codespan).text);
      return cell ? code.replace(/\|/g, '\\|') : code;
    }
    case 'link': {
      const t = token as Tokens.Link;
      const label = inner(t.tokens);
      return label && label !== t.href ? `[${label}|${t.href}]` : `[${t.href}]`;
    }
    case 'image': {
      const t = token as Tokens.Image;
      return `[${text(t.text || t.href)}|${t.href}]`;
    }
    case 'br':
      // A line break in a paragraph is one in wiki markup; `\\` is needed only where a new line would end the cell.
      return cell ? '\\\\ ' : '\n';
    case 'html':
      return text((token as Tokens.HTML).text);
    default:
      return 'raw' in token ? text(String(token.raw)) : '';
  }
}

/** A command or an alert condition, verbatim in a fixed-width font; only braces would end it early. */
function monospace(text: string): string {
  return `{{${text.replace(/([{}])/g, '\\$1')}}}`;
}

/** Characters that turn text into an effect (bold, italic, strikethrough...) when they pair up. */
const EFFECTS = ['*', '_', '-', '+', '^', '~', '?'];

/**
 * Text as wiki markup shows it. Braces (macros) and brackets (links) are always escaped; an effect
 * character only when it stands where wiki markup could open and close an effect with it (a word's
 * edge, twice), so `predict_linear`, `p95 < 200 ms`, `~5 min` and `-5%` read as typed.
 */
export function escapeText(text: string): string {
  let out = text.replace(/([{}[\]])/g, '\\$1');
  for (const mark of EFFECTS) out = escapeEffect(out, mark);
  return out;
}

function escapeEffect(text: string, mark: string): string {
  const at = (i: number) => text[i] ?? ' ';
  const opens: number[] = [];
  const closes: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] !== mark || at(i - 1) === '\\') continue;
    if (/\s|^$/.test(at(i - 1)) && !/\s/.test(at(i + 1))) opens.push(i);
    if (!/\s/.test(at(i - 1)) && /[\s.,;:!?)]/.test(at(i + 1))) closes.push(i);
  }
  const pairs = opens.some((o) => closes.some((c) => c > o + 1));
  if (!pairs) return text;
  const escaped = new Set([...opens, ...closes]);
  return [...text].map((c, i) => (escaped.has(i) ? `\\${c}` : c)).join('');
}
