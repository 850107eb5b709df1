import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';
import { formatLocalTime } from '../domain/shared/dates';
import { quote } from '../domain/shared/words';
import { summarizeTeam } from '../domain/team/summary';
import { CURRENT_SCHEMA_VERSION, type TeamDoc, type Workspace } from '../domain/workspace';
import type { StoreNotice } from '../services/store';
import { BEFORE_MIGRATION_TAG, listBackups } from './backups';
import { DATA_FILE_NAME } from './data-dir';
import { decodeTeam, decodeWorkspace, parseJsonText } from './decode';
import { readBytesIfExists, readTextIfExists } from './durable-json-file';
import { asIndex, indexPath, teamFileName, teamPath, teamsDir, TEAMS_DIR_NAME, type WorkspaceIndex } from './layout';
import { yieldToEventLoop } from './event-loop';
import { WrongKindError, type FileData } from './file-system';
import { MIGRATIONS } from './migrations';
import { runMigrations } from './migrations/run';
import { OWNER_DIR_MODE, OWNER_FILE_MODE } from './owner-only';
import { LoadedTeams, type ShelvedTeam } from './loaded-teams';
import { teamWithTimersPaused } from '../domain/team/timers-paused';
import { contentHash, knownValid, readVerified, sameEntries, type Verified } from './verified-teams';

export interface Loaded {
  teams: LoadedTeams;
  readOnly: boolean;
  notices: StoreNotice[];
  /** The files hold exactly the teams as loaded, in the per-team layout (false: write everything). */
  filesAsLoaded: boolean;
  /** A start-up backup to take of data read intact: the files as read, joined into one document. */
  backup: { data: FileData; tag: string } | null;
  /** Known-valid content hashes of the teams as loaded (see verified-teams.ts). */
  verified: Verified;
  /** The verified cache on disk differs from `verified` and is worth rewriting. */
  verifiedChanged: boolean;
}

const nothingVerified = () => ({ verified: new Map() as Verified, verifiedChanged: false });

/** The name a file that does not load is kept under, beside it. */
function asideName(file: string, at: Date): string {
  return `${file}.damaged-${at.toISOString().replace(/[:.]/g, '-')}`;
}

/** Sets a file that does not load (or a folder in its place) aside, never overwriting or deleting it. */
export async function setAside(file: string, at: Date): Promise<string> {
  const aside = asideName(file, at);
  await fs.rename(file, aside);
  // It holds the user's data like any other file here: owner-only, whatever mode it had.
  const folder = (await fs.lstat(aside).catch(() => null))?.isDirectory() ?? false;
  await fs.chmod(aside, folder ? OWNER_DIR_MODE : OWNER_FILE_MODE).catch(() => undefined);
  return aside;
}

/**
 * Keeps a copy of a damaged file beside it and leaves the file where it is, for a file the start writes over
 * with a good copy (from a backup): until that write, the next start still finds it, and recovers it again.
 * Where it cannot be copied (a folder in its place), it is set aside instead.
 */
async function copyAside(file: string, at: Date): Promise<string> {
  const aside = asideName(file, at);
  try {
    await fs.copyFile(file, aside, fsConstants.COPYFILE_EXCL);
  } catch {
    return setAside(file, at);
  }
  await fs.chmod(aside, OWNER_FILE_MODE).catch(() => undefined);
  return aside;
}

/**
 * How a load may treat the folder. A read-only load (a dry run beside the open app) leaves a damaged file
 * where it is and says nothing was upgraded; the team still comes from a backup, the data still migrated
 * in memory.
 */
interface Access {
  readOnly: boolean;
}

/** Sets a damaged file aside unless the load is read-only; answers where it went. */
function keepDamaged(access: Access, file: string, at: Date): Promise<string | undefined> {
  return access.readOnly ? Promise.resolve(undefined) : setAside(file, at);
}

/**
 * Keeps a copy of the index as read beside it (named as a damaged file is, never over another file), unless
 * the load is read-only; answers where it went, or nothing when it could not be copied. The copy is flushed:
 * the index written next names fewer teams, and the copy is what brings them back (see onceListed).
 */
