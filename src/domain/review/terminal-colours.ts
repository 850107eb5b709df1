/**
 * Terminal output pasted with its escape codes (a tool run with --color=always, a `script` recording): the text a
 * terminal showed, in runs of one style. Colour codes (SGR) set the style; every other code (cursor moves, line
 * erases, window titles, the links of OSC 8) is dropped, as a terminal draws none of them as text.
 */

/** One of the 256 colours a terminal numbers (0–15 its theme's own), or a colour given as "#rrggbb". */
export type TerminalColour = number | `#${string}`;

export interface TerminalStyle {
  fg: TerminalColour | null;
  bg: TerminalColour | null;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

export interface TerminalRun {
  text: string;
  /** null for the terminal's own style: text no code changed. */
  style: TerminalStyle | null;
}

const PLAIN: TerminalStyle = { fg: null, bg: null, bold: false, italic: false, underline: false };

/**
 * ESC [ … final byte (CSI, colours among them); ESC ] … ended by BEL or ESC \ (OSC: titles, links); ESC ( B and
 * the like (character sets, which tput's reset sends); ESC with one other byte; and a lone ESC (the output cut
 * off where it was copied).
 */
const CODE =
  // eslint-disable-next-line no-control-regex -- the escape character is what is matched
  /\u001b\[([0-?]*)[ -/]*([@-~])|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[ -/]+[0-~]|\u001b[0-~]?/g;

const hex = (n: number) => Math.max(0, Math.min(255, n)).toString(16).padStart(2, '0');

/** 38;5;n or 38;2;r;g;b (and 48;… for the background): the colour, and how many parameters it took. */
function extendedColour(params: readonly number[], at: number): { colour: TerminalColour | null; used: number } {
  const mode = params[at + 1];
  if (mode === 5) {
    const n = params[at + 2];
    return { colour: n !== undefined && n >= 0 && n <= 255 ? n : null, used: 3 };
  }
  if (mode === 2) {
    const [r = 0, g = 0, b = 0] = params.slice(at + 2, at + 5);
    return { colour: `#${hex(r)}${hex(g)}${hex(b)}`, used: 5 };
  }
  return { colour: null, used: 2 };
}

/** The style after one SGR code ("1;31", "0", "" which resets, "38;5;208"). */
function applySgr(style: TerminalStyle, paramText: string): TerminalStyle {
  const params = paramText === '' ? [0] : paramText.split(/[;:]/).map((p) => (p === '' ? 0 : Number(p)));
  let next = { ...style };
  for (let i = 0; i < params.length; i++) {
    const p = params[i] ?? 0;
    if (p === 0) next = { ...PLAIN };
    else if (p === 1) next.bold = true;
    else if (p === 3) next.italic = true;
    else if (p === 4) next.underline = true;
    else if (p === 22) next.bold = false;
    else if (p === 23) next.italic = false;
    else if (p === 24) next.underline = false;
    else if (p >= 30 && p <= 37) next.fg = p - 30;
    else if (p >= 90 && p <= 97) next.fg = p - 90 + 8;
    else if (p === 39) next.fg = null;
    else if (p >= 40 && p <= 47) next.bg = p - 40;
    else if (p >= 100 && p <= 107) next.bg = p - 100 + 8;
    else if (p === 49) next.bg = null;
    else if (p === 38 || p === 48) {
      const { colour, used } = extendedColour(params, i);
      if (p === 38) next.fg = colour;
      else next.bg = colour;
      i += used - 1;
    }
  }
  return next;
}

const isPlain = (s: TerminalStyle) => s.fg === null && s.bg === null && !s.bold && !s.italic && !s.underline;

/** The runs of text the output shows, each in one style; text without codes is one plain run. */
export function terminalRuns(output: string): TerminalRun[] {
  const runs: TerminalRun[] = [];
  let style = PLAIN;
  let from = 0;
  const push = (text: string) => {
    if (!text) return;
    const shown = isPlain(style) ? null : style;
    const last = runs[runs.length - 1];
    if (last && last.style === shown) last.text += text;
    else runs.push({ text, style: shown });
  };
  for (const match of output.matchAll(CODE)) {
    push(output.slice(from, match.index));
    from = match.index + match[0].length;
    if (match[2] === 'm') style = applySgr(style, match[1] ?? '');
  }
  push(output.slice(from));
  return runs;
}

/** The output as a terminal shows it, without its escape codes. */
export function withoutTerminalCodes(output: string): string {
  return output.replace(CODE, '');
}
