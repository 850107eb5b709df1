import { isHttpUrl } from '../../../../src/domain/backlog/schema';
import type { DemoBlock, DiagramBlock, MonitorsBlock } from '../../../../src/domain/review/schema';
import { Markdown } from '../../../components/Markdown';
import { CliView, CliWalkthrough } from './CliView';
import { MermaidDiagram } from './MermaidDiagram';
import { MetricView } from './MetricView';
import { DataTable } from '../../../components/DataTable';

export function DiagramView({ block, large = false }: { block: DiagramBlock; large?: boolean }) {
  const label = block.title || 'Architecture diagram';
  return (
    <figure className="diagram-block">
      {block.title ? <figcaption>{block.title}</figcaption> : null}
      {block.source === 'image' && block.image ? (
        <img className="diagram-image" src={block.image.dataUrl} alt={label} />
      ) : (
        <MermaidDiagram text={block.mermaid} label={label} fit={large} textWhenNotDrawn />
      )}
    </figure>
  );
}

export function MonitorsView({ block }: { block: MonitorsBlock }) {
  return (
    <DataTable
      caption="New monitors and alerts"
      className="monitors"
      columns={['Monitor', 'Condition', 'Severity', 'Runbook']}
    >
      <tbody>
        {block.monitors.map((m, index) => (
          <tr key={index}>
            <td>{m.name}</td>
            <td>
              <pre className="monitors__condition">
                <code>{m.condition}</code>
              </pre>
            </td>
            <td>
              <span className={`severity severity--${m.severity}`}>{m.severity}</span>
            </td>
            <td>
              {m.runbook && isHttpUrl(m.runbook) ? (
                <a href={m.runbook} target="_blank" rel="noopener noreferrer">
                  Runbook for {m.name}
                </a>
              ) : (
                <span className="muted">None</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

interface BlockViewProps {
  block: DemoBlock;
  large?: boolean;
  /** In presenter mode the walkthrough step is driven from outside (keyboard). */
  cli?: { shown: number; onShow: (count: number) => void } | undefined;
  /** A walkthrough's name (walkthroughName), for its terminal and its buttons. */
  name?: string | undefined;
}

/** Shows one demo block the way the audience sees it. */
export function BlockView({ block, large = false, cli, name }: BlockViewProps) {
  switch (block.kind) {
    case 'metric':
      return <MetricView block={block} large={large} />;
    case 'cli':
      return cli ? <CliView block={block} {...cli} name={name} /> : <CliWalkthrough block={block} name={name} />;
    case 'diagram':
      return <DiagramView block={block} large={large} />;
    case 'monitors':
      return <MonitorsView block={block} />;
    case 'notes':
      return <Markdown text={block.markdown} />;
  }
}
