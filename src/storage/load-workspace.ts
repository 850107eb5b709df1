import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CURRENT_SCHEMA_VERSION, emptyWorkspace, type TeamDoc, type Workspace } from '../domain/workspace';
import type { StoreNotice } from '../services/store';
import { BEFORE_MIGRATION_TAG, listBackups } from './backups';
import { decodeTeam, decodeWorkspace, parseJsonText } from './decode';
import { readTextIfExists } from './durable-json-file';
import { asIndex, indexPath, teamPath, teamsDir, type WorkspaceIndex } from './layout';
import { MIGRATIONS } from './migrations';
import { runMigrations } from './migrations/run';
import { OWNER_FILE_MODE } from './owner-only';
import { contentHash, readVerified, sameEntries, trustedTeam, type Verified } from './verified-teams';

export interface Loaded {
  workspace: Workspace;
  readOnly: boolean;
  notices: StoreNotice[];
  /** What is on disk in the per-team layout now (null: nothing yet, write everything). */
  onDisk: Workspace | null;
  /** A start-up backup to take of data read intact. */
  backup: { text: string; tag: string } | null;
  /** Known-valid content hashes of the teams as loaded (see verified-teams.ts). */
  verified: Verified;
  /** The verified cache on disk differs from `verified` and is worth rewriting. */
  verifiedChanged: boolean;
}

const nothingVerified = () => ({ verified: new Map<string, string>(), verifiedChanged: false });

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Sets a file that does not load aside, never overwriting or deleting it. */
export async function setAside(file: string, at: Date): Promise<string> {
  const aside = `${file}.damaged-${at.toISOString().replace(/[:.]/g, '-')}`;
  await fs.rename(file, aside);
  // It holds the user's data like any other file here: owner-only, whatever mode it had.
  await fs.chmod(aside, OWNER_FILE_MODE).catch(() => undefined);
  return aside;
}

/** Backups decode lazily, newest first, each at most once per start. */
class BackupReader {
  private decoded: { createdAt: string; path: string; workspace: Workspace }[] | null = null;

  constructor(private readonly dir: string) {}

  private async all() {
    if (this.decoded) return this.decoded;
    this.decoded = [];
    for (const file of await listBackups(this.dir)) {
      const text = await fs.readFile(file.path, 'utf8').catch(() => null);
      const decoded = text === null ? null : decodeWorkspace(text);
      if (decoded?.kind === 'ok')
        this.decoded.push({ createdAt: file.createdAt, path: file.path, workspace: decoded.workspace });
    }
    return this.decoded;
  }

  async newest() {
    return (await this.all())[0] ?? null;
  }

  async newestHolding(teamId: string) {
    for (const b of await this.all()) {
      const team = b.workspace.teams.find((t) => t.id === teamId);
      if (team) return { backup: b, team };
    }
    return null;
  }
}

type TeamRead = { ok: true; raw: unknown; text: string } | { ok: false; reason: string; exists: boolean };

function parseTeamFile(text: string | null): TeamRead {
  if (text === null) return { ok: false, reason: 'the file is missing', exists: false };
  const json = parseJsonText(text);
  return json.ok ? { ok: true, raw: json.value, text } : { ok: false, reason: json.reason, exists: true };
}

/**
 * The team files, read together and parsed one per turn of the event loop: parsing megabytes of JSON is
 * synchronous, and the host answers the page and its scripts between two files instead of after all of them.
 */
async function readTeamFiles(dataDir: string, index: WorkspaceIndex): Promise<TeamRead[]> {
  const texts = await Promise.all(index.teams.map((t) => readTextIfExists(teamPath(dataDir, t.id))));
  const reads: TeamRead[] = [];
  for (const text of texts) {
    await yieldToEventLoop();
    reads.push(parseTeamFile(text));
  }
  return reads;
}

