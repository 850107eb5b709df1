import type { Mermaid } from 'mermaid';
import { shortenText } from '../../../../src/domain/shared/cut-text';
import { quote } from '../../../../src/domain/shared/words';

let loading: Promise<Mermaid> | null = null;
let counter = 0;

/**
 * Mermaid is large: it loads the first time a diagram needs drawing, never with the screen. A load that fails
 * rejects (the callers say so) and is tried again next time, not remembered.
 */
function loadMermaid(): Promise<Mermaid> {
  loading ??= import('mermaid').then(
    ({ default: mermaid }) => {
      mermaid.initialize({
        startOnLoad: false,
        securityLevel: 'strict',
        theme: 'default',
        suppressErrorRendering: true,
      });
      return mermaid;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

export type MermaidResult = { ok: true; svg: string } | { ok: false; message: string };

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  return 'The diagram text could not be read.';
}

/** Parses then draws Mermaid text; a parse error answers the parser's message instead of throwing. */
export async function renderMermaid(text: string): Promise<MermaidResult> {
  const mermaid = await loadMermaid();
  try {
    await mermaid.parse(text);
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  }
  try {
    const { svg } = await mermaid.render(`review-mermaid-${++counter}`, text);
    return { ok: true, svg };
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  }
}

/** The line (1-based) a parse error names, within the text: at the end of the text jison counts one past it. */
function lineOf(message: string, text: string): number | null {
  const named = /\bline (\d+)/.exec(message);
  return named ? Math.min(Number(named[1]), text.split('\n').length) : null;
}

/** What is wrong with the text, in words for the person fixing it: the line Mermaid stopped at and what it holds. */
function problemWords(message: string, text: string): string {
  if (message.startsWith('No diagram type detected')) {
    return 'Mermaid cannot tell what kind of diagram this is: start the text with its type, such as graph LR or sequenceDiagram.';
  }
  const line = lineOf(message, text);
  if (line === null) return `Mermaid cannot read the diagram: ${message}`;
  const held = (text.split('\n')[line - 1] ?? '').trim();
  const shown = shortenText(held, 60);
  return `Mermaid cannot read line ${line} of the diagram${shown ? ` (${quote(shown)})` : ''}. Mermaid says what it expected in the preview.`;
}

/** Null when Mermaid reads the text; otherwise what is wrong with it (problemWords). Loads Mermaid if needed. */
export async function mermaidProblem(text: string): Promise<string | null> {
  const mermaid = await loadMermaid();
  try {
    await mermaid.parse(text);
    return null;
  } catch (error) {
    return problemWords(messageOf(error), text);
  }
}
