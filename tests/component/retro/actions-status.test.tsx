import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { retroToMarkdown } from '../../../src/domain/retro/export/markdown';
import { renderRetro, type Seeded } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

/** Three actions of the opened retro; a later retro marks the first done and drops the second. */
async function decidedLater(x: Omit<Seeded, 'team' | 'retro'>) {
  const add = (text: string) =>
    x.backend.api.addRetroAction({
      teamId: x.teamId,
      retroId: x.retroId,
      action: { text, ownerId: x.members.ana, dueDate: null, type: 'prevent', ticketKey: 'OPS-1', sourceId: null },
    });
  await add('Rotate keys');
  await add('Tune alerts');
  const ids = (await add('Page less')).actions.map((a) => a.id);
  const later = await x.backend.api.createRetro({
    teamId: x.teamId,
    kind: 'retro',
    title: 'Retro — Sprint 8',
    sprintId: null,
    templateId: 'mad-sad-glad',
    incident: null,
  });
  await x.backend.store.mutate({ teamId: x.teamId }, (d) => {
    d.teams[0]!.retros.find((r) => r.id === later.id)!.createdAt = '2099-01-01T09:00:00.000Z';
  });
  const review = (actionId: string, outcome: 'done' | 'dropped') =>
    x.backend.api.reviewRetroAction({ teamId: x.teamId, retroId: later.id, fromRetroId: x.retroId, actionId, outcome });
  await review(ids[0]!, 'done');
  await review(ids[1]!, 'dropped');
}

describe('actions phase: an action a later retro closed', () => {
  it('says it is done or dropped, in the words the exports use, and says nothing of an open one', async () => {
    const s = await renderRetro('actions', { prepare: decidedLater });
    await screen.findByText('Rotate keys');
    const row = (text: string) => screen.getByText(text).closest('li')!;
    expect(within(row('Rotate keys')).getByText('Ana · Prevent · OPS-1 · done')).toBeInTheDocument();
    expect(within(row('Tune alerts')).getByText('Ana · Prevent · OPS-1 · dropped')).toBeInTheDocument();
    expect(within(row('Page less')).getByText('Ana · Prevent · OPS-1')).toBeInTheDocument();

    // The Markdown export of the same retro gives the same word after the same details.
    const md = retroToMarkdown(s.retro(), {
      teamName: 'Platform SRE',
      sprintName: null,
      timeZone: 'UTC',
      memberName: () => 'Ana',
    });
    expect(md).toContain('Rotate keys (owner: Ana · Prevent · OPS-1 · done)');
    expect(md).toContain('Tune alerts (owner: Ana · Prevent · OPS-1 · dropped)');
  });
});
