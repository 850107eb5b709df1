import { describe, expect, it } from 'vitest';
import { isBlankName } from '../../../src/domain/shared/blank-name';

describe('a name that shows nothing', () => {
  it('is blank when made only of spaces, invisible format characters or marks with no letter under them', () => {
    const invisible = [
      '',
      '   ',
      '\u200b', // zero-width space
      '\u2060\u2060', // word joiner
      '\u00ad', // soft hyphen
      '\ufeff', // byte order mark
      ' \u200c\u200d\u200e ', // zero-width non-joiner, joiner, left-to-right mark
      '\u0301\u0308', // combining acute and diaeresis alone
      '\u3164', // Hangul filler
      '\u2800', // braille blank
    ];
    expect(invisible.filter((name) => !isBlankName(name))).toEqual([]);
  });

  it('is not blank when anything shows, whatever the script', () => {
    const names = ['Ana', 'cafe\u0301', '\u200bAna', 'Zoë', '李', 'أحمد', '👩‍💻', '-', 'O\u2019Brien'];
    expect(names.filter(isBlankName)).toEqual([]);
  });
});
