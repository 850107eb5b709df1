import { useEffect, useMemo, useRef, useState, type ClipboardEvent } from 'react';
import type { CliBlock } from '../../../../src/domain/review/schema';
import { terminalRuns } from '../../../../src/domain/review/terminal-colours';
import { terminalCss } from './terminal-style';

interface CliViewProps {
  block: CliBlock;
  /** How many commands are shown. */
  shown: number;
  onShow: (count: number) => void;
  /** The walkthrough's name (walkthroughName), which its terminal and buttons carry; its title if not given. */
  name?: string | undefined;
}

/** What a selection in the terminal copies: the commands and output, without the "$ " prompts or the hint. */
function copyWithoutPrompts(event: ClipboardEvent<HTMLElement>) {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed) return;
  const parts: string[] = [];
  for (let i = 0; i < selection.rangeCount; i++) {
    const copied = selection.getRangeAt(i).cloneContents();
    copied.querySelectorAll('.terminal__prompt, .terminal__hint').forEach((part) => part.remove());
    parts.push(copied.textContent);
  }
  event.clipboardData.setData('text/plain', parts.join('\n'));
  event.preventDefault();
}

/** A command's output as the terminal showed it: its colour codes drawn as colours, not as "[32m". */
function TerminalOutput({ output }: { output: string }) {
  const runs = useMemo(() => terminalRuns(output), [output]);
  return (
    <span className="terminal__output">
      {runs.map((run, i) =>
        run.style ? (
          <span key={i} style={terminalCss(run.style)}>
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
    </span>
  );
}

/** Commands and their output shown like a terminal, revealed one command at a time. */
export function CliView({ block, shown, onShow, name = block.title || 'CLI walkthrough' }: CliViewProps) {
  const total = block.steps.length;
  const visible = block.steps.slice(0, shown);
  const latest = useRef<HTMLSpanElement>(null);
  const seen = useRef(shown);
  useEffect(() => {
    // The command just run is brought into view (with its output), so it never runs on off-screen.
    if (shown > seen.current) latest.current?.scrollIntoView?.({ block: 'nearest' });
    seen.current = shown;
  }, [shown]);
  return (
    <div className="cli">
      {block.title ? <p className="cli__title">{block.title}</p> : null}
      {/* A scroll box: on the agenda a word wider than the line (an image reference, a URL) scrolls it. Presenter
          mode wraps such a line (review.css), so there ← and → reach the terminal (presenter-keys) only if a line
          still overflows, and otherwise move slots. */}
      <pre
        className="terminal"
        aria-label={`${name} terminal`}
        tabIndex={0}
        data-scroll-box=""
        onCopy={copyWithoutPrompts}
      >
        {visible.length === 0 ? <span className="terminal__hint">Press “Run next command” to start.</span> : null}
        {visible.map((step, index) => (
          <span key={index} className="terminal__step" ref={index === visible.length - 1 ? latest : undefined}>
            <span className="terminal__prompt" aria-hidden="true">
              ${' '}
            </span>
            <span className="terminal__command">
              {/* Each word unbroken: a long line wraps between words, never inside a flag like --ignore-daemonsets. */}
              {step.command.split(/(\s+)/).map((part, i) =>
                i % 2 === 1 || part === '' ? (
                  part
                ) : (
                  <span key={i} className="terminal__word">
                    {part}
                  </span>
                ),
              )}
            </span>
            {'\n'}
            {step.output ? <TerminalOutput output={step.output} /> : null}
            {step.output ? '\n' : null}
          </span>
        ))}
      </pre>
      <div className="cli__controls">
        {/* aria-disabled, not disabled, at either end: a disabled button would drop the focus to the page. */}
        {/* Named after the walkthrough: a slot may hold two, each with these two buttons. */}
        <button
          type="button"
          aria-label={`Back one command: ${name}`}
          onClick={() => onShow(Math.max(0, shown - 1))}
          aria-disabled={shown === 0 || undefined}
        >
          Back one command
        </button>
        <button
          type="button"
          className="primary"
          aria-label={`Run next command: ${name}`}
          onClick={() => onShow(Math.min(total, shown + 1))}
          aria-disabled={shown >= total || undefined}
        >
          Run next command
        </button>
        <span className="cli__count" aria-live="polite">
          Command {shown} of {total}
        </span>
      </div>
    </div>
  );
}

/** A walkthrough that keeps its own step, for the agenda editor. */
export function CliWalkthrough({ block, name }: { block: CliBlock; name?: string | undefined }) {
  const [shown, setShown] = useState(0);
  return <CliView block={block} shown={Math.min(shown, block.steps.length)} onShow={setShown} name={name} />;
}
