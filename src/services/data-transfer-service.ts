import { DomainError } from '../domain/shared/errors';
import { machineTimeZone } from '../domain/shared/time-zone';
import { dateInZone } from '../domain/shared/zoned-time';
import type { Workspace } from '../domain/workspace';
import type { ServiceContext } from './context';
import { replaceWorkspace } from './data-backup-service';
import type { ImportPreview, ReplaceResult, WorkspaceExport } from './data-types';

/**
 * The whole workspace as one JSON file, in the same format as cadence.json, so it can be imported anywhere;
 * named by this computer's day (the workspace holds teams of many zones; the file is this machine's).
 */
export function exportWorkspace(ctx: ServiceContext): WorkspaceExport {
  const day = dateInZone(ctx.now().getTime(), machineTimeZone());
  return { fileName: `cadence-workspace-${day}.json`, content: JSON.stringify(ctx.store.snapshot(), null, 2) };
}

function refuse(message: string): DomainError {
  return new DomainError('invalid_input', `${message} Nothing was changed.`, [{ path: 'content', message }]);
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
    throw refuse(`This is not a Cadence workspace export: ${decoded.reason}.`);
  }
  const seenIds = new Set<string>();
  const seenNames = new Set<string>();
  for (const team of decoded.workspace.teams) {
    if (seenIds.has(team.id)) throw refuse(`The file lists the team id ${team.id} twice.`);
    const name = team.name.toLowerCase();
    if (seenNames.has(name)) throw refuse(`The file has two teams named "${team.name}".`);
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

/** Replaces the whole workspace with the file's content, after a backup of the current data; all or nothing. */
export async function importWorkspace(ctx: ServiceContext, input: { content: string }): Promise<ReplaceResult> {
  const { workspace } = validateImport(ctx, input.content);
  return replaceWorkspace(ctx, workspace, 'before-import');
}