async function keepIndexCopy(access: Access, dataDir: string, at: Date): Promise<string | undefined> {
  if (access.readOnly) return undefined;
  const copy = asideName(indexPath(dataDir), at);
  try {
    await fs.copyFile(indexPath(dataDir), copy, fsConstants.COPYFILE_EXCL);
    await fs.chmod(copy, OWNER_FILE_MODE);
    const handle = await fs.open(copy, 'r');
    await handle.sync().finally(() => handle.close());
    return copy;
  } catch {
    return undefined;
  }
}

/**
 * The teams the kept copies of the index (`cadence.json.damaged-<time>`) name: teams an index once listed, each
 * with the format of the newest copy naming it. That is the format its file was last written in: a team's file
 * is upgraded with the index only while the index names it, and the copy is the index as read at the start
 * that found the file missing.
 */
async function onceListed(dataDir: string): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const names = await fs.readdir(dataDir).catch(() => [] as string[]);
  // Oldest first (the names end in the time they were kept), so the newest copy has the last word.
  for (const name of names.filter((n) => n.startsWith(`${DATA_FILE_NAME}.damaged-`)).sort()) {
    const text = await readTextIfExists(path.join(dataDir, name)).catch(() => null);
    const json = text === null ? null : parseJsonText(text);
    const copy = json?.ok ? asIndex(json.value) : null;
    for (const team of copy?.teams ?? []) ids.set(team.id, copy!.schemaVersion);
  }
  return ids;
}

/**
 * The files of teams whose file is back: files the index does not name, of teams a kept copy of the index names
 * (see loadIndexed), each with the id of its team. Any other file the index does not name is left alone: it is
 * what a write a power cut interrupted leaves (a new team's file written before the index that would have named
 * it, a deleted team's file whose removal was lost), not a team of the workspace.
 */
async function returnedFiles(
  dataDir: string,
  index: WorkspaceIndex,
  inFolder: readonly string[],
): Promise<{ name: string; teamId: string; schemaVersion: number }[]> {
  const named = new Set(index.teams.map((t) => teamFileName(t.id)));
  const unnamed = new Set(inFolder.filter((n) => !named.has(n)));
  if (unnamed.size === 0) return [];
  const listed = new Set(index.teams.map((t) => t.id));
  const byFile = new Map(
    [...(await onceListed(dataDir))]
      .filter(([id]) => !listed.has(id))
      .map(([teamId, schemaVersion]) => [teamFileName(teamId), { teamId, schemaVersion }] as const),
  );
  return [...unnamed].flatMap((name) => {
    const team = byFile.get(name);
    return team === undefined ? [] : [{ name, ...team }];
  });
}

/**
 * One returned team file as read, upgraded from the format it was written in as every team file of an older
 * format is (migrateTeams): its team, or why it does not load (and whether it is there at all).
 */
async function readReturned(
  dataDir: string,
  { name, teamId, schemaVersion }: { name: string; teamId: string; schemaVersion: number },
): Promise<{ team: TeamDoc } | { team?: undefined; reason: string; exists: boolean }> {
  const bytes = await readBytesIfExists(path.join(teamsDir(dataDir), name)).catch((error: unknown) => {
    if (error instanceof WrongKindError) return error;
    throw error;
  });
  const file = parseTeamFile(bytes);
  if (!file.ok) return file;
  if (schemaVersion > CURRENT_SCHEMA_VERSION)
    return { reason: `it was written by a newer version of Cadence (format ${schemaVersion})`, exists: true };
  const raw = schemaVersion < CURRENT_SCHEMA_VERSION ? migrateTeams(schemaVersion, [file])[0] : file.raw;
  const decoded = decodeTeam(raw);
  if (!decoded.ok) return { reason: decoded.reason, exists: true };
  if (decoded.team.id !== teamId) return { reason: 'it holds another team', exists: true };
  return { team: decoded.team };
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
    return this.newestWith((t) => t.id === teamId);
  }

  /** The newest backup holding the team whose file has this name (a name does not always show the id). */
  async newestHoldingFile(name: string) {
    return this.newestWith((t) => teamFileName(t.id) === name);
  }

  /** The team as the backup holds it, its running timers paused when the backup was taken (teamWithTimersPaused). */
  private async newestWith(holds: (team: TeamDoc) => boolean) {
    for (const b of await this.all()) {
      const team = b.workspace.teams.find(holds);
      if (team) return { backup: b, team: teamWithTimersPaused(team, b.createdAt) };
    }
    return null;
  }
}

