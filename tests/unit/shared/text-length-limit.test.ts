import { describe, expect, it } from 'vitest';
import { LIMITS, optionalText, requiredText, verbatimText } from '../../../src/domain/shared/text';

describe('a text at its length limit', () => {
  it('is accepted at exactly the limit, and one character over is told the limit it may reach', () => {
    for (const rule of [requiredText, optionalText, verbatimText]) {
      const name = rule('Team name', LIMITS.name);
      expect(name.safeParse('x'.repeat(80)).success).toBe(true);
      expect(name.safeParse('x'.repeat(81)).error?.issues[0]?.message).toBe(
        'Team name is too long: use at most 80 characters.',
      );
    }
  });

  it('writes a large limit with a thousands separator', () => {
    expect(requiredText('Description', LIMITS.markdown).safeParse('x'.repeat(20_001)).error?.issues[0]?.message).toBe(
      'Description is too long: use at most 20,000 characters.',
    );
  });
});
