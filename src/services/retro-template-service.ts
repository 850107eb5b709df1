import type { RetroColumn, RetroTemplate } from '../domain/retro/schema';
import { columnIssues, templateNameRefusal } from '../domain/retro/templates';
import { DomainError } from '../domain/shared/errors';
import { newId } from '../domain/shared/ids';
import type { ServiceContext } from './context';
import { findIn, findTeam, teamOf } from './lookup';

export async function saveRetroTemplate(
  ctx: ServiceContext,
  input: { teamId: string; name: string; columns: RetroColumn[] },
): Promise<RetroTemplate> {
  const team = teamOf(ctx.store.snapshot(), input.teamId);
  const refusal = templateNameRefusal(input.name, team.retroTemplates);
  if (refusal) throw new DomainError('conflict', refusal);
  const issues = columnIssues(input.columns);
  const [first] = issues;
  if (first) throw new DomainError('invalid_input', first.message, issues);
  const template: RetroTemplate = {
    id: newId(),
    name: input.name,
    columns: input.columns,
    createdAt: ctx.now().toISOString(),
  };
  await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    findTeam(draft.teams, input.teamId).retroTemplates.push(template);
  });
  return template;
}

export async function deleteRetroTemplate(
  ctx: ServiceContext,
  input: { teamId: string; templateId: string },
): Promise<{ templateId: string }> {
  findIn(teamOf(ctx.store.snapshot(), input.teamId).retroTemplates, input.templateId, 'The template');
  await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const team = findTeam(draft.teams, input.teamId);
    team.retroTemplates = team.retroTemplates.filter((t) => t.id !== input.templateId);
  });
  return { templateId: input.templateId };
}