type TeamRead = { ok: true; raw: unknown; text: string } | { ok: false; reason: string; exists: boolean };

/** A team file as read: its bytes, null when it is missing, or the folder that is in its place. */
type TeamBytes = Buffer | null | WrongKindError;

function parseTeamFile(bytes: TeamBytes): TeamRead {
  if (bytes === null) return { ok: false, reason: 'the file is missing', exists: false };
  if (bytes instanceof WrongKindError) return { ok: false, reason: 'it is a folder, not a file', exists: true };
  const text = bytes.toString('utf8');
  const json = parseJsonText(text);
  return json.ok ? { ok: true, raw: json.value, text } : { ok: false, reason: json.reason, exists: true };
}

/**
 * The team files, read together as bytes: a known-valid file is hashed and shelved as it is, never
 * decoded at start. Parsing is left to the caller, one team per turn of the event loop: parsing
 * megabytes of JSON is synchronous, and the host answers the page and its scripts between two files
 * instead of after all of them.
 */
function readTeamFiles(dataDir: string, index: WorkspaceIndex): Promise<TeamBytes[]> {
  return Promise.all(
    index.teams.map((t) =>
      // A folder in a team file's place is that team's unreadable file: set aside, the others open.
      readBytesIfExists(teamPath(dataDir, t.id)).catch((error: unknown) => {
        if (error instanceof WrongKindError) return error;
        throw error;
      }),
    ),
  );
}

/** The names of the `.json` files in the teams folder, sorted (none when it is missing); a file in its place stops the load. */
async function teamFolderNames(dataDir: string): Promise<string[]> {
  try {
    return (await fs.readdir(teamsDir(dataDir))).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') throw new WrongKindError(teamsDir(dataDir), 'folder');
    return [];
  }
}

/**
 * What the files of the teams folder hold, in the order of `names`: the teams that decode, and the files that
 * do not (each with why; a folder in a file's place is one of them). A file gone since the listing is neither.
 */
async function readTeamFolder(
  dataDir: string,
  names: readonly string[],
): Promise<{ found: { name: string; team: TeamDoc }[]; damaged: { name: string; reason: string }[] }> {
  const found: { name: string; team: TeamDoc }[] = [];
  const damaged: { name: string; reason: string }[] = [];
  for (const name of names) {
    const bytes = await readBytesIfExists(path.join(teamsDir(dataDir), name)).catch((error: unknown) => {
      if (error instanceof WrongKindError) return error;
      throw error;
    });
    const file = parseTeamFile(bytes);
    const decoded = file.ok ? decodeTeam(file.raw) : file;
    if (decoded.ok) found.push({ name, team: decoded.team });
    else if (file.ok || file.exists) damaged.push({ name, reason: decoded.reason });
  }
  return { found, damaged };
}

/** Where a team's file is, as a notice names it: relative to the data folder. */
function shownTeamFile(teamId: string): string {
  return path.join(TEAMS_DIR_NAME, teamFileName(teamId));
}

/**
 * When a backup was taken, as the Backups list shows it (this computer's clock, "Fri 27 Nov, 10:30:07"), so a notice
 * names the backup the person then finds there: not a UTC timestamp, hours off the list's in most of the world.
 */
function backupTaken(createdAt: string, now: Date): string {
  return formatLocalTime(createdAt, { now });
}

