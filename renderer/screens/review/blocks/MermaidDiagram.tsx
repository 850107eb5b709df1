import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { fitDiagram } from './diagram-fit';
import { renderMermaid, type MermaidResult } from './mermaid-render';

interface MermaidDiagramProps {
  text: string;
  label: string;
  /** Presenter mode: drawn to the space available, labels never below 24 px, scrolled by keyboard beyond that. */
  fit?: boolean;
}

/** A Mermaid diagram; text that does not parse shows the parser's message in its place. */
export function MermaidDiagram({ text, label, fit = false }: MermaidDiagramProps) {
  const [result, setResult] = useState<{ text: string; value: MermaidResult } | null>(null);
  const drawn = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const svg = drawn.current?.querySelector('svg');
    if (fit && svg) fitDiagram(svg);
  }, [fit, result]);
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
  const diagram = (
    <div
      ref={drawn}
      className="diagram"
      role="img"
      aria-label={label}
      dangerouslySetInnerHTML={{ __html: result.value.svg }}
    />
  );
  if (!fit) return diagram;
  return (
    <div
      className="diagram-fit"
      data-scroll-box=""
      tabIndex={0}
      role="region"
      aria-label={`${label}, scrolls with the arrow keys`}
    >
      {diagram}
    </div>
  );
}
