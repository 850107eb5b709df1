import { describe, expect, it } from 'vitest';
import { LabelSchema } from '../../../src/domain/backlog/schema';
import { LIMITS, optionalText, requiredText, textLength, verbatimText } from '../../../src/domain/shared/text';

const messageOf = (result: { error?: { issues: { message: string }[] } | undefined }) =>
  result.error?.issues[0]?.message;

const THUMB = '👍🏽'; // a thumb and its skin tone: one character on screen, two code points
const FAMILY = '👩‍👩‍👧'; // three people joined: one character on screen, five code points
const FLAG = '🇩🇪'; // two regional letters: one flag on screen
const E_ACUTE = 'e\u0301'; // an e and a combining accent: é

/** "Use at most 200 characters" counts what the person sees: an emoji with a skin tone, a flag, é are one each. */
describe('text limits count the characters a person sees', () => {
  it('takes 200 of them at the title limit and refuses 201 with the limit', () => {
    for (const rule of [requiredText, optionalText, verbatimText]) {
      const title = rule('Title', LIMITS.title);
      for (const one of [THUMB, FAMILY, FLAG, E_ACUTE]) {
        expect(title.safeParse(one.repeat(200)).success).toBe(true);
        expect(messageOf(title.safeParse(one.repeat(201)))).toBe('Title is too long: use at most 200 characters.');
      }
    }
  });

  it('counts a label the same way', () => {
    expect(LabelSchema.safeParse(FLAG.repeat(40)).success).toBe(true);
    expect(messageOf(LabelSchema.safeParse(FLAG.repeat(41)))).toBe('Labels are at most 40 characters.');
  });

  it('still refuses one character built of thousands of marks, saying what is wrong with it', () => {
    const message = messageOf(requiredText('Title', LIMITS.title).safeParse(`a${'\u0301'.repeat(5_000)}`));
    expect(message).toMatch(/^Title is too long/);
    expect(message).not.toMatch(/use at most 200 characters/);
  });

  it('measures as the schemas do, for the counters on screen', () => {
    expect(textLength(`${THUMB}${FAMILY}${FLAG}${E_ACUTE}ok`)).toBe(6);
    expect(textLength('line one\r\nline two')).toBe(17);
  });
});