/** The notice for a team file that does not load, its team opened from a backup (the file kept aside, if it was). */
function openedFromBackup(
  teamName: string,
  reason: string,
  damagedFile: string | undefined,
  backup: { createdAt: string; path: string },
  now: Date,
): StoreNotice {
  return {
    kind: 'recovered',
    message: `The file of team ${quote(teamName)} could not be read (${reason}).${damagedFile ? ` It was kept as ${path.basename(damagedFile)} and` : ''} Cadence opened that team from the newest good backup, from ${backupTaken(backup.createdAt, now)}.`,
    ...(damagedFile ? { damagedFile } : {}),
    backupFile: backup.path,
  };
}

/**
 * The files as read, as parts of one workspace document: no second serialization of a large workspace,
 * and no copy of it into one buffer (the parts are written as they are).
 */
function joinedDocument(schemaVersion: number, files: readonly TeamBytes[]): Buffer[] {
  const parts: Buffer[] = [Buffer.from(`{"schemaVersion":${schemaVersion},"teams":[`)];
  files.forEach((file, i) => {
    if (i > 0) parts.push(Buffer.from(','));
    parts.push(file instanceof Buffer ? file : Buffer.from('null'));
  });
  parts.push(Buffer.from(']}'));
  return parts;
}

function migrateTeams(fromVersion: number, reads: readonly TeamRead[]): unknown[] {
  const raws = reads.map((r) => (r.ok ? r.raw : null));
  const migrated = runMigrations({ schemaVersion: fromVersion, teams: raws }, fromVersion, MIGRATIONS);
  return Array.isArray(migrated.teams) ? (migrated.teams as unknown[]) : raws;
}

async function parseEach(files: readonly TeamBytes[]): Promise<TeamRead[]> {
  const reads: TeamRead[] = [];
  for (const file of files) {
    await yieldToEventLoop();
    reads.push(parseTeamFile(file));
  }
  return reads;
}

/**
 * Loads the per-team layout; a team file that does not load is set aside (left in place when read-only)
 * and the team comes from a backup. A file whose text is known valid, with its summary known, is shelved
 * unread (loaded-teams.ts).
 *
 * A team in neither its file nor a backup is left out of the workspace, and so out of the index the store
 * writes next: the index names exactly the teams that are open. Nothing is lost by that. Cadence never
 * deletes the file (a damaged one is kept aside), and it first keeps the index as it was, flushed, as
 * `cadence.json.damaged-<time>`. A file that was only missing (a sync tool not done, a copy on its way) and is
 * back by a later start is opened again then, with a notice, because a kept copy names its team (returnedTeams).
 * Keeping the entry instead would leave an index naming a team that is not open, which nothing in the app shows
 * or can clear, and which every write would have to carry.
 */
