import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type * as DndKit from '@dnd-kit/core';
import { describe, expect, it, vi } from 'vitest';
import { item } from '../../helpers/fixtures';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

/** Which cards and columns render, by dnd-kit id, counted where they meet dnd-kit. */
const rendered = vi.hoisted(() => ({ cards: [] as string[], columns: [] as string[] }));

vi.mock('@dnd-kit/core', async (importOriginal) => {
  const actual = await importOriginal<typeof DndKit>();
  return {
    ...actual,
    useDraggable: (args: Parameters<typeof actual.useDraggable>[0]) => {
      rendered.cards.push(String(args.id));
      return actual.useDraggable(args);
    },
    useDroppable: (args: Parameters<typeof actual.useDroppable>[0]) => {
      rendered.columns.push(String(args.id));
      return actual.useDroppable(args);
    },
  };
});

describe('a move on the board', { timeout: 20_000 }, () => {
  it('renders the moved card and the two columns it changes, not every card and column on the board', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const sprintId = doc.sprints[0]?.id ?? null;
    for (let i = 1; i <= 12; i++) doc.items.push(item(`Rotate key ${i}`, { sprintId, points: 1 }));
    await renderApp('standup', seedWith(doc));
    const move = await screen.findByRole('button', { name: 'Move Rotate key 5 to In progress' }, { timeout: 10_000 });
    const moved = doc.items.find((i) => i.title === 'Rotate key 5')?.id;
    rendered.cards.length = 0;
    rendered.columns.length = 0;

    await user.click(move);
    await screen.findByRole('list', { name: 'Planned: In progress, 1 card' });
    // Let the save's answer land too.
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));

    expect(new Set(rendered.cards)).toEqual(new Set([moved]));
    expect(new Set(rendered.columns)).toEqual(new Set(['planned:todo', 'planned:in_progress']));
  });
});
