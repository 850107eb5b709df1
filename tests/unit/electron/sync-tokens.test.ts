import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { desktopTokenStore } from '../../../electron/sync-tokens';
import { tokenFile } from '../../../src/sync/with-sync';
import { tempDir } from '../../helpers/in-process-api';
import { createStandInElectron } from './stand-in/electron';

const TOKEN = 'glpat-CANARY-desktop-1618';

describe('the desktop app’s token store', () => {
  it('seals tokens with safeStorage: the file never holds the token as text', async () => {
    const dataDir = tempDir();
    const { safeStorage } = createStandInElectron({ userData: dataDir }).electron;
    await desktopTokenStore(safeStorage, dataDir).set('team-1', TOKEN);
    const file = tokenFile(dataDir);
    expect(readFileSync(file, 'utf8')).not.toContain(TOKEN);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await desktopTokenStore(safeStorage, dataDir).get('team-1')).toBe(TOKEN);
    expect(path.dirname(file)).toBe(path.join(dataDir, 'sync'));
  });

  it('falls back to the owner-only file where no keyring exists', async () => {
    const dataDir = tempDir();
    const { safeStorage } = createStandInElectron({ userData: dataDir, encryptionAvailable: false }).electron;
    const store = desktopTokenStore(safeStorage, dataDir);
    await store.set('team-1', TOKEN);
    expect(await store.get('team-1')).toBe(TOKEN);
    expect(statSync(tokenFile(dataDir)).mode & 0o777).toBe(0o600);
  });

  it('treats Linux’s basic_text backend as no keyring', async () => {
    const dataDir = tempDir();
    const { safeStorage } = createStandInElectron({ userData: dataDir }).electron;
    const basic = { ...safeStorage, getSelectedStorageBackend: () => 'basic_text' };
    await desktopTokenStore(basic, dataDir).set('team-1', TOKEN);
    // Kept as the owner-only file keeps it: the sealed store (a real keyring) does not read it as sealed.
    expect(await desktopTokenStore(safeStorage, dataDir).get('team-1')).toBeNull();
    expect(await desktopTokenStore(basic, dataDir).get('team-1')).toBe(TOKEN);
  });
});
