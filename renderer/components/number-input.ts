/** A number field's text as a number; empty is NaN so the schema reports it as missing rather than 0. */
export function numberFromInput(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}
