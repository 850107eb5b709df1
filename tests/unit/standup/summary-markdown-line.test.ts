import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import type { StandupSummary } from '../../../src/domain/standup/schema';
import { summaryMarkdown } from '../../../src/domain/standup/summary';

function summary(parts: Partial<StandupSummary>): StandupSummary {
  return {
    date: '2026-11-24',
    sprintName: 'Sprint 7',
    durationMs: 600_000,
    totalMs: 900_000,
    overtimeMs: 0,
    speakers: [],
    notes: [],
    blockersRaised: [],
    openBlockers: 0,
    parkingLot: [],
    ...parts,
  };
}

/** What a reader sees on the summary's list line that starts with `start`: its text, and whether any is styled. */
function shownLine(markdown: string, start: string): { text: string; styled: boolean } {
  const line = markdown.split('\n').find((l) => l.replace(/\\/g, '').startsWith(`- ${start}`)) ?? '';
  const html = marked.parseInline(line.slice(2), { gfm: true }) as string;
  return { text: html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&'), styled: /<(em|code|del)>/.test(html) };
}

describe('standup summary Markdown: one line holding several people’s texts', () => {
  it('shows a blocker and its owner as typed when each holds one `*`', () => {
    const md = summaryMarkdown(
      summary({ blockersRaised: [{ id: 'b1', text: 'Rotate *.log files', owner: 'Jo*' }], openBlockers: 1 }),
    );
    expect(shownLine(md, 'Rotate')).toEqual({ text: 'Rotate *.log files (owner: Jo*)', styled: false });
  });

  it('shows a parking-lot topic and who stays as typed when each holds one backtick', () => {
    const md = summaryMarkdown(summary({ parkingLot: [{ id: 'p1', text: 'Why `kubectl hangs', stay: ['Ana `ops'] }] }));
    expect(shownLine(md, 'Why')).toEqual({ text: 'Why `kubectl hangs — stay: Ana `ops', styled: false });
  });

  it('shows an update and its author as typed when each holds one backtick', () => {
    const md = summaryMarkdown(summary({ notes: [{ name: 'Ana `ops', text: 'Fixed the `kubectl plugin' }] }));
    expect(shownLine(md, '**Ana')).toEqual({ text: 'Ana `ops: Fixed the `kubectl plugin', styled: false });
  });

  it('still writes a lone mark in a line’s only person text without a backslash (“~5 min”)', () => {
    const md = summaryMarkdown(summary({ parkingLot: [{ id: 'p1', text: 'Deploys take ~5 min', stay: [] }] }));
    expect(md).toContain('- Deploys take ~5 min\n');
  });
});
