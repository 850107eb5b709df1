import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/domain/shared/text';
import { readExport } from '../../../src/domain/imports/read-export';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';
import { sprint, team, writeWorkspace } from '../../helpers/fixtures';

/**
 * A backlog item made from long review feedback takes the feedback's first line as its title, cut to the title's
 * limit between whole characters as a reader sees them: never half an emoji or a letter without its accent.
 */

const graphemes = (text: string) =>
  [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);

/** Whether a string holds half an emoji: a surrogate without its pair. */
const halfAnEmoji = (text: string) =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

/** Whether `title` (without a closing "…") is whole characters from the start of `text`. */
function wholeCharactersOf(text: string, title: string): boolean {
  const kept = graphemes(title.replace(/…$/, ''));
  return kept.every((g, i) => graphemes(text)[i] === g);
}

async function itemFromFeedback(text: string) {
  const dataDir = tempDir();
  const s = sprint({ startDate: '2026-11-02', endDate: '2026-11-13', state: 'active' });
  const t = team('Platform', { sprints: [s] });
  writeWorkspace(dataDir, [t]);
  const { api } = await inProcessApi({ dataDir });
  const { id: reviewId } = await api.createReview({ teamId: t.id, sprintId: s.id });
  const review = await api.addReviewFeedback({ teamId: t.id, reviewId, text, from: 'Product' });
  const { item } = await api.reviewFeedbackToItem({ teamId: t.id, reviewId, feedbackId: review.feedback[0]!.id });
  const stored = (await api.getTeam({ teamId: t.id })).items.find((i) => i.id === item.id);
  return { item, stored };
}

describe('the title of an item made from review feedback', () => {
  it('does not split an emoji that straddles the limit, and shows with "…" that it was shortened', async () => {
    const text = `${'a'.repeat(LIMITS.title - 2)}👩‍💻 pairs on the runbook for every page of the night`;
    const { item, stored } = await itemFromFeedback(text);
    expect(halfAnEmoji(item.title)).toBe(false);
    expect(item.title.length).toBeLessThanOrEqual(LIMITS.title);
    expect(wholeCharactersOf(text, item.title)).toBe(true);
    expect(item.title.endsWith('…')).toBe(true);
    // Nothing of the feedback is lost: the description quotes it whole.
    expect(item.description).toContain(text);
    expect(stored?.title).toBe(item.title);
  });

  it('does not leave a letter without its combining accent', async () => {
    const text = `${'a'.repeat(LIMITS.title - 1)}e\u0301te\u0301 review notes, written at length by the stakeholders`;
    const { item } = await itemFromFeedback(text);
    expect(wholeCharactersOf(text, item.title)).toBe(true);
    expect(item.title).not.toMatch(/e…$/);
  });

  it('keeps a first line within the limit whole, without "…", and the first line only', async () => {
    const line = `Deploys need a 👍 from on-call ${'x'.repeat(LIMITS.title - 40)}`;
    const { item } = await itemFromFeedback(`${line}\nand more on the next line`);
    expect(item.title).toBe(line);
  });
});

describe('the title of an imported row over the limit', () => {
  it('is cut between whole characters and the row says it was cut', () => {
    const title = `${'b'.repeat(LIMITS.title - 1)}🇳🇱 flag at the limit`;
    const read = readExport('export.csv', new TextEncoder().encode(`Title\n${title}\n`), {
      scale: 'fibonacci',
      site: '',
    });
    if (!read.ok) throw new Error(read.message);
    const row = read.read.rows[0]!;
    expect(halfAnEmoji(row.title)).toBe(false);
    expect(row.title.length).toBeLessThanOrEqual(LIMITS.title);
    expect(wholeCharactersOf(title, row.title)).toBe(true);
    expect(row.notes.join('; ')).toMatch(/title cut/);
  });
});
