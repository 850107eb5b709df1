import { carriedHint, DECIDED_WORDS, openActionsFor } from '../../../../src/domain/retro/carry-over';
import { ACTION_TYPE_NAMES, type ActionOutcome } from '../../../../src/domain/retro/schema';
import type { PhaseProps } from '../PhaseView';
import { memberNames } from '../../../../src/domain/team/member-name';
import { actionOwnerName } from '../../../../src/domain/retro/people-words';
import { retroNames } from '../../../../src/domain/retro/retro-names';
import { useRetroOp } from '../use-retro';
import { formatDay } from '../../../../src/domain/shared/dates';
import { onScreen } from '../../../components/dates';
import { openActionNames } from '../../../../src/domain/retro/names-apart';

/**
 * Each outcome's short word on the button, and its name for a screen reader, which says which action it decides
 * (`action`: its quoted name, from openActionNames).
 */
const OUTCOMES: { value: ActionOutcome; label: string; named: (action: string) => string }[] = [
  { value: 'done', label: 'Done', named: (action) => `Mark ${action} done` },
  { value: 'carried', label: 'Carry over', named: (action) => `Carry over ${action}` },
  { value: 'dropped', label: 'Drop', named: (action) => `Drop ${action}` },
];

export function OpenActionsPhase({ retro, team }: PhaseProps) {
  const op = useRetroOp(retro.id);
  // Each earlier retro named as the retro list names it: two "Weekly retro"s are told apart by their day.
  const entries = openActionsFor(team.retros, retro, retroNames(team.retros, team.settings.timeZone, onScreen()));
  const name = memberNames(team.members);
  const actionNames = openActionNames(
    entries.map((e) => ({ actionId: e.action.id, text: e.action.text, retroTitle: e.retroTitle })),
  );
  const nameOf = (actionId: string) => actionNames.get(actionId) ?? '';
  if (entries.length === 0) return <p className="empty">No open actions from earlier retros.</p>;
  const decided = entries.filter((e) => e.outcome).length;
  return (
    <div>
      <p className="muted">
        {decided} of {entries.length} reviewed. Carried-over actions stay open for the next retro.
      </p>
      <p className="muted">Press a chosen outcome again to set the action back to not reviewed.</p>
      <ul className="open-actions">
        {entries.map(({ action, retroTitle, retroId, outcome, laterDecision, timesCarried }) => (
          <li key={action.id} className="panel open-action">
            <div>
              <p className="open-action__text">{action.text}</p>
              <p className="muted">
                From {retroTitle} · {actionOwnerName(action.ownerId, name)}
                {action.dueDate ? ` · due ${formatDay(action.dueDate, onScreen())}` : ''} ·{' '}
                {ACTION_TYPE_NAMES[action.type]}
                {action.ticketKey ? ` · ${action.ticketKey}` : ''}
                {timesCarried > 0 ? ` · ${carriedHint(timesCarried)}` : ''}
              </p>
              {laterDecision ? (
                <p className="muted">
                  {laterDecision.retroTitle}, a later retro, {DECIDED_WORDS[laterDecision.outcome]}: that decision
                  stands.
                </p>
              ) : null}
            </div>
            <div className="row-actions" role="group" aria-label={`Outcome of ${nameOf(action.id)}`}>
              {OUTCOMES.map((o) => (
                <button
                  key={o.value}
                  type="button"
                  aria-pressed={outcome === o.value}
                  // A toggle: the outcome chosen, pressed again, takes the decision back (a click by mistake).
                  onClick={() =>
                    void op('reviewRetroAction', {
                      fromRetroId: retroId,
                      actionId: action.id,
                      outcome: outcome === o.value ? null : o.value,
                    })
                  }
                >
                  <span aria-hidden="true">{o.label}</span>
                  <span className="sr-only">{o.named(nameOf(action.id))}</span>
                </button>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