async function loadIndexed(
  dataDir: string,
  index: WorkspaceIndex,
  backups: BackupReader,
  now: Date,
  access: Access,
): Promise<Loaded> {
  const inFolder = await teamFolderNames(dataDir);
  const files = await readTeamFiles(dataDir, index);
  if (index.schemaVersion > CURRENT_SCHEMA_VERSION) {
    const reads = await parseEach(files);
    const teams = reads.flatMap((r) => (r.ok ? [decodeTeam(r.raw)] : [])).flatMap((d) => (d.ok ? [d.team] : []));
    return {
      teams: LoadedTeams.of(teams),
      readOnly: true,
      notices: [newerNotice(index.schemaVersion)],
      filesAsLoaded: false,
      backup: null,
      ...nothingVerified(),
    };
  }
  const current = index.schemaVersion === CURRENT_SCHEMA_VERSION;
  // Only files of the current format can be known-valid; older ones are migrated and validated.
  const known: Verified = current ? await readVerified(dataDir) : new Map();
  const verified: Verified = new Map();
  // A migration works on every team at once; the current format reads a team only when it must.
  const reads = current ? null : await parseEach(files);
  const migratedTeams = reads ? migrateTeams(index.schemaVersion, reads) : null;
  const notices: StoreNotice[] = [];
  const read = new Map<string, TeamDoc>();
  const shelved = new Map<string, ShelvedTeam>();
  let damaged = false;
  let indexCopy: Promise<string | undefined> | null = null;
  for (const [i, entry] of index.teams.entries()) {
    const bytes = files[i] ?? null;
    const valid = bytes instanceof Buffer ? knownValid(known, entry.id, bytes) : null;
    if (bytes instanceof Buffer && valid) {
      verified.set(entry.id, valid);
      if (valid.summary) {
        shelved.set(entry.id, { bytes, summary: valid.summary });
        continue;
      }
    }
    // Validating a large workspace takes a while: let the host answer requests (the page, its
    // scripts) between teams instead of after all of them.
    if (i > 0) await yieldToEventLoop();
    const file = reads?.[i] ?? parseTeamFile(bytes);
    if (valid && file.ok) {
      // Known valid, but written before summaries were kept: read now, summarized from now on.
      const team = file.raw as TeamDoc;
      read.set(entry.id, team);
      verified.set(entry.id, { hash: valid.hash, summary: summarizeTeam(team) });
      continue;
    }
    const decoded = file.ok ? decodeTeam(migratedTeams ? migratedTeams[i] : file.raw) : file;
    if (decoded.ok && decoded.team.id === entry.id) {
      read.set(entry.id, decoded.team);
      // A file that is exactly the JSON of what validation gave back is known-valid from now on.
      if (file.ok && current && JSON.stringify(decoded.team) === file.text)
        verified.set(entry.id, { hash: contentHash(file.text), summary: summarizeTeam(decoded.team) });
      continue;
    }
    damaged = true;
    const reason = `${shownTeamFile(entry.id)}: ${decoded.ok ? 'it holds another team' : decoded.reason}`;
    const damagedFile =
      !file.ok && !file.exists ? undefined : await keepDamaged(access, teamPath(dataDir, entry.id), now);
    const found = await backups.newestHolding(entry.id);
    if (found) {
      read.set(entry.id, found.team);
      notices.push(openedFromBackup(found.team.name, reason, damagedFile, found.backup, now));
      continue;
    }
    // Left out of the workspace and of the next index (see above): the index as it was is kept first.
    indexCopy ??= keepIndexCopy(access, dataDir, now);
    const indexKept = await indexCopy;
    // The team's name as the verified cache recorded it (the index holds ids only), else its id.
    const name = known.get(entry.id)?.summary?.name;
    const comesBack = !file.ok && !file.exists && (indexKept !== undefined || access.readOnly);
    notices.push({
      kind: 'recovered',
      message:
        `The file of ${name === undefined ? `the team with id ${entry.id}` : `team ${quote(name)}`} could not be read (${reason}) and no backup holds that team, so it is not open.` +
        (damagedFile ? ` It was kept as ${path.basename(damagedFile)}.` : '') +
        (indexKept ? ` The list of teams as it was is kept as ${path.basename(indexKept)}.` : '') +
        (comesBack ? ' Once the file is back, Cadence opens the team again at its next start.' : ''),
      ...(damagedFile ? { damagedFile } : {}),
    });
  }
  const ids = index.teams.map((t) => t.id).filter((id) => read.has(id) || shelved.has(id));
  // Teams whose file is back (see above): opened after the teams the index names, and named from now on.
  // One that does not load is a damaged team file like any other: kept aside, named, and taken from a backup.
  let returned = 0;
  for (const returnedFile of await returnedFiles(dataDir, index, inFolder)) {
    const { teamId } = returnedFile;
    const file = await readReturned(dataDir, returnedFile);
    if (file.team) {
      read.set(teamId, file.team);
      ids.push(teamId);
      returned++;
      notices.push({
        kind: 'recovered',
        message:
          `The file of team ${quote(file.team.name)} (${shownTeamFile(teamId)}) is back. Cadence opened the team again, and lists it from now on.` +
          (returnedFile.schemaVersion < CURRENT_SCHEMA_VERSION
            ? ` The file was in format version ${returnedFile.schemaVersion}; Cadence upgraded it.`
            : ''),
      });
      continue;
    }
    if (!file.exists) continue; // gone again since the folder was listed
    const reason = `${shownTeamFile(teamId)}: ${file.reason}`;
    const found = await backups.newestHolding(teamId);
    // Taken from a backup, the team's file stays until the start writes the backup's copy over it (a copy of it
    // is kept): a crash before that write must find it again, or the team, named by no index, would be lost
    // from view. With no backup it is set aside, and the notice says how it comes back.
    const teamFile = teamPath(dataDir, teamId);
    const damagedFile = access.readOnly
      ? undefined
      : found
        ? await copyAside(teamFile, now)
        : await setAside(teamFile, now);
    const keptAs = damagedFile ? ` It was kept as ${path.basename(damagedFile)}` : '';
    const where = damagedFile ? { damagedFile } : {};
    if (found) {
      read.set(teamId, found.team);
      ids.push(teamId);
      returned++;
      notices.push({
        kind: 'recovered',
        message: `The file of team ${quote(found.team.name)} is back but could not be read (${reason}).${keptAs ? `${keptAs} and` : ''} Cadence opened that team from the newest good backup, from ${backupTaken(found.backup.createdAt, now)}.`,
        ...where,
        backupFile: found.backup.path,
      });
      continue;
    }
    notices.push({
      kind: 'recovered',
      message:
        `The file of the team with id ${teamId} is back but could not be read (${reason}) and no backup holds that team, so it is not open.` +
        (keptAs
          ? `${keptAs}; once a good copy is back as ${shownTeamFile(teamId)}, Cadence opens the team at its next start.`
          : ''),
      ...where,
    });
  }
  const migratedFrom = current ? null : index.schemaVersion;
  if (migratedFrom !== null) notices.push(migratedNotice(migratedFrom, access));
  return {
    teams: new LoadedTeams(ids, read, shelved),
    readOnly: false,
    notices,
    // Recovered, returned or migrated teams are rewritten; untouched ones are already on disk as loaded.
    filesAsLoaded: !damaged && returned === 0 && migratedFrom === null,
    backup: damaged
      ? null
      : {
          data: joinedDocument(index.schemaVersion, files),
          tag: migratedFrom ? `${BEFORE_MIGRATION_TAG}-v${migratedFrom}` : '',
        },
    verified,
    verifiedChanged: !sameEntries(known, verified),
  };
}