/** Loads the per-team layout; a team file that does not load is set aside and the team comes from a backup. */
async function loadIndexed(dataDir: string, index: WorkspaceIndex, backups: BackupReader, now: Date): Promise<Loaded> {
  const reads = await readTeamFiles(dataDir, index);
  if (index.schemaVersion > CURRENT_SCHEMA_VERSION) {
    const teams = reads.flatMap((r) => (r.ok ? [decodeTeam(r.raw)] : [])).flatMap((d) => (d.ok ? [d.team] : []));
    return {
      workspace: { schemaVersion: CURRENT_SCHEMA_VERSION, teams },
      readOnly: true,
      notices: [newerNotice(index.schemaVersion)],
      onDisk: null,
      backup: null,
      ...nothingVerified(),
    };
  }
  const current = index.schemaVersion === CURRENT_SCHEMA_VERSION;
  // Only files of the current format can be known-valid; older ones are migrated and validated.
  const known = current ? await readVerified(dataDir) : new Map<string, string>();
  const verified: Verified = new Map();
  const raws = reads.map((r) => (r.ok ? r.raw : null));
  const migrated = current
    ? { teams: raws }
    : runMigrations({ schemaVersion: index.schemaVersion, teams: raws }, index.schemaVersion, MIGRATIONS);
  const migratedTeams = Array.isArray(migrated.teams) ? (migrated.teams as unknown[]) : raws;
  const notices: StoreNotice[] = [];
  const teams: TeamDoc[] = [];
  let damaged = false;
  for (const [i, entry] of index.teams.entries()) {
    // Validating a large workspace takes a while: let the host answer requests (the page, its
    // scripts) between teams instead of after all of them.
    if (i > 0) await yieldToEventLoop();
    const read = reads[i];
    const trusted = read?.ok ? trustedTeam(known, entry.id, read.text, read.raw) : null;
    if (trusted) {
      teams.push(trusted.team);
      verified.set(entry.id, trusted.hash);
      continue;
    }
    const decoded = read?.ok ? decodeTeam(migratedTeams[i]) : { ok: false as const, reason: read?.reason ?? '' };
    if (decoded.ok && decoded.team.id === entry.id) {
      teams.push(decoded.team);
      // A file that is exactly the JSON of what validation gave back is known-valid from now on.
      if (read?.ok && current && JSON.stringify(decoded.team) === read.text)
        verified.set(entry.id, contentHash(read.text));
      continue;
    }
    damaged = true;
    const reason = decoded.ok ? 'it holds another team' : decoded.reason;
    const file = teamPath(dataDir, entry.id);
    const damagedFile = read && !read.ok && !read.exists ? undefined : await setAside(file, now);
    const found = await backups.newestHolding(entry.id);
    if (found) teams.push(found.team);
    notices.push({
      kind: 'recovered',
      message: found
        ? `The file of team "${found.team.name}" could not be read (${reason}).${damagedFile ? ` It was kept as ${path.basename(damagedFile)} and` : ''} Cadence opened that team from the newest good backup, from ${found.backup.createdAt}.`
        : `The file of a team could not be read (${reason}) and no backup holds that team.${damagedFile ? ` It was kept as ${path.basename(damagedFile)}.` : ''}`,
      ...(damagedFile ? { damagedFile } : {}),
      ...(found ? { backupFile: found.backup.path } : {}),
    });
  }
  const workspace: Workspace = { schemaVersion: CURRENT_SCHEMA_VERSION, teams };
  const migratedFrom = current ? null : index.schemaVersion;
  if (migratedFrom !== null) notices.push(migratedNotice(migratedFrom));
  return {
    workspace,
    readOnly: false,
    notices,
    // Recovered or migrated teams are rewritten; untouched ones are already on disk as loaded.
    onDisk: damaged || migratedFrom !== null ? null : workspace,
    // The files as read, joined into one document: no second serialization of a large workspace.
    backup: damaged
      ? null
      : {
          text: `{"schemaVersion":${index.schemaVersion},"teams":[${reads.map((r) => (r.ok ? r.text : 'null')).join(',')}]}`,
          tag: migratedFrom ? `${BEFORE_MIGRATION_TAG}-v${migratedFrom}` : '',
        },
    verified,
    verifiedChanged: !sameEntries(known, verified),
  };
}

