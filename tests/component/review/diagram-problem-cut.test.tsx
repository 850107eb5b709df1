import { describe, expect, it } from 'vitest';
import { mermaidProblem } from '../../../renderer/screens/review/blocks/mermaid-render';

describe('a Mermaid problem quoting a long line', () => {
  it('shortens the line between characters, never through an emoji', async () => {
    const problem = await mermaidProblem(`graph LR\n  a --> b\n  ${'x'.repeat(58)}🚀 -> c`);
    expect(problem).toContain(`line 3 of the diagram (“${'x'.repeat(58)}…”)`);
  }, 30_000);
});
