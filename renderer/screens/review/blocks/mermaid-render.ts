import type { Mermaid } from 'mermaid';

let loading: Promise<Mermaid> | null = null;
let counter = 0;

/** Mermaid is large: it loads the first time a diagram needs drawing, never with the screen. */
function loadMermaid(): Promise<Mermaid> {
  loading ??= import('mermaid').then(({ default: mermaid }) => {
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default', suppressErrorRendering: true });
    return mermaid;
  });
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
