import { describe, expect, it } from 'vitest';
import { retroToJson } from '../../../src/domain/retro/export/json';
import type { Retro } from '../../../src/domain/retro/schema';
import { inProcessApi } from '../../helpers/in-process-api';
import { card } from './build';
import { samplePostmortem } from './export-fixture';

/** Every id the retro holds for a person of the team: action owners, commander, scribe, card authors. */
function personIds(r: Retro): (string | null | undefined)[] {
  return [
    ...r.actions.map((a) => a.ownerId),
    r.incident?.commanderId,
    r.incident?.scribeId,
    ...r.cards.filter((c) => 'authorId' in c).map((c) => c.authorId),
  ];
}

/** A postmortem exported elsewhere: m1 "Ana" (spelt "  ANA "), m2 "Bo", and m9 whom the file does not name. */
function exportedElsewhere(): string {
  const pm = samplePostmortem();
  const r: Retro = {
    ...pm,
    phase: 'actions',
    cards: [
      ...pm.cards,
      card('alerts', 'Ana wrote this', { authorId: 'm1' }),
      card('alerts', 'By m3', { authorId: 'm3' }),
    ],
    actions: [...pm.actions, { ...pm.actions[0]!, id: 'act-4', text: 'Owned by someone unnamed', ownerId: 'm9' }],
  };
  const names: Record<string, string> = { m1: '  ANA ', m2: 'Bo', m9: 'Zed' };
  const file = JSON.parse(retroToJson(r, null, '2026-11-20T12:00:00.000Z', (id) => names[id] ?? 'Former member'));
  // As a hand-edited or older file might: m9 owns an action but is not in the people list.
  file.people = file.people.filter((p: { id: string }) => p.id !== 'm9');
  return JSON.stringify(file);
}

describe('importing a retro JSON export: its people become this team’s members', () => {
  it('matches each exported person to the member of the same name (any case, trimmed), else unassigns them', async () => {
    const { api, store } = await inProcessApi();
    const team = await api.createTeam({ name: 'Platform' });
    const ana = await api.addMember({ teamId: team.id, member: { name: 'Ana' } });
    const cy = await api.addMember({ teamId: team.id, member: { name: 'Cy' } });

    const result = await api.importRetro({ teamId: team.id, json: exportedElsewhere() });
    const owners = Object.fromEntries(result.retro.actions.map((a) => [a.id, a.ownerId]));
    expect(owners).toEqual({ 'act-1': ana.id, 'act-2': null, 'act-3': null, 'act-4': null });
    expect(result.retro.incident).toMatchObject({ commanderId: ana.id, scribeId: null });
    const authors = result.retro.cards.filter((c) => c.text === 'Ana wrote this' || c.text === 'By m3');
    expect(authors.map((c) => [c.text, c.authorId])).toEqual([
      ['Ana wrote this', ana.id],
      ['By m3', undefined],
    ]);
    expect('authorId' in authors[1]!).toBe(false); // anonymous, as a card written without an author
    // Owners and roles: act-1 and the commander matched; act-3, act-4 and the scribe left unassigned.
    expect(result.owners).toEqual({ matched: 2, unassigned: 3 });

    const stored = store.snapshot().teams[0]!.retros[0]!;
    expect(stored).toEqual(result.retro);
    const members = new Set([ana.id, cy.id]);
    expect(personIds(stored).filter((id) => id != null && !members.has(id))).toEqual([]);
  });

  it('keeps the author of a card who owns no action, matched by name; an anonymous card stays anonymous', async () => {
    const { api } = await inProcessApi();
    const team = await api.createTeam({ name: 'Platform' });
    const dee = await api.addMember({ teamId: team.id, member: { name: 'Dee' } });
    const r: Retro = {
      ...samplePostmortem(),
      phase: 'actions',
      cards: [card('alerts', 'Deploys on Friday', { authorId: 'm5' }), card('alerts', 'Nobody wrote this')],
      groups: [],
      votes: [],
    };
    const names: Record<string, string> = { m1: 'Ana', m2: 'Bo', m5: 'Dee' };
    const json = retroToJson(r, null, '2026-11-20T12:00:00.000Z', (id) => names[id] ?? 'Former member');

    const { retro } = await api.importRetro({ teamId: team.id, json });
    expect(retro.cards.map((c) => [c.text, c.authorId])).toEqual([
      ['Deploys on Friday', dee.id],
      ['Nobody wrote this', undefined],
    ]);
    expect('authorId' in retro.cards[1]!).toBe(false);
  });

  it('unassigns a person whose name two members share, rather than guess', async () => {
    const { api, store } = await inProcessApi();
    const team = await api.createTeam({ name: 'Platform' });
    const ana = await api.addMember({ teamId: team.id, member: { name: 'Ana' } });
    // The app refuses a second "Ana"; a team stored before that rule (or brought by a sync) can hold two.
    await store.mutate({ teamId: team.id }, (d) => {
      d.teams[0]!.members.push({ ...ana, id: 'second-ana', name: 'ana' });
    });
    const { retro, owners } = await api.importRetro({ teamId: team.id, json: exportedElsewhere() });
    expect(retro.actions.map((a) => a.ownerId)).toEqual([null, null, null, null]);
    expect(owners).toEqual({ matched: 0, unassigned: 5 });
  });

  it('keeps an id that is already a member of this team (the same team re-importing), whatever the file calls them', async () => {
    const { api } = await inProcessApi();
    const team = await api.createTeam({ name: 'Platform' });
    const ana = await api.addMember({ teamId: team.id, member: { name: 'Ana Renamed' } });
    const pm = samplePostmortem();
    const r: Retro = {
      ...pm,
      phase: 'actions',
      actions: pm.actions.map((a) => ({ ...a, ownerId: a.ownerId && ana.id })),
      incident: { ...pm.incident!, commanderId: ana.id, scribeId: null },
    };
    const json = retroToJson(r, null, '2026-11-20T12:00:00.000Z', () => 'Ana');
    const { retro, owners } = await api.importRetro({ teamId: team.id, json });
    expect(retro.actions.map((a) => a.ownerId)).toEqual([ana.id, null, ana.id]);
    expect(retro.incident?.commanderId).toBe(ana.id);
    expect(owners).toEqual({ matched: 3, unassigned: 0 });
  });
});