/** The index does not load: rebuild from the newest good backup, keeping teams whose own file is good (newer). */
async function recoverIndex(
  dataDir: string,
  reason: string,
  backups: BackupReader,
  now: Date,
  access: Access,
): Promise<Loaded> {
  // Read before anything is set aside: a teams folder of the wrong kind stops the start with the folder as it was.
  const names = await teamFolderNames(dataDir);
  const damagedFile = await keepDamaged(access, indexPath(dataDir), now);
  const keptAs = damagedFile ? ` It was kept as ${path.basename(damagedFile)}` : '';
  const backup = await backups.newest();
  const ids = new Set(backup?.workspace.teams.map((t) => t.id) ?? []);
  const fromFiles = new Map<string, TeamDoc>();
  const folder = await readTeamFolder(dataDir, names);
  for (const { team } of folder.found) fromFiles.set(team.id, team);
  const teams = [
    ...(backup?.workspace.teams.map((t) => fromFiles.get(t.id) ?? teamWithTimersPaused(t, backup.createdAt)) ?? []),
    ...[...fromFiles.values()].filter((t) => !ids.has(t.id)),
  ];
  // A team file that does not load is a damaged team file like any other: kept aside, named, and its team
  // taken from the newest backup that holds it (already among `teams` when that is the newest backup).
  const teamNotices: StoreNotice[] = [];
  const known = folder.damaged.length > 0 ? await readVerified(dataDir) : new Map<string, never>();
  for (const { name, reason: why } of folder.damaged) {
    const reason = `${path.join(TEAMS_DIR_NAME, name)}: ${why}`;
    const teamFile = await keepDamaged(access, path.join(teamsDir(dataDir), name), now);
    const found = await backups.newestHoldingFile(name);
    if (found && !fromFiles.has(found.team.id)) {
      if (!teams.some((t) => t.id === found.team.id)) teams.push(found.team);
      teamNotices.push(openedFromBackup(found.team.name, reason, teamFile, found.backup, now));
      continue;
    }
    // The team's name as the verified cache recorded it (the index is damaged), else the file's.
    const teamName = [...known].find(([id]) => teamFileName(id) === name)?.[1].summary?.name;
    teamNotices.push({
      kind: 'recovered',
      message:
        `The file of ${teamName === undefined ? 'a team' : `team ${quote(teamName)}`} could not be read (${reason}) and no backup holds that team, so it is not open.` +
        (teamFile ? ` It was kept as ${path.basename(teamFile)}.` : ''),
      ...(teamFile ? { damagedFile: teamFile } : {}),
    });
  }
  const kept = teams.length > 0 ? ' Teams whose own file was intact were kept as saved.' : '';
  const where = damagedFile ? { damagedFile } : {};
  const notice: StoreNotice = backup
    ? {
        kind: 'recovered',
        message: `The data file could not be read (${reason}).${keptAs ? `${keptAs} and` : ''} Cadence opened the newest good backup from ${backupTaken(backup.createdAt, now)}.${kept}`,
        ...where,
        backupFile: backup.path,
      }
    : {
        kind: teams.length > 0 ? 'recovered' : 'started_empty',
        message:
          teams.length > 0
            ? `The data file could not be read (${reason}) and there is no good backup.${keptAs ? `${keptAs}.` : ''}${kept}`
            : `The data file could not be read (${reason}) and there is no good backup.${keptAs ? `${keptAs}.` : ''} Cadence started with empty data.`,
        ...where,
      };
  return {
    teams: LoadedTeams.of(teams),
    readOnly: false,
    notices: [notice, ...teamNotices],
    filesAsLoaded: false,
    backup: null,
    ...nothingVerified(),
  };
}

