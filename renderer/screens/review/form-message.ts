import { ApiCallError, messageOf } from '../../api/errors';

/** The message for a form: the field's own message when the api names it, without the "path: " prefix. */
export function formMessage(error: unknown, field?: string): string {
  if (error instanceof ApiCallError) {
    const own = field ? error.fieldMessage(field) : undefined;
    return own ?? error.issues[0]?.message ?? error.message;
  }
  return messageOf(error);
}
