import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../../src/domain/retro/templates';
import { errorOf, inProcessApi } from '../../helpers/in-process-api';

const columns = [{ id: 'c1', title: 'Wind', prompt: '' }];

async function teamWithTemplates() {
  const { api, store } = await inProcessApi();
  const team = await api.createTeam({ name: 'Platform' });
  const save = (name: string) => api.saveRetroTemplate({ teamId: team.id, name, columns });
  const names = () => store.snapshot().teams[0]!.retroTemplates.map((t) => t.name);
  return { save, names };
}

describe('a saved retro template has a name of its own in the picker', () => {
  it('refuses the name of a built-in template, in any case and with spaces around it', async () => {
    const { save, names } = await teamWithTemplates();
    for (const name of ['Ops retro', '  ops RETRO ', 'start / stop / continue', 'Blameless Postmortem']) {
      const builtIn = BUILT_IN_TEMPLATES.find((t) => t.name.toLowerCase() === name.trim().toLowerCase())!;
      expect(await errorOf(save(name)), name).toBe(
        `“${builtIn.name}” is the name of a built-in template; pick another name.`,
      );
    }
    expect(names()).toEqual([]);
  });

  it('refuses the name of a template the team saved, in any case and with spaces around it', async () => {
    const { save, names } = await teamWithTemplates();
    await save('Hot air balloon');
    expect(await errorOf(save('  HOT AIR balloon  '))).toBe(
      'A template called “Hot air balloon” already exists; pick another name.',
    );
    await save('Ops retro, short');
    expect(names()).toEqual(['Hot air balloon', 'Ops retro, short']);
  });
});

describe("a saved retro template's columns", () => {
  it('refuses two columns with one title, naming the column, and saves nothing', async () => {
    const { api, store } = await inProcessApi();
    const team = await api.createTeam({ name: 'Platform' });
    const twice = [
      { id: 'c1', title: 'Wind', prompt: '' },
      { id: 'c2', title: 'Rocks', prompt: '' },
      { id: 'c3', title: 'WIND ', prompt: '' },
    ];
    expect(await errorOf(api.saveRetroTemplate({ teamId: team.id, name: 'Boat trip', columns: twice }))).toBe(
      "Column 3 title “WIND” is also column 1's: give each column a title of its own.",
    );
    expect(store.snapshot().teams[0]!.retroTemplates).toEqual([]);
  });
});
