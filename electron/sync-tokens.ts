import type { SafeStorage } from 'electron';
import { FileTokenStore, type TokenSeal, type TokenStore } from '../src/sync/token-store';
import { tokenFile } from '../src/sync/with-sync';

type Sealer = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> & {
  getSelectedStorageBackend?: () => string;
};

/**
 * The desktop app's tokens: sealed with Electron's safeStorage (the system keychain or keyring) in the
 * owner-only tokens file. Where no keyring exists (isEncryptionAvailable() is false, or Linux falls back to
 * its 'basic_text' backend, which only obscures), the owner-only file keeps them as browser mode does.
 */
export function desktopTokenStore(safeStorage: Sealer, dataDir: string): TokenStore {
  const file = tokenFile(dataDir);
  const available = safeStorage.isEncryptionAvailable() && safeStorage.getSelectedStorageBackend?.() !== 'basic_text';
  if (!available) return new FileTokenStore(file);
  const seal: TokenSeal = {
    kind: 'safeStorage',
    seal: (token) => safeStorage.encryptString(token).toString('base64'),
    open: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
  };
  return new FileTokenStore(file, seal);
}
