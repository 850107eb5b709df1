import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/api/dispatch';
import { guardIpc } from '../../../electron/security';
import { inProcessApi } from '../../helpers/in-process-api';

const RENDERER = 'app://cadence/index.html';
const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

describe('the ipc guard', () => {
  it("runs a handler for our page's top frame only, and refuses every other sender without touching the data", async () => {
    const backend = await inProcessApi();
    const createTeam = guardIpc(RENDERER, (input) => dispatch(backend.ctx, 'createTeam', input, () => undefined));
    const top = { url: `${RENDERER}#/team`, parent: null };
    const senders = [
      null,
      { url: 'https://evil.example/', parent: null },
      { url: 'file:///tmp/evil.html', parent: null },
      { url: 'data:text/html,x', parent: null },
      { url: RENDERER, parent: top },
    ];
    for (const senderFrame of senders) {
      const answer = await createTeam({ senderFrame }, { name: 'Intruder' });
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(backend.store.snapshot().teams).toEqual([]);
    const ok = await createTeam({ senderFrame: top }, { name: 'Ours' });
    expect(ok).toMatchObject({ ok: true, value: { name: 'Ours' } });
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
    expect(fuse('grantFileProtocolExtraPrivileges')).toBe('false');
    expect(yml).toMatch(/^asar: true$/m);
  });
});
