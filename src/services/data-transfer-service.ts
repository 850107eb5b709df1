import { unrevealedSecrets, withoutLostVotes } from '../domain/room/redact';
import { DomainError } from '../domain/shared/errors';
import { fileSize } from '../domain/shared/file-size';
import { nameKey } from '../domain/shared/name-key';
import { isPlainObject } from '../domain/shared/plain-object';
import { RETRO_EXPORT_FORMAT } from '../domain/retro/export/json';
import { REPORT_EXPORT_FORMAT } from '../domain/review/report-json';
import { machineTimeZone } from '../domain/shared/time-zone';
import { dateInZone } from '../domain/shared/zoned-time';
import type { Workspace } from '../domain/workspace';
import type { ServiceContext } from './context';
import { replaceWorkspace, withTimersPaused } from './data-backup-service';
import { fitsWorkspaceFile, MAX_WORKSPACE_FILE_BYTES } from '../domain/shared/workspace-file-bound';
import type { ImportPreview, ReplaceResult, WorkspaceExport } from './data-types';
import { quote } from '../domain/shared/words';

/** How many unrevealed things a refused export names before "and N more". */
const SECRETS_NAMED = 3;

/**
 * The export goes to the shared screen's page, which never holds what the room keeps hidden until reveal.
 * It is refused rather than redacted: it is the copy people keep and import elsewhere, and one quietly
 * missing hidden cards, phone dots or poker votes would lose them on the day it is restored.
 */
function refuseUnrevealed(workspace: Workspace): void {
  const secrets = workspace.teams.flatMap(unrevealedSecrets);
  if (secrets.length === 0) return;
  const named = secrets.slice(0, SECRETS_NAMED).join('; ');
  const more = secrets.length > SECRETS_NAMED ? `; and ${secrets.length - SECRETS_NAMED} more` : '';
  throw new DomainError(
    'conflict',
    `The export is a full copy of your data, so it waits until what the room keeps hidden is revealed: ` +
      `${named}${more}. Reveal the cards, end the voting or reveal the poker votes, then export again. ` +
      'Everything stays saved on this computer meanwhile.',
  );
}

/**
 * The whole workspace as one JSON file, in the same format as cadence.json (plus the time it was exported, which
 * a load ignores), so it can be imported anywhere;
 * named by this computer's day (the workspace holds teams of many zones; the file is this machine's). Compact,
 * as the team files are: indentation made the large bench workspace 33 MB, where 19 MB holds the same.
 */
export function exportWorkspace(ctx: ServiceContext, bound: number = MAX_WORKSPACE_FILE_BYTES): WorkspaceExport {
  const workspace = ctx.store.snapshot();
  refuseUnrevealed(workspace);
  const now = ctx.now();
  const day = dateInZone(now.getTime(), machineTimeZone());
  // First, so an import finds it without parsing the file twice (exportTimeOf); older files have none.
  const content = JSON.stringify({
    exportedAt: now.toISOString(),
    ...workspace,
    teams: workspace.teams.map(withoutLostVotes),
  });
  if (!fitsWorkspaceFile(content, bound)) refuseTooLarge(ctx, content, bound);
  return { fileName: `cadence-workspace-${day}.json`, content };
}

/**
 * An export larger than an import takes is refused, rather than saved as a file Cadence would then refuse to
 * import (the bound is the import's: domain/shared/workspace-file-bound.ts). The data folder itself holds the same data and
 * moves whole.
 */
function refuseTooLarge(ctx: ServiceContext, content: string, bound: number): never {
  throw new DomainError(
    'too_large',
    `This workspace is too large to export as one file: it would be ${fileSize(Buffer.byteLength(content))}, and ` +
      `Cadence imports workspace files of up to ${fileSize(bound)}. Everything stays saved on this computer, ` +
      `with its automatic backups. To move the workspace to another computer, close Cadence and copy the data ` +
      `folder (${ctx.store.dataDir}) as it is; to make the export smaller, delete teams, sprints or retros ` +
      'you no longer need.',
  );
}

function refuse(message: string): DomainError {
  return new DomainError('invalid_input', `${message} Nothing was changed.`, [{ path: 'content', message }]);
}

