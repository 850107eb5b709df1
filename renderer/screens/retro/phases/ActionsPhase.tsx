import { topicsOf } from '../../../../src/domain/retro/voting';
import { actionsSummary } from '../../../../src/domain/retro/actions-said';
import { ActionForm } from '../ActionForm';
import { ActionList } from '../ActionList';
import type { PhaseProps } from '../PhaseView';
import { useRetroOp } from '../use-retro';

export function ActionsPhase({ retro, team }: PhaseProps) {
  const op = useRetroOp(retro.id);
  const topics = topicsOf(retro);
  return (
    <div>
      <p className="muted">{actionsSummary(retro.actions)}</p>
      <ActionList actions={retro.actions} members={team.members} topics={topics} op={op} />
      <section className="panel" aria-labelledby="new-action-title">
        <h4 id="new-action-title">New action item</h4>
        <ActionForm idPrefix="action" members={team.members} op={op} topics={topics} />
      </section>
    </div>
  );
}
