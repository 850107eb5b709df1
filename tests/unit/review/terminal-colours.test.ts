import { describe, expect, it } from 'vitest';
import { terminalRuns, withoutTerminalCodes } from '../../../src/domain/review/terminal-colours';

const ESC = '\u001b';

describe('terminal output with escape codes', () => {
  it('leaves output without codes as one plain run', () => {
    expect(terminalRuns('NAME   READY\napi-7  1/1')).toEqual([{ text: 'NAME   READY\napi-7  1/1', style: null }]);
  });

  it('splits coloured text into runs, and a reset ends the colour', () => {
    const runs = terminalRuns(`a ${ESC}[31mred${ESC}[m b ${ESC}[1;32mbold green${ESC}[22m green`);
    expect(runs.map((r) => r.text)).toEqual(['a ', 'red', ' b ', 'bold green', ' green']);
    expect(runs[0]?.style).toBeNull();
    expect(runs[2]?.style).toBeNull();
    expect(runs[1]?.style?.fg).not.toBeNull();
    expect(runs[3]?.style).toMatchObject({ bold: true, fg: runs[4]?.style?.fg });
    expect(runs[4]?.style?.bold).toBe(false);
    expect(runs[1]?.style?.fg).not.toBe(runs[3]?.style?.fg);
  });

  it('reads 256-colour and 24-bit colours', () => {
    const [orange, rgb] = terminalRuns(`${ESC}[38;5;208mwarn${ESC}[0m${ESC}[38;2;255;0;128mpink`);
    expect(orange?.style?.fg).toBe(208);
    expect(rgb?.style?.fg).toBe('#ff0080');
  });

  it('drops codes that draw no text: line erases, cursor moves, titles, links, character sets, a cut-off escape', () => {
    const output = `${ESC}]0;deploy${ESC}\\${ESC}[?25lstep 1${ESC}[K${ESC}(B${ESC}[m done ${ESC}]8;;https://x.example${ESC}\\link${ESC}]8;;${ESC}\\ end${ESC}`;
    expect(withoutTerminalCodes(output)).toBe('step 1 done link end');
    expect(
      terminalRuns(output)
        .map((r) => r.text)
        .join(''),
    ).toBe('step 1 done link end');
  });
});
