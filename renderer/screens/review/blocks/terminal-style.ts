import type { CSSProperties } from 'react';
import type { TerminalColour, TerminalStyle } from '../../../../src/domain/review/terminal-colours';

/**
 * The 16 colours a terminal's theme picks, chosen to read on the walkthrough's dark background on a projector
 * (a terminal's stock blue, #0000ee, would not): black, red, green, yellow, blue, magenta, cyan, white, then
 * their bright forms.
 */
const THEME = [
  '#8b949e',
  '#ff7b72',
  '#3fb950',
  '#d29922',
  '#58a6ff',
  '#bc8cff',
  '#39c5cf',
  '#e6eaf0',
  '#b1bac4',
  '#ffa198',
  '#56d364',
  '#e3b341',
  '#79c0ff',
  '#d2a8ff',
  '#56d4dd',
  '#ffffff',
];

/** The xterm 6×6×6 cube's steps. */
const CUBE = [0, 95, 135, 175, 215, 255];

function cssColour(colour: TerminalColour): string {
  if (typeof colour === 'string') return colour;
  if (colour < 16) return THEME[colour] ?? 'inherit';
  if (colour >= 232) {
    const grey = 8 + (colour - 232) * 10;
    return `rgb(${grey}, ${grey}, ${grey})`;
  }
  const n = colour - 16;
  return `rgb(${CUBE[Math.floor(n / 36)]}, ${CUBE[Math.floor(n / 6) % 6]}, ${CUBE[n % 6]})`;
}

/** A run's style as the terminal on screen draws it. */
export function terminalCss(style: TerminalStyle): CSSProperties {
  return {
    ...(style.fg !== null ? { color: cssColour(style.fg) } : {}),
    ...(style.bg !== null ? { backgroundColor: cssColour(style.bg) } : {}),
    ...(style.bold ? { fontWeight: 'bold' } : {}),
    ...(style.italic ? { fontStyle: 'italic' } : {}),
    ...(style.underline ? { textDecoration: 'underline' } : {}),
  };
}
