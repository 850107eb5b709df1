import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/api/dispatch';
import { FORBIDDEN_SENDER, guardIpc } from '../../../electron/security';
import { inProcessApi } from '../../helpers/in-process-api';

const RENDERER = 'file:///opt/Cadence/resources/app.asar/dist/renderer/index.html';
const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

describe('ipc handlers', () => {
  it('run for our own page and refuse every other sender without touching the data', async () => {
    const backend = await inProcessApi();
    const createTeam = guardIpc(RENDERER, (input) => dispatch(backend.ctx, 'createTeam', input, () => undefined));
    for (const url of [undefined, 'https://evil.example/', 'file:///tmp/evil.html', 'data:text/html,x']) {
      const answer = await createTeam({ senderFrame: url === undefined ? null : { url } }, { name: 'Intruder' });
      expect(answer).toEqual(FORBIDDEN_SENDER);
    }
    expect(backend.store.snapshot().teams).toEqual([]);
    const ok = await createTeam({ senderFrame: { url: `${RENDERER}#/team` } }, { name: 'Ours' });
    expect(ok).toMatchObject({ ok: true, value: { name: 'Ours' } });
  });

  it('are registered in main.ts only through the guard', () => {
    const main = readFileSync(path.join(ROOT, 'electron', 'main.ts'), 'utf8');
    const registrations = [...main.matchAll(/ipcMain\.handle\(([\s\S]*?)\);/g)].map((m) => m[1] ?? '');
    expect(registrations.length).toBeGreaterThan(0);
    for (const r of registrations) expect(r).toMatch(/guardIpc\(rendererUrl,/);
  });
});

describe('packaging', () => {
  it('flips the Electron security fuses', () => {
    const yml = readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8');
    const fuse = (name: string) => new RegExp(`^\\s+${name}:\\s*(true|false)\\s*$`, 'm').exec(yml)?.[1];
    expect(fuse('runAsNode')).toBe('false');
    expect(fuse('enableNodeOptionsEnvironmentVariable')).toBe('false');
    expect(fuse('enableNodeCliInspectArguments')).toBe('false');
    expect(fuse('onlyLoadAppFromAsar')).toBe('true');
    expect(fuse('enableEmbeddedAsarIntegrityValidation')).toBe('true');
    expect(yml).toMatch(/^asar: true$/m);
  });
});
