import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import type { StandupSummary } from '../../../src/domain/standup/schema';
import { summaryMarkdown } from '../../../src/domain/standup/summary';

function summary(notes: StandupSummary['notes']): StandupSummary {
  return {
    date: '2026-11-24',
    sprintName: 'Sprint 7',
    durationMs: 600_000,
    totalMs: 900_000,
    overtimeMs: 0,
    speakers: [],
    notes,
    blockersRaised: [],
    openBlockers: 0,
    parkingLot: [],
  };
}

describe('names in bold in the standup summary Markdown', () => {
  it.each(['Jo*', '*Ana', 'Sam * Lee', 'R**b', 'Ana'])('shows %s in bold exactly as typed', (name) => {
    const md = summaryMarkdown(summary([{ name, text: 'Rotated the certs' }]));
    const html = marked.parse(md.slice(md.indexOf('## Updates')), { async: false });
    expect(html).toContain(`<li><strong>${name}</strong>: Rotated the certs</li>`);
  });
});
