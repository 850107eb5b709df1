import { describe, expect, it } from 'vitest';
import { cutText, shortenText } from '../../../src/domain/shared/cut-text';

/** Text cut to a limit in UTF-16 code units (what the schemas count), between characters as a reader sees them. */
describe('cutting text to a limit', () => {
  it('keeps text within the limit as it is', () => {
    expect(cutText('Patch 🐧 kernels', 20)).toBe('Patch 🐧 kernels');
    expect(shortenText('Patch 🐧 kernels', 20)).toBe('Patch 🐧 kernels');
  });

  it('leaves out a character that does not fit whole: an emoji, a flag, a family, an accented letter', () => {
    expect(cutText('ab🐧', 3)).toBe('ab');
    expect(cutText('a🇳🇱', 4)).toBe('a');
    expect(cutText('a👩‍👩‍👧', 8)).toBe('a');
    expect(cutText('ae\u0301', 2)).toBe('a');
  });

  it('shortens with "…" within the limit, the "…" counted', () => {
    const shortened = shortenText('Rotate 🔑 keys', 9);
    expect(shortened).toBe('Rotate…');
    expect(shortened.length).toBeLessThanOrEqual(9);
  });

  it('still keeps what fits of one character longer than the limit (a letter under many marks), never half a pair', () => {
    const zalgo = `Z${'\u0336'.repeat(300)}algo`;
    expect(cutText(zalgo, 200)).toBe(zalgo.slice(0, 200));
    expect(cutText('🐧🐧', 1)).toBe('');
  });
});
