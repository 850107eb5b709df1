import { describe, expect, it } from 'vitest';
import { terminalSafe, terminalText } from '../../../src/cli/terminal-text';
import { captured } from '../../helpers/cli-io';

describe('text the command line prints', () => {
  it('shows C0 and C1 control characters, DEL and CR as escapes, keeping line breaks and tabs', () => {
    expect(terminalText('a\u001b[2Jb\u0007c\u009b31md\u007fe\rf\u0000')).toBe(
      'a\\x1b[2Jb\\x07c\\x9b31md\\x7fe\\x0df\\x00',
    );
    expect(terminalText('Usage:\n\tcadence help')).toBe('Usage:\n\tcadence help');
    expect(terminalText('Åsa Ødegård – «leave» 🌴')).toBe('Åsa Ødegård – «leave» 🌴');
  });

  it('guards both streams of a command line’s io', () => {
    const { io, out, err } = captured('/nowhere');
    const safe = terminalSafe(io);
    safe.out('title \u001b]0;x\u0007');
    safe.err('reason \u001b[31m');
    expect([out, err]).toEqual([['title \\x1b]0;x\\x07'], ['reason \\x1b[31m']]);
  });
});
