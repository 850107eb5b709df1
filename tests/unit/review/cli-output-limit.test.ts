import { describe, expect, it } from 'vitest';
import type { DemoBlock } from '../../../src/domain/review/schema';
import { errorOf, inProcessApi, tempDir } from '../../helpers/in-process-api';
import { sprint, team, writeWorkspace, item } from '../../helpers/fixtures';

async function openedReview() {
  const dataDir = tempDir();
  const s = sprint({ startDate: '2026-11-02', endDate: '2026-11-13', state: 'active' });
  const t = team('Platform', { sprints: [s], items: [item('Cache', { sprintId: s.id, status: 'done' })] });
  writeWorkspace(dataDir, [t]);
  const { api } = await inProcessApi({ dataDir });
  const review = await api.createReview({ teamId: t.id, sprintId: s.id });
  const save = (output: string) => {
    const block: DemoBlock = { id: 'cli-1', kind: 'cli', title: '', steps: [{ command: 'kubectl get pods', output }] };
    return api.saveDemoBlock({ teamId: t.id, reviewId: review.id, slotId: review.slots[0]!.id, block });
  };
  return { save };
}

/** A line as `ls --color=always` prints it: its words coloured, one escape code on either side of each. */
const colouredLine = (i: number) =>
  `\u001b[01;34mpod-${String(i).padStart(4, '0')}\u001b[0m  \u001b[32mRunning\u001b[0m`;

describe('a CLI output’s length', () => {
  it('counts the text a terminal shows: a coloured paste shorter than the limit on screen is saved as pasted', async () => {
    const { save } = await openedReview();
    // 800 lines of 17 visible characters and a line break: 14,400 shown, over 35,000 with the codes.
    const output = Array.from({ length: 800 }, (_, i) => colouredLine(i)).join('\n');
    expect(output.length).toBeGreaterThan(20_000);
    const saved = await save(output);
    const cli = saved.slots[0]!.blocks[0];
    expect(cli?.kind === 'cli' && cli.steps[0]?.output).toBe(output);
  });

  it('still refuses an output whose shown text is longer than the limit, naming the limit', async () => {
    const { save } = await openedReview();
    const output = Array.from({ length: 1_200 }, (_, i) => colouredLine(i)).join('\n');
    expect(await errorOf(save(output))).toMatch(/Output is too long: use at most 20,000 characters/);
  });

  it('refuses an output made mostly of escape codes, which would swell the team’s file', async () => {
    const { save } = await openedReview();
    const output = '\u001b[0m'.repeat(40_000) + 'ok';
    expect(await errorOf(save(output))).toMatch(/Output holds too many colour codes/);
  });
});
