import { useEffect, useState } from 'react';
import { renderMermaid, type MermaidResult } from './mermaid-render';

/** A Mermaid diagram; text that does not parse shows the parser's message in its place. */
export function MermaidDiagram({ text, label }: { text: string; label: string }) {
  const [result, setResult] = useState<{ text: string; value: MermaidResult } | null>(null);
  useEffect(() => {
    let live = true;
    renderMermaid(text)
      .then((value) => live && setResult({ text, value }))
      .catch((error: unknown) => live && setResult({ text, value: { ok: false, message: String(error) } }));
    return () => {
      live = false;
    };
  }, [text]);

  if (!result || result.text !== text) return <p className="muted">Drawing the diagram…</p>;
  if (!result.value.ok) {
    return (
      <div className="diagram-error" role="alert">
        <p>
          <strong>The diagram could not be drawn.</strong> Mermaid says:
        </p>
        <pre>{result.value.message}</pre>
      </div>
    );
  }
  return (
    <div className="diagram" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: result.value.svg }} />
  );
}
