import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Where a shared team's token is kept between runs; the desktop app encrypts, browser mode keeps a 0600 file. */
export interface TokenStore {
  get(teamId: string): Promise<string | null>;
  set(teamId: string, token: string): Promise<void>;
  delete(teamId: string): Promise<void>;
}

/** How a token is kept on disk: as is (an owner-only file) or sealed (Electron's safeStorage). */
export interface TokenSeal {
  /** Names the way, stored beside each token: a token sealed one way is never read another. */
  kind: string;
  seal(token: string): string;
  open(sealed: string): string;
}

export const PLAIN_SEAL: TokenSeal = { kind: 'owner-only', seal: (t) => t, open: (s) => s };

type Stored = Record<string, { kind: string; value: string }>;

/**
 * Tokens in one owner-only JSON file (`<data>/sync/tokens.json`, mode 0600, its folder 0700), written through a
 * temp file and a rename so a crash never leaves half a file. A file that does not parse counts as empty: the
 * person gives the token again; nothing else depends on it.
 */
export class FileTokenStore implements TokenStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly sealWith: TokenSeal = PLAIN_SEAL,
  ) {}

  private async read(): Promise<Stored> {
    try {
      const parsed: unknown = JSON.parse(await fs.readFile(this.file, 'utf8'));
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Stored) : {};
    } catch {
      return {};
    }
  }

  private async write(stored: Stored): Promise<void> {
    await fs.mkdir(path.dirname(this.file), { recursive: true, mode: 0o700 });
    const tmp = `${this.file}.${process.pid}.tmp`;
    await fs.writeFile(tmp, JSON.stringify(stored), { mode: 0o600 });
    await fs.chmod(tmp, 0o600);
    await fs.rename(tmp, this.file);
  }

  /** One change at a time: two teams saving tokens at once both land. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  async get(teamId: string): Promise<string | null> {
    const entry = (await this.read())[teamId];
    if (!entry || entry.kind !== this.sealWith.kind) return null;
    try {
      return this.sealWith.open(entry.value);
    } catch {
      return null;
    }
  }

  set(teamId: string, token: string): Promise<void> {
    return this.serial(async () => {
      const stored = await this.read();
      stored[teamId] = { kind: this.sealWith.kind, value: this.sealWith.seal(token) };
      await this.write(stored);
    });
  }

  delete(teamId: string): Promise<void> {
    return this.serial(async () => {
      const stored = await this.read();
      if (!(teamId in stored)) return;
      delete stored[teamId];
      await this.write(stored);
    });
  }
}

/** The command line's store: `CADENCE_GIT_TOKEN` when set, else what the app kept in the owner-only file. */
export function envTokenStore(token: string | undefined, fallback: TokenStore): TokenStore {
  return {
    get: async (teamId) => token ?? (await fallback.get(teamId)),
    set: (teamId, value) => (value === token ? Promise.resolve() : fallback.set(teamId, value)),
    delete: (teamId) => fallback.delete(teamId),
  };
}
