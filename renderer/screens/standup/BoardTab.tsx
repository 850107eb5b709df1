import { useEffect, useMemo } from 'react';
import { burndown } from '../../../src/domain/board/burndown';
import { isCardOf } from '../../../src/domain/board/cards';
import { createRefilter } from '../../components/refilter';
import { usePaintedValue } from '../../components/use-painted-value';
import type { Sprint } from '../../../src/domain/planning/schema';
import type { TeamDoc } from '../../../src/domain/workspace';
import { BoardView } from './BoardView';
import { BufferGauge, sprintBuffer } from './BufferGauge';
import { BurndownChart } from './BurndownChart';
import { BOARD_KEYS, shortcutAllowed } from './shortcuts';
import { useToday } from '../../components/use-now';
import { SprintDays } from '../../components/SprintDays';
import { formatDayRange } from '../../../src/domain/shared/dates';
import { onScreen } from '../../components/dates';
import { speakerNow } from '../../../src/domain/standup/timer';

interface BoardTabProps {
  team: TeamDoc;
  sprint: Sprint;
  /**
   * Opens Log interrupt, taken by `takenBy` unless another is picked. The screen holds the dialog, not this tab:
   * another window closing the sprint takes the board away, and the interrupt being typed must stay.
   */
  onLogInterrupt: (takenBy: string | null) => void;
}

/** The active sprint's board with its interrupt lane, buffer gauge and burndown. */
export function BoardTab({ team, sprint, onLogInterrupt }: BoardTabProps) {
  // Taken by the speaker while a standup runs, as from the Standup timer tab.
  const speaker = speakerNow(team.standups);
  // The clock only moves the chart to the next day; every change to the cards shows at once.
  const today = useToday(team.settings.timeZone);
  // The sprint's cards follow the team's 10,000 items by the few a change touched (see refilter): a
  // card move filters one item, and a change outside the sprint leaves the cards (and the chart) as they are.
  const cardsOf = useMemo(() => createRefilter(isCardOf(sprint.id)), [sprint.id]);
  const cards = useMemo(() => cardsOf(team.items), [cardsOf, team.items]);
  // Formatting dates makes locale formatters: once per sprint, not on every board change.
  const days = useMemo(
    () => formatDayRange(sprint.startDate, sprint.endDate, onScreen()),
    [sprint.startDate, sprint.endDate],
  );
  // The chart follows the cards once a move is painted, in a render of its own: working out the burndown
  // (every day of the sprint, ~5 ms for a 700-card sprint) does not hold the moved card's frame back.
  const chartCards = usePaintedValue(cards);
  const chart = useMemo(
    () => burndown(chartCards, sprint, team.settings, today, team.calendar),
    [chartCards, sprint, team.settings, today, team.calendar],
  );
  // The gauge too: the buffer used changes only when an interrupt is logged, sized or removed, never on a
  // move, and summing it walks every card of the sprint (~1.5 ms a move for the bench's largest board).
  const gauge = useMemo(() => sprintBuffer(chartCards, sprint, team.settings), [chartCards, sprint, team.settings]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!shortcutAllowed(event) || event.key.toUpperCase() !== BOARD_KEYS.interrupt) return;
      event.preventDefault();
      onLogInterrupt(speaker);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onLogInterrupt, speaker]);

  return (
    <div className="board-tab">
      {/* Log interrupt on the sprint heading's line, and the goal under both: a long goal beside the button pushed
          the button to a line of its own, and the board's first cards below a 720 px projector's fold. */}
      <div className="board-tab__head">
        <div className="board-tab__title">
          <h3 className="board-tab__sprint">
            {sprint.name}{' '}
            <span className="muted">
              {days}, <SprintDays sprint={sprint} today={today} workingDays={team.settings.workingDays} />
            </span>
          </h3>
          <button
            type="button"
            className="primary"
            aria-keyshortcuts={BOARD_KEYS.interrupt}
            onClick={() => onLogInterrupt(speaker)}
          >
            Log interrupt <kbd>{BOARD_KEYS.interrupt}</kbd>
          </button>
        </div>
        {sprint.goal ? <p className="board-tab__goal">Goal: {sprint.goal}</p> : null}
      </div>
      <BufferGauge gauge={gauge} committed={sprint.commitment !== null} />
      <BoardView
        team={team}
        cards={cards}
        caption={`Board of ${sprint.name}`}
        emptyText="No cards in this sprint yet. Plan items into it on the Planning screen, or log an interrupt."
      />
      <BurndownChart data={chart} />
    </div>
  );
}
