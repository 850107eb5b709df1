import { describe, expect, it } from 'vitest';
import { retroToHtml } from '../../../src/domain/retro/export/html';
import { retroToMarkdown } from '../../../src/domain/retro/export/markdown';
import type { HealthCheck, Retro } from '../../../src/domain/retro/schema';
import { BLAMELESS_REMINDER } from '../../../src/domain/retro/templates';
import { retro } from './build';
import { ctx } from './export-fixture';

const postmortem = (): Retro => ({
  ...retro({ title: 'Postmortem — DNS' }),
  kind: 'postmortem',
  incident: {
    severity: 'sev2',
    startedAt: '2026-11-18T02:10:00.000Z',
    endedAt: null,
    services: ['dns'],
    commanderId: null,
    scribeId: null,
    impact: '',
  },
});

/** HTML as a reader sees it: tags dropped, entities of an apostrophe read back, spaces folded. */
const readable = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');

describe('Markdown and HTML exports say what the screen says', () => {
  it("carry a postmortem's blameless reminder, and no retro's", () => {
    expect(retroToMarkdown(postmortem(), ctx)).toContain(BLAMELESS_REMINDER);
    expect(readable(retroToHtml(postmortem(), ctx))).toContain(BLAMELESS_REMINDER);
    expect(retroToMarkdown(retro(), ctx)).not.toContain('Blameless:');
    expect(retroToHtml(retro(), ctx)).not.toContain('Blameless:');
  });

  it('write a health dimension left unscored as "Not scored", as the check-in does', () => {
    const health: HealthCheck = {
      id: 'h1',
      sprintId: null,
      retroId: 'r1',
      recordedAt: '2026-11-20T10:00:00.000Z',
      scores: { onCallLoad: 2, alertNoise: 4, toil: null, deployConfidence: 5 },
    };
    const md = retroToMarkdown(retro(), ctx, health);
    expect(md).toContain('- Toil: Not scored\n');
    expect(md).toContain('- On-call load: 2 / 5\n');
    const html = readable(retroToHtml(retro(), ctx, health));
    expect(html).toContain('Toil: Not scored ');
    expect(html).toContain('Alert noise: 4 / 5 ');
    expect(md + html).not.toContain('– / 5');
  });
});
