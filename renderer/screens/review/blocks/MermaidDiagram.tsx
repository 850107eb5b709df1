import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { fitDiagram } from './diagram-fit';
import { renderMermaid, type MermaidResult } from './mermaid-render';

interface MermaidDiagramProps {
  text: string;
  label: string;
  /** Presenter mode: drawn to the space available, labels never below 24 px, scrolled by keyboard beyond that. */
  fit?: boolean;
  /** Shown on a demo: a diagram not drawn shows its text too, as the report does (an editor has the text beside it). */
  textWhenNotDrawn?: boolean;
}

/**
 * A Mermaid diagram; one that cannot be drawn shows why in its place (the parser's message, or that Mermaid did not
 * load) and, on a demo, its text, labelled, as the report carries it.
 */
export function MermaidDiagram({ text, label, fit = false, textWhenNotDrawn = false }: MermaidDiagramProps) {
  const textId = useId();
  // notLoaded: Mermaid itself did not load (renderMermaid answers a diagram it cannot read; it throws only then).
  const [result, setResult] = useState<{ text: string; value: MermaidResult; notLoaded?: boolean } | null>(null);
  const drawn = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const svg = drawn.current?.querySelector('svg');
    if (fit && svg) fitDiagram(svg);
  }, [fit, result]);
  useEffect(() => {
    let live = true;
    renderMermaid(text)
      .then((value) => live && setResult({ text, value }))
      .catch(
        (error: unknown) => live && setResult({ text, value: { ok: false, message: String(error) }, notLoaded: true }),
      );
    return () => {
      live = false;
    };
  }, [text]);

  if (!result || result.text !== text) return <p className="muted">Drawing the diagram…</p>;
  if (!result.value.ok) {
    return (
      <>
        <div className="diagram-error" role="alert">
          <p>
            <strong>The diagram could not be drawn.</strong>{' '}
            {result.notLoaded ? 'Mermaid could not be loaded:' : 'Mermaid says:'}
          </p>
          <pre>{result.value.message}</pre>
        </div>
        {textWhenNotDrawn ? (
          <figure className="diagram-text" aria-labelledby={textId}>
            <figcaption id={textId}>Mermaid text of {label}</figcaption>
            <pre>{text}</pre>
          </figure>
        ) : null}
      </>
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
