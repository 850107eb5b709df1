import { isBlankName } from '../../../src/domain/shared/blank-name';
import type { SendResult } from '../connection';

/**
 * The phone's answer to a text of invisible characters only (a zero-width space, a soft hyphen, a lone accent), which
 * would show as an empty card: said at once, without a round trip; the room refuses it too. The rule is the names'
 * (`isBlankName`, which imports nothing, so zod stays out of this page). An empty text is null: its form says so.
 */
export function showsNothing(text: string): SendResult | null {
  if (text.trim() === '' || !isBlankName(text)) return null;
  return { ok: false, message: 'This shows nothing: it holds only invisible characters. Type some words.' };
}
