import { ACTION_TYPE_NAMES, type Retro, type RetroAction, type RetroCard } from '../schema';
import { rankedTopics, tallies, topicsOf } from '../voting';
import { slugOf } from '../../shared/file-name';

/** What an export needs besides the retro: names the retro only refers to by id. */
export interface ExportContext {
  teamName: string;
  sprintName: string | null;
  memberName: (id: string) => string;
}

export interface OutlineTopic {
  id: string;
  kind: 'card' | 'group';
  title: string;
  votes: number;
  cards: RetroCard[];
  actions: RetroAction[];
}

export interface OutlineColumn {
  id: string;
  title: string;
  prompt: string;
  topics: OutlineTopic[];
}

export interface Outline {
  columns: OutlineColumn[];
  /** Topics with discussion notes, in vote order. */
  discussion: { title: string; votes: number; notes: string }[];
  actions: RetroAction[];
}

/** Actions linked to a topic: to the group itself or to any of its cards. */
function actionsFor(retro: Retro, topicId: string, cards: readonly RetroCard[]): RetroAction[] {
  const ids = new Set([topicId, ...cards.map((c) => c.id)]);
  return retro.actions.filter((a) => a.sourceId !== null && ids.has(a.sourceId));
}

/** The retro arranged the way every export presents it: columns, then topics (groups nested), every card. */
export function outlineOf(retro: Retro): Outline {
  const totals = tallies(retro.votes);
  const topics = topicsOf(retro);
  const columns = retro.columns.map((col) => ({
    id: col.id,
    title: col.title,
    prompt: col.prompt,
    topics: topics
      .filter((t) => t.columnId === col.id)
      .map((t) => ({ ...t, votes: totals.get(t.id) ?? 0, actions: actionsFor(retro, t.id, t.cards) })),
  }));
  const notes = new Map(retro.notes.map((n) => [n.targetId, n.notes.trim()]));
  const discussion = rankedTopics(retro)
    .filter((t) => notes.get(t.id))
    .map((t) => ({ title: t.title, votes: t.votes, notes: notes.get(t.id) ?? '' }));
  return { columns, discussion, actions: retro.actions };
}

/** "owner: Ana · due: 2026-12-01 · Prevent · OPS-12", the details after an action's text. */
export function actionDetails(action: RetroAction, ctx: ExportContext): string {
  return [
    `owner: ${action.ownerId ? ctx.memberName(action.ownerId) : 'unassigned'}`,
    action.dueDate ? `due: ${action.dueDate}` : null,
    ACTION_TYPE_NAMES[action.type],
    action.ticketKey || null,
    action.status !== 'open' ? action.status : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The title of the card or group an action came from, for the "all actions" list. */
export function sourceTitle(retro: Retro, sourceId: string | null): string | null {
  if (!sourceId) return null;
  return topicsOf(retro).find((t) => t.id === sourceId || t.cards.some((c) => c.id === sourceId))?.title ?? null;
}

export function retroDate(retro: Retro): string {
  return retro.createdAt.slice(0, 10);
}

export function fileBaseName(retro: Retro): string {
  return `${retroDate(retro)}-${slugOf(retro.title, retro.kind)}`;
}
