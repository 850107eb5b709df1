import type { RetroAction } from './schema';
import { numberText, plural, pluralWord, wordList } from '../shared/words';

/**
 * What the Actions phase says of its action items: how many, and which of them still need an owner or a due date
 * (each should leave the retro with both), or that each has both.
 */
export function actionsSummary(actions: readonly Pick<RetroAction, 'ownerId' | 'dueDate'>[]): string {
  const count = `${plural(actions.length, 'action item')}.`;
  const noOwner = actions.filter((a) => a.ownerId === null).length;
  const noDue = actions.filter((a) => a.dueDate === null).length;
  if (actions.length === 0)
    return `${count} Each should have an owner and a due date; open ones come back at the next retro.`;
  if (noOwner === 0 && noDue === 0)
    return `${count} Each has an owner and a due date; open ones come back at the next retro.`;
  const missing = [
    ...(noOwner > 0 ? [`${numberText(noOwner)} ${pluralWord(noOwner, 'has', 'have')} no owner`] : []),
    ...(noDue > 0 ? [`${numberText(noDue)} ${pluralWord(noDue, 'has', 'have')} no due date`] : []),
  ];
  return `${count} ${wordList(missing)} yet: give each one before the retro ends. Open ones come back at the next retro.`;
}
