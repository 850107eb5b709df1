import type { BacklogItem, ItemLink, LinkKind } from '../../../src/domain/backlog/schema';
import type { ItemTemplate } from '../../../src/domain/backlog/templates';
import { newId } from '../../../src/domain/shared/new-id';
import { changedFields } from '../../../src/domain/shared/changed-fields';
import type { ItemFields } from '../../../src/domain/backlog/schema';
import { tickableEntryIds } from '../../../src/domain/backlog/readiness';
import type { ChecklistEntry } from '../../../src/domain/team/schema';

/** What the editor holds while a person types: text fields stay strings until saved. */
export interface ItemDraft {
  title: string;
  type: ItemFields['type'];
  description: string;
  points: number | null;
  labels: string;
  acceptanceCriteria: { id: string; text: string; done: boolean }[];
  links: { id: string; kind: LinkKind; value: string }[];
  needsChangeWindow: boolean;
  status: ItemFields['status'];
  readyChecks: string[];
  ownerId: string | null;
  templateId: string | null;
}

export function emptyDraft(): ItemDraft {
  return {
    title: '',
    type: 'story',
    description: '',
    points: null,
    labels: '',
    acceptanceCriteria: [],
    links: [],
    needsChangeWindow: false,
    status: 'todo',
    readyChecks: [],
    ownerId: null,
    templateId: null,
  };
}

export function draftFromTemplate(t: ItemTemplate): ItemDraft {
  return {
    ...emptyDraft(),
    title: t.title,
    type: t.type,
    description: t.description,
    labels: t.labels.join(', '),
    acceptanceCriteria: t.acceptanceCriteria.map((text) => ({ id: newId(), text, done: false })),
    needsChangeWindow: t.needsChangeWindow,
    templateId: t.id,
  };
}

export function draftFromItem(item: BacklogItem): ItemDraft {
  return {
    title: item.title,
    type: item.type,
    description: item.description,
    points: item.points,
    labels: item.labels.join(', '),
    acceptanceCriteria: item.acceptanceCriteria.map((c) => ({ ...c })),
    links: item.links.map((l: ItemLink) => ({ ...l })),
    needsChangeWindow: item.needsChangeWindow,
    status: item.status,
    readyChecks: [...item.readyChecks],
    ownerId: item.ownerId,
    templateId: item.templateId,
  };
}

/** The draft as api fields; blank criteria and links are dropped rather than refused. */
export function fieldsFromDraft(draft: ItemDraft): ItemFields {
  return {
    title: draft.title,
    type: draft.type,
    description: draft.description,
    points: draft.points,
    labels: draft.labels
      .split(',')
      .map((l) => l.trim().toLowerCase())
      .filter((l, i, all) => l !== '' && all.indexOf(l) === i),
    acceptanceCriteria: draft.acceptanceCriteria.filter((c) => c.text.trim() !== ''),
    links: draft.links.filter((l) => l.value.trim() !== ''),
    needsChangeWindow: draft.needsChangeWindow,
    status: draft.status,
    readyChecks: draft.readyChecks,
    ownerId: draft.ownerId,
  };
}

/**
 * The fields an edit changed from the item as the editor opened it. A field left as it was is not sent, so a
 * change that reached the item meanwhile (a sync pulled in, another window) is not written back over.
 */
export function editedFields(opened: BacklogItem, fields: ItemFields): Partial<ItemFields> {
  return changedFields(fields, fieldsFromDraft(draftFromItem(opened)));
}

/** The fields the editor's draft changed from the one it opened with: none, and closing it loses nothing. */
export function editedDraftFields(opened: ItemDraft, draft: ItemDraft): Partial<ItemFields> {
  return changedFields(fieldsFromDraft(draft), fieldsFromDraft(opened));
}

/**
 * The Definition of Ready ticks to save. A tick of an entry the team removed (or made automatic) while the editor was
 * open has no checkbox left to untick, and the api refuses a tick it cannot place: once the person changed the ticks
 * (or saves a new item), such ticks are dropped. Ticks left as the editor opened them are not sent at all
 * (`editedFields`), so the item's stored ticks stay as they are. `opened` is null for a new item.
 */
export function ticksToSave(
  ticks: readonly string[],
  definitionOfReady: readonly ChecklistEntry[],
  opened: readonly string[] | null,
): string[] {
  const unchanged = opened !== null && opened.length === ticks.length && opened.every((id, i) => ticks[i] === id);
  if (unchanged) return [...ticks];
  const tickable = tickableEntryIds(definitionOfReady);
  return ticks.filter((id) => tickable.has(id));
}
