import { afterEach, describe, expect, it } from 'vitest';
import { summaryMarkdown } from '../../../src/domain/standup/summary';
import { member, team, writeWorkspace } from '../../helpers/fixtures';
import { inProcessApi, tempDir, type InProcessApi } from '../../helpers/in-process-api';

let backend: InProcessApi | null = null;
afterEach(async () => {
  await backend?.store.close();
  backend = null;
});

const T0 = Date.parse('2026-11-04T09:00:00.000Z');

/** A running standup of Ada then Bo, Ada on the floor, with two of her updates noted. */
async function noted() {
  const t = team('Platform', { members: [member('Ada'), member('Bo')] });
  const dataDir = tempDir();
  writeWorkspace(dataDir, [t]);
  let now = T0;
  backend = await inProcessApi({ dataDir, now: () => new Date(now) });
  const { api, call } = backend;
  const teamId = t.id;
  const standupId = (await api.startStandup({ teamId })).id;
  now += 20_000;
  await api.addStandupNote({ teamId, standupId, text: 'Cert rotaton done' });
  const withTwo = await api.addStandupNote({ teamId, standupId, text: 'Bo is on call tonight' });
  const [typo, wrong] = withTwo.notes;
  return { api, call, teamId, standupId, typo: typo!, wrong: wrong! };
}

describe('correcting the updates noted during a standup', () => {
  it('edits a note’s text, keeping who it is for and when it was noted, and the summary reads the new text', async () => {
    const { api, teamId, standupId, typo, wrong } = await noted();
    const edited = await api.editStandupNote({ teamId, standupId, noteId: typo.id, text: '  Cert rotation done  ' });
    expect(edited.notes).toEqual([{ ...typo, text: 'Cert rotation done' }, wrong]);
    const ended = await api.controlStandup({ teamId, standupId, action: { kind: 'end' } });
    expect(ended.summary?.notes.map((n) => n.text)).toEqual(['Cert rotation done', 'Bo is on call tonight']);
    expect(summaryMarkdown(ended.summary!)).toContain('Cert rotation done');
    expect(summaryMarkdown(ended.summary!)).not.toContain('rotaton');
  });

  it('deletes a note, leaving the others, and the summary and its Markdown leave it out', async () => {
    const { api, teamId, standupId, typo, wrong } = await noted();
    const after = await api.deleteStandupNote({ teamId, standupId, noteId: wrong.id });
    expect(after.notes).toEqual([typo]);
    expect((await api.getTeam({ teamId })).standups[0]?.notes).toEqual([typo]);
    const ended = await api.controlStandup({ teamId, standupId, action: { kind: 'end' } });
    expect(ended.summary?.notes).toEqual([{ name: 'Ada', text: 'Cert rotaton done' }]);
    expect(summaryMarkdown(ended.summary!)).not.toContain('on call tonight');
  });

  it('refuses empty text with the note form’s message, and changes nothing', async () => {
    const { api, call, teamId, standupId, typo, wrong } = await noted();
    const blank = await call('editStandupNote', { teamId, standupId, noteId: typo.id, text: '   ' });
    expect(blank).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/Note cannot be empty/) },
    });
    expect((await api.getTeam({ teamId })).standups[0]?.notes).toEqual([typo, wrong]);
  });

  it('says a note deleted meanwhile was not found', async () => {
    const { api, call, teamId, standupId, typo } = await noted();
    await api.deleteStandupNote({ teamId, standupId, noteId: typo.id });
    const ref = { teamId, standupId, noteId: typo.id };
    for (const gone of [
      await call('editStandupNote', { ...ref, text: 'Again' }),
      await call('deleteStandupNote', ref),
    ]) {
      expect(gone).toMatchObject({
        ok: false,
        error: { code: 'not_found', message: expect.stringMatching(/^The note was not found/) },
      });
    }
  });

  it('refuses to change the notes of an ended standup, whose summary stays as it was frozen', async () => {
    const { api, call, teamId, standupId, typo, wrong } = await noted();
    const ended = await api.controlStandup({ teamId, standupId, action: { kind: 'end' } });
    const message = expect.stringMatching(/has ended.*notes can no longer be changed/);
    expect(await call('editStandupNote', { teamId, standupId, noteId: typo.id, text: 'Later' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message },
    });
    expect(await call('deleteStandupNote', { teamId, standupId, noteId: wrong.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message },
    });
    const stored = (await api.getTeam({ teamId })).standups[0];
    expect(stored?.notes).toEqual([typo, wrong]);
    expect(stored?.summary).toEqual(ended.summary);
  });
});