function newerNotice(version: number): StoreNotice {
  return {
    kind: 'newer_version',
    message: `This data file was written by a newer version of Cadence (format ${version}). It is open read-only and will not be changed; upgrade Cadence to edit it.`,
  };
}

function migratedNotice(from: number, access: Access): StoreNotice {
  return {
    kind: 'migrated',
    message: access.readOnly
      ? `Your data is in format version ${from}; it was read as upgraded, and the files were left as they are (Cadence upgrades them when it opens the folder).`
      : `Your data was upgraded from format version ${from}. A copy of the old file is in the backups folder.`,
  };
}

/**
 * Reads the data dir in either layout: a whole-workspace cadence.json (format 1, or a restored
 * backup) is validated, migrated and then written as per-team files; an index loads each team file.
 */
export async function loadWorkspace(
  dataDir: string,
  backupDir: string,
  now: Date,
  access: Access = { readOnly: false },
): Promise<Loaded> {
  const backups = new BackupReader(backupDir);
  const text = await readTextIfExists(indexPath(dataDir));
  if (text === null) {
    return {
      teams: LoadedTeams.of([]),
      readOnly: false,
      notices: [],
      filesAsLoaded: false,
      backup: null,
      ...nothingVerified(),
    };
  }
  const json = parseJsonText(text);
  if (!json.ok) return recoverIndex(dataDir, json.reason, backups, now, access);
  const index = asIndex(json.value);
  if (index) return loadIndexed(dataDir, index, backups, now, access);
  // A whole-workspace document: format 1, or a backup put back in place. Decoded as a backup would be.
  const decoded = decodeWorkspace(text);
  if (decoded.kind === 'ok') {
    return {
      teams: LoadedTeams.of(decoded.workspace.teams),
      readOnly: false,
      notices: decoded.migratedFrom !== null ? [migratedNotice(decoded.migratedFrom, access)] : [],
      filesAsLoaded: false,
      backup: { data: text, tag: decoded.migratedFrom ? `${BEFORE_MIGRATION_TAG}-v${decoded.migratedFrom}` : '' },
      ...nothingVerified(),
    };
  }
  if (decoded.kind === 'newer') {
    return {
      teams: LoadedTeams.of(decoded.workspace?.teams ?? []),
      readOnly: true,
      notices: [newerNotice(decoded.version)],
      filesAsLoaded: false,
      backup: null,
      ...nothingVerified(),
    };
  }
  return recoverIndex(dataDir, decoded.reason, backups, now, access);
}
