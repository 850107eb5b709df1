import { plural } from '../shared/words';
import type { TakeBackCounts } from './protocol';

/**
 * What a take-back holds, in words, one part per kind it holds ("1 poker vote not yet revealed", "3 dots"): the
 * shared screen's Remove dialog and the phone's own Leave the room say it alike.
 */
export function takeBackParts({ votes, dots, answers }: TakeBackCounts): string[] {
  return [
    ...(votes > 0 ? [`${plural(votes, 'poker vote')} not yet revealed`] : []),
    ...(dots > 0 ? [plural(dots, 'dot')] : []),
    ...(answers > 0 ? [plural(answers, 'health check answer')] : []),
  ];
}
