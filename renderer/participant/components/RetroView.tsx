/** @jsxImportSource preact */
import { useRef } from 'preact/hooks';
import type { RetroFocus } from '../../../src/domain/room/protocol';
import type { Drafts } from '../stored';
import { DotVoting } from './DotVoting';
import { HealthCheckIn } from './HealthCheckIn';
import { RetroColumn } from './RetroColumn';
import { VIEW_HEADING } from './use-focus-kept';
import type { Send } from './send';

/** A retro: the check-in and dot voting when open, writing cards per column, and the cards after reveal. */
export function RetroView({ focus, send, drafts }: { focus: RetroFocus; send: Send; drafts: Drafts }) {
  const writing = focus.phase === 'write';
  const heading = useRef<HTMLHeadingElement>(null);
  const showColumns = writing || focus.revealed || focus.cards.length > 0;
  return (
    <section class="stack" aria-labelledby="retro-title">
      <h2 ref={heading} id="retro-title" {...VIEW_HEADING}>
        {focus.title}
      </h2>
      <p class="phase">Phase: {focus.phaseName}</p>
      {writing && <p class="notice">Cards are anonymous: nobody sees who wrote them.</p>}
      {/* The phase's own action (the check-in, the dots) comes first: on a phone the cards would push it a
          screen or more down. */}
      {/* Kept in place after the check-in, so scores picked and not sent stay on screen, marked as not counted. */}
      <HealthCheckIn
        key={focus.retroId}
        retroId={focus.retroId}
        checkIn={focus.checkIn}
        send={send}
        drafts={drafts}
        onDiscarded={() => heading.current?.focus()}
      />
      {focus.voting && <DotVoting retroId={focus.retroId} voting={focus.voting} send={send} />}
      {showColumns
        ? focus.columns.map((column) => (
            <RetroColumn
              key={`${focus.retroId}:${column.id}`}
              retroId={focus.retroId}
              column={column}
              cards={focus.cards.filter((card) => card.columnId === column.id && (focus.revealed || card.mine))}
              count={focus.counts[column.id] ?? 0}
              writing={writing}
              revealed={focus.revealed}
              send={send}
              drafts={drafts}
            />
          ))
        : !focus.voting && !focus.checkIn && <p class="big">Follow the facilitator on the shared screen.</p>}
    </section>
  );
}
