import { readTypedNumber } from '../../src/domain/shared/typed-number';

export { readTypedNumber };

/** A number field's text as a number; empty or unreadable is NaN, so the schema reports it rather than 0. */
export function numberFromInput(text: string): number {
  return readTypedNumber(text) ?? Number.NaN;
}

/** What a field says when its text is not a number. */
export function numberMessage(what: string): string {
  return `${what} must be a number, such as 1200, 1,200 or 1200.5.`;
}