const EXPORT_WORKSPACE = '"Export workspace (JSON)"';

/**
 * What a Cadence file picked here by mistake is, and where it goes: a retro export, a sprint report, or the data
 * folder's cadence.json or one of its team files (the Data screen names them), which decode only as "the wrong
 * shape". Null for anything else.
 */
function otherCadenceFile(content: string): string | null {
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch {
    return null;
  }
  if (!isPlainObject(raw)) return null;
  if (raw.format === RETRO_EXPORT_FORMAT) {
    return 'This is a retro exported from Cadence, not a workspace export: import it on the Retro screen with "Import retro (JSON)".';
  }
  if (raw.format === REPORT_EXPORT_FORMAT) {
    return `This is a sprint report exported from Cadence, to read: it holds no data to import. Import a file made with ${EXPORT_WORKSPACE}.`;
  }
  if (typeof raw.schemaVersion === 'number' && 'layout' in raw) {
    return (
      'This is cadence.json, the list of teams in a data folder: it holds no team data. ' +
      `Import a file made with ${EXPORT_WORKSPACE}, or restore one of the backups.`
    );
  }
  if (isTeamFile(raw)) {
    return (
      'This is one team’s file from the teams folder of a data folder, not a workspace export: Cadence reads it ' +
      `only with the rest of its folder. Import a file made with ${EXPORT_WORKSPACE} on the computer that has the ` +
      'team, or restore one of the backups.'
    );
  }
  return null;
}

/** A team's own file, as the data folder's teams folder holds it (the Data screen names that folder): no version. */
function isTeamFile(raw: Record<string, unknown>): boolean {
  return (
    !('schemaVersion' in raw) && typeof raw.id === 'string' && Array.isArray(raw.members) && isPlainObject(raw.settings)
  );
}

/** Validates a whole import before anything is applied: format, version, every field, unique teams. */
function validateImport(ctx: ServiceContext, content: string): { workspace: Workspace; migratedFrom: number | null } {
  const decoded = ctx.store.decode(content);
  if (decoded.kind === 'newer') {
    throw refuse(
      `This file was exported by a newer version of Cadence (format ${decoded.version}); upgrade to import it.`,
    );
  }
  if (decoded.kind === 'damaged') {
    throw refuse(otherCadenceFile(content) ?? `This is not a Cadence workspace export: ${decoded.reason}.`);
  }
  const seenIds = new Set<string>();
  const seenNames = new Set<string>();
  for (const team of decoded.workspace.teams) {
    if (seenIds.has(team.id)) throw refuse(`The file lists the team id ${team.id} twice.`);
    const name = nameKey(team.name);
    if (seenNames.has(name)) throw refuse(`The file has two teams named ${quote(team.name)}.`);
    seenIds.add(team.id);
    seenNames.add(name);
  }
  return decoded;
}

export function previewImport(ctx: ServiceContext, input: { content: string }): ImportPreview {
  const { workspace, migratedFrom } = validateImport(ctx, input.content);
  return {
    migratedFrom,
    teams: workspace.teams.map((t) => ({ name: t.name, members: t.members.length, items: t.items.length })),
  };
}

/**
 * When the file was exported: the `exportedAt` an export writes as its first key, or '' for a file without one
 * (exported before it was written, or a data file or backup imported as an export). Read from the file's start,
 * so a file of 100 MB is not parsed a second time for it.
 */
function exportTimeOf(content: string): string {
  return /^\s*\{\s*"exportedAt"\s*:\s*"([^"\\]{1,64})"/.exec(content)?.[1] ?? '';
}

/**
 * Replaces the whole workspace with the file's content, after a backup of the current data; all or nothing.
 * Timers that ran when the file was exported come in paused with the time they had left (withTimersPaused).
 */
export async function importWorkspace(ctx: ServiceContext, input: { content: string }): Promise<ReplaceResult> {
  const { workspace } = validateImport(ctx, input.content);
  return replaceWorkspace(ctx, withTimersPaused(workspace, exportTimeOf(input.content)), 'before-workspace-import');
}
