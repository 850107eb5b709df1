import type { IncidentFields, Retro } from '../domain/retro/schema';
import type { TeamDoc } from '../domain/workspace';
import { DomainError, invalid, notFound } from '../domain/shared/errors';
import { newId } from '../domain/shared/ids';
import type { ServiceContext } from './context';
import { changeRetro } from './retro-common';
import { withTimelineEntry, withTimelineEntryEdited, type TimelineFields } from '../domain/retro/timeline';

type Ref = { teamId: string; retroId: string };

function requirePostmortem(r: Retro): void {
  if (r.kind !== 'postmortem') throw new DomainError('conflict', 'Only a postmortem has an incident and a timeline.');
}

/** Who may hold each of the incident's roles, named as the incident form names them. */
const ROLES = [
  ['commanderId', 'The incident commander'],
  ['scribeId', 'The scribe'],
] as const;

/**
 * The commander and the scribe are members of the team. One the incident already names is kept though they have
 * left the team since: the form sends them back as they were (shown as a former member), and refusing them would
 * make the incident impossible to save.
 */
function checkRoles(r: Retro, team: TeamDoc, incident: IncidentFields): void {
  for (const [field, role] of ROLES) {
    const id = incident[field];
    if (id === null || id === r.incident?.[field] || team.members.some((m) => m.id === id)) continue;
    throw invalid(`incident.${field}`, `${role} is not a member of this team.`);
  }
}

export function updateIncident(ctx: ServiceContext, input: Ref & { incident: IncidentFields }): Promise<Retro> {
  return changeRetro(ctx, input.teamId, input.retroId, (r, team) => {
    requirePostmortem(r);
    checkRoles(r, team, input.incident);
    return { ...r, incident: input.incident };
  });
}

export function addTimelineEntry(ctx: ServiceContext, input: Ref & TimelineFields): Promise<Retro> {
  return changeRetro(ctx, input.teamId, input.retroId, (r) => {
    requirePostmortem(r);
    const entry = { id: newId(), at: input.at, event: input.event, link: input.link };
    return { ...r, timeline: withTimelineEntry(r.timeline, entry) };
  });
}

/** Fixes an event's time, text or link; it keeps its id, and its place follows its time. */
export function editTimelineEntry(
  ctx: ServiceContext,
  input: Ref & TimelineFields & { entryId: string },
): Promise<Retro> {
  return changeRetro(ctx, input.teamId, input.retroId, (r) => {
    requirePostmortem(r);
    const { at, event, link } = input;
    return { ...r, timeline: withTimelineEntryEdited(r.timeline, input.entryId, { at, event, link }) };
  });
}

export function deleteTimelineEntry(ctx: ServiceContext, input: Ref & { entryId: string }): Promise<Retro> {
  return changeRetro(ctx, input.teamId, input.retroId, (r) => {
    requirePostmortem(r);
    if (!r.timeline.some((t) => t.id === input.entryId)) throw notFound('The timeline entry');
    return { ...r, timeline: r.timeline.filter((t) => t.id !== input.entryId) };
  });
}
