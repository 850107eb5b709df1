import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { BacklogItemSchema, type BacklogItem, type ItemFields } from '../../src/domain/backlog/schema';
import { SprintSchema, type Sprint } from '../../src/domain/planning/schema';
import { defaultTeamSettings } from '../../src/domain/team/defaults';
import { newId } from '../../src/domain/shared/new-id';
import type { Member } from '../../src/domain/team/schema';
import {
  CURRENT_SCHEMA_VERSION,
  TeamDocSchema,
  WorkspaceSchema,
  type TeamDoc,
  type Workspace,
} from '../../src/domain/workspace';

/** Builders for test data: each fills every default through the real schemas, so fixtures stay valid. */
let seq = 0;
const nextId = (prefix: string) => `${prefix}-${++seq}`;
const T0 = '2026-11-02T09:00:00.000Z';

export function member(name: string, extra: Partial<Member> = {}): Member {
  return { id: nextId('member'), name, role: 'SRE', hoursPerDay: 6, takesOnCall: true, ...extra };
}

export function item(title: string, extra: Partial<BacklogItem> = {}): BacklogItem {
  return BacklogItemSchema.parse({ id: nextId('item'), title, type: 'story', createdAt: T0, updatedAt: T0, ...extra });
}

/** The editable fields of an item as the createItem api takes them. */
export function itemFields(title: string, extra: Record<string, unknown> = {}) {
  return {
    title,
    type: 'task',
    description: '',
    points: null,
    labels: [],
    acceptanceCriteria: [],
    links: [],
    needsChangeWindow: false,
    status: 'todo',
    readyChecks: [],
    ...extra,
  } as ItemFields;
}

export function sprint(extra: Partial<Sprint> & Pick<Sprint, 'startDate' | 'endDate'>): Sprint {
  return SprintSchema.parse({ id: nextId('sprint'), name: 'Sprint 1', createdAt: T0, ...extra });
}

export function team(name: string, extra: Partial<TeamDoc> = {}): TeamDoc {
  return TeamDocSchema.parse({
    id: nextId('team'),
    name,
    createdAt: T0,
    settings: defaultTeamSettings(newId),
    ...extra,
  });
}

export function workspace(teams: TeamDoc[]): Workspace {
  return WorkspaceSchema.parse({ schemaVersion: CURRENT_SCHEMA_VERSION, teams });
}

/** Writes a valid cadence.json into dataDir, e.g. before starting a browser-mode server in an e2e test. */
export function writeWorkspace(dataDir: string, teams: TeamDoc[]): Workspace {
  const ws = workspace(teams);
  writeFileSync(path.join(dataDir, 'cadence.json'), JSON.stringify(ws));
  return ws;
}