/** The index does not load: rebuild from the newest good backup, keeping teams whose own file is good (newer). */
async function recoverIndex(dataDir: string, reason: string, backups: BackupReader, now: Date): Promise<Loaded> {
  const damagedFile = await setAside(indexPath(dataDir), now);
  const backup = await backups.newest();
  const ids = new Set(backup?.workspace.teams.map((t) => t.id) ?? []);
  const names = await fs.readdir(teamsDir(dataDir)).catch(() => [] as string[]);
  const fromFiles = new Map<string, TeamDoc>();
  for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
    const text = await readTextIfExists(path.join(teamsDir(dataDir), name));
    const json = text === null ? null : parseJsonText(text);
    const decoded = json?.ok ? decodeTeam(json.value) : null;
    if (decoded?.ok) fromFiles.set(decoded.team.id, decoded.team);
  }
  const teams = [
    ...(backup?.workspace.teams.map((t) => fromFiles.get(t.id) ?? t) ?? []),
    ...[...fromFiles.values()].filter((t) => !ids.has(t.id)),
  ];
  const workspace: Workspace = { schemaVersion: CURRENT_SCHEMA_VERSION, teams };
  const kept = teams.length > 0 ? ' Teams whose own file was intact were kept as saved.' : '';
  const notice: StoreNotice = backup
    ? {
        kind: 'recovered',
        message: `The data file could not be read (${reason}). It was kept as ${path.basename(damagedFile)} and Cadence opened the newest good backup from ${backup.createdAt}.${kept}`,
        damagedFile,
        backupFile: backup.path,
      }
    : {
        kind: teams.length > 0 ? 'recovered' : 'started_empty',
        message:
          teams.length > 0
            ? `The data file could not be read (${reason}) and there is no good backup. It was kept as ${path.basename(damagedFile)};${kept}`
            : `The data file could not be read (${reason}) and there is no good backup. It was kept as ${path.basename(damagedFile)}; Cadence started with empty data.`,
        damagedFile,
      };
  return { workspace, readOnly: false, notices: [notice], onDisk: null, backup: null, ...nothingVerified() };
}

function newerNotice(version: number): StoreNotice {
  return {
    kind: 'newer_version',
    message: `This data file was written by a newer version of Cadence (format ${version}). It is open read-only and will not be changed; upgrade Cadence to edit it.`,
  };
}

function migratedNotice(from: number): StoreNotice {
  return {
    kind: 'migrated',
    message: `Your data was upgraded from format version ${from}. A copy of the old file is in the backups folder.`,
  };
}

/**
 * Reads the data dir in either layout: a whole-workspace cadence.json (format 1, or a restored
 * backup) is validated, migrated and then written as per-team files; an index loads each team file.
 */
export async function loadWorkspace(dataDir: string, backupDir: string, now: Date): Promise<Loaded> {
  const backups = new BackupReader(backupDir);
  const text = await readTextIfExists(indexPath(dataDir));
  if (text === null) {
    return {
      workspace: emptyWorkspace(),
      readOnly: false,
      notices: [],
      onDisk: null,
      backup: null,
      ...nothingVerified(),
    };
  }
  const json = parseJsonText(text);
  if (!json.ok) return recoverIndex(dataDir, json.reason, backups, now);
  const index = asIndex(json.value);
  if (index) return loadIndexed(dataDir, index, backups, now);
  // A whole-workspace document: format 1, or a backup put back in place. Decoded as a backup would be.
  const decoded = decodeWorkspace(text);
  if (decoded.kind === 'ok') {
    return {
      workspace: decoded.workspace,
      readOnly: false,
      notices: decoded.migratedFrom !== null ? [migratedNotice(decoded.migratedFrom)] : [],
      onDisk: null,
      backup: { text, tag: decoded.migratedFrom ? `${BEFORE_MIGRATION_TAG}-v${decoded.migratedFrom}` : '' },
      ...nothingVerified(),
    };
  }
  if (decoded.kind === 'newer') {
    return {
      workspace: decoded.workspace ?? emptyWorkspace(),
      readOnly: true,
      notices: [newerNotice(decoded.version)],
      onDisk: null,
      backup: null,
      ...nothingVerified(),
    };
  }
  return recoverIndex(dataDir, decoded.reason, backups, now);
}
