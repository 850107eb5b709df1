import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { envTokenStore, FileTokenStore, type TokenSeal } from '../../../src/sync/token-store';
import { tempDir } from '../../helpers/in-process-api';

describe('FileTokenStore', () => {
  it('keeps tokens in an owner-only file and forgets them on delete', async () => {
    const file = path.join(tempDir(), 'sync', 'tokens.json');
    const store = new FileTokenStore(file);
    await Promise.all([store.set('team-a', 'token-a'), store.set('team-b', 'token-b')]);
    expect(await store.get('team-a')).toBe('token-a');
    expect(await new FileTokenStore(file).get('team-b')).toBe('token-b');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    await store.delete('team-a');
    expect(await store.get('team-a')).toBeNull();
    expect(readFileSync(file, 'utf8')).not.toContain('token-a');
  });

  it('stores a sealed token sealed, and never opens one sealed another way', async () => {
    const file = path.join(tempDir(), 'tokens.json');
    const reversed: TokenSeal = {
      kind: 'reversed',
      seal: (t) => [...t].reverse().join(''),
      open: (s) => [...s].reverse().join(''),
    };
    await new FileTokenStore(file, reversed).set('team', 'abc-SECRET');
    expect(readFileSync(file, 'utf8')).not.toContain('abc-SECRET');
    expect(await new FileTokenStore(file, reversed).get('team')).toBe('abc-SECRET');
    expect(await new FileTokenStore(file).get('team')).toBeNull();
  });

  it('reads a damaged file as empty rather than failing', async () => {
    const file = path.join(tempDir(), 'tokens.json');
    writeFileSync(file, '{not json');
    expect(await new FileTokenStore(file).get('team')).toBeNull();
  });
});

describe('envTokenStore', () => {
  it('answers CADENCE_GIT_TOKEN first and does not write it to disk', async () => {
    const file = path.join(tempDir(), 'tokens.json');
    const store = envTokenStore('from-env', new FileTokenStore(file));
    await store.set('team', 'from-env');
    expect(await store.get('team')).toBe('from-env');
    expect(() => readFileSync(file)).toThrow();
  });
});
