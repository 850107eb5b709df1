import { usePointerSensor } from '../../../components/drag-sensors';
import {
  DndContext,
  KeyboardSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { useState } from 'react';
import type { RetroCard } from '../../../../src/domain/retro/schema';
import { topicsOf, type Topic } from '../../../../src/domain/retro/voting';
import type { PhaseProps } from '../PhaseView';
import { useRetroOp } from '../use-retro';
import { flatTranslate } from '../../../components/flat-translate';
import { byId, focusSoon } from '../../../components/focus-soon';
import { isEnterToAct } from '../../../app/keyboard';
import { NoCards } from './VotePhase';
import { shortenText } from '../../../../src/domain/shared/cut-text';
import { quote } from '../../../../src/domain/shared/words';
import { cardNames, topicOptionNames } from '../../../../src/domain/retro/names-apart';

type Op = ReturnType<typeof useRetroOp>;

const screenReaderInstructions = {
  draggable:
    'To group a card, press Space to pick it up, move it onto another card or group with the arrow keys, and press ' +
    'Space to drop it; Escape cancels. Or use the “Group with” list next to the card.',
};

/** A title cut for an option of a list; a control's name (read, not shown) has the whole text. */
function short(text: string): string {
  return shortenText(text, 40);
}

/**
 * A grouped or ungrouped card moves to another topic (and the button pressed goes with the old one): the
 * focus follows the card to its drag handle in its new place.
 */
const focusCard = (cardId: string) =>
  focusSoon(() => document.querySelector(`[data-group-card="${CSS.escape(cardId)}"] .drag-handle`));

/**
 * A card to group; `name` is its quoted text, told apart from a card with the same words (cardNames), and `options`
 * each topic's words in the "Group with" list (topicOptionNames).
 */
function DraggableCard({
  card,
  name,
  topics,
  options,
  op,
}: {
  card: RetroCard;
  name: string;
  topics: Topic[];
  options: ReadonlyMap<string, string>;
  op: Op;
}) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: `drag:${card.id}` });
  const [onto, setOnto] = useState('');
  const own = card.groupId ?? card.id;
  const targets = topics.filter((t) => t.id !== own);
  const selectId = `group-with-${card.id}`;
  return (
    <div
      ref={setNodeRef}
      data-group-card={card.id}
      className={`retro-card retro-card--draggable${isDragging ? ' is-dragging' : ''}`}
      style={{ transform: flatTranslate(transform) }}
    >
      <button type="button" className="drag-handle" {...listeners} {...attributes}>
        <span aria-hidden="true">⠿ Drag</span>
        <span className="sr-only">Drag card {name}</span>
      </button>
      <span className="retro-card__text">{card.text}</span>
      <span className="retro-card__tools">
        {targets.length > 0 ? (
          <>
            <label htmlFor={selectId} className="sr-only">
              Group {name} with
            </label>
            <select id={selectId} value={onto} onChange={(e) => setOnto(e.target.value)}>
              <option value="">Group with…</option>
              {targets.map((t) => (
                <option key={t.id} value={t.id}>
                  {options.get(t.id) ?? short(t.title)}
                </option>
              ))}
            </select>
            <button
              type="button"
              disabled={!onto}
              onClick={() => {
                void op('groupRetroCard', { cardId: card.id, ontoId: onto }).then((done) => {
                  if (!done) return;
                  setOnto('');
                  focusCard(card.id);
                });
              }}
            >
              <span aria-hidden="true">Group</span>
              <span className="sr-only">Group {name}</span>
            </button>
          </>
        ) : null}
        {card.groupId ? (
          <button
            type="button"
            onClick={() =>
              void op('ungroupRetroCard', { cardId: card.id }).then((done) => {
                if (done) focusCard(card.id);
              })
            }
          >
            <span aria-hidden="true">Ungroup</span>
            <span className="sr-only">Ungroup {name}</span>
          </button>
        ) : null}
      </span>
    </div>
  );
}

function GroupHeader({
  topic,
  groups,
  options,
  op,
  title,
}: {
  topic: Topic;
  groups: Topic[];
  options: ReadonlyMap<string, string>;
  op: Op;
  title: string;
}) {
  const [draft, setDraft] = useState(title);
  const [shown, setShown] = useState(title);
  if (title !== shown) {
    // The title changed under the field (a merge kept the other group's title): show it, unless something else
    // is being typed, so leaving the field does not save the old text over it.
    setShown(title);
    if (draft === shown) setDraft(title);
  }
  const [into, setInto] = useState('');
  const others = groups.filter((g) => g.id !== topic.id);
  const saveTitle = () => {
    if (draft !== title) void op('titleRetroGroup', { groupId: topic.id, title: draft });
  };
  return (
    <div className="group-header">
      <label htmlFor={`title-${topic.id}`}>Group title</label>
      <input
        id={`title-${topic.id}`}
        value={draft}
        placeholder={topic.cards[0]?.text}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={saveTitle}
        onKeyDown={(e) => {
          if (isEnterToAct(e)) saveTitle();
        }}
      />
      {others.length > 0 ? (
        <span className="group-header__merge">
          <label htmlFor={`merge-${topic.id}`} className="sr-only">
            Merge group {quote(topic.title)} into
          </label>
          <select id={`merge-${topic.id}`} value={into} onChange={(e) => setInto(e.target.value)}>
            <option value="">Merge into…</option>
            {others.map((g) => (
              <option key={g.id} value={g.id}>
                {options.get(g.id) ?? short(g.title)}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={!into}
            onClick={() => {
              // This group's header goes: the focus moves to the title of the group it merged into.
              void op('mergeRetroGroups', { groupId: topic.id, intoId: into }).then((done) => {
                if (!done) return;
                setInto('');
                focusSoon(byId(`title-${into}`));
              });
            }}
          >
            {/* Each group has one: its name says which group it merges, as its list's label does. */}
            <span aria-hidden="true">Merge</span>
            <span className="sr-only">Merge group {quote(topic.title)}</span>
          </button>
        </span>
      ) : null}
    </div>
  );
}

function TopicDrop({
  topic,
  topics,
  groups,
  op,
  retroGroupTitle,
  names,
  options,
}: {
  topic: Topic;
  topics: Topic[];
  groups: Topic[];
  op: Op;
  retroGroupTitle: string;
  names: ReadonlyMap<string, string>;
  options: ReadonlyMap<string, string>;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: `drop:${topic.id}` });
  return (
    <li
      ref={setNodeRef}
      className={`topic topic--${topic.kind}${isOver ? ' is-over' : ''}`}
      aria-label={topic.kind === 'group' ? `Group: ${topic.title}` : undefined}
    >
      {topic.kind === 'group' ? (
        <GroupHeader topic={topic} groups={groups} options={options} op={op} title={retroGroupTitle} />
      ) : null}
      {topic.cards.map((card) => (
        <DraggableCard
          key={card.id}
          card={card}
          name={names.get(card.id) ?? quote(card.text)}
          topics={topics}
          options={options}
          op={op}
        />
      ))}
    </li>
  );
}

export function GroupPhase({ retro }: PhaseProps) {
  const op = useRetroOp(retro.id);
  const sensors = useSensors(usePointerSensor(), useSensor(KeyboardSensor));
  const topics = topicsOf(retro);
  const groups = topics.filter((t) => t.kind === 'group');
  const names = cardNames(retro.cards, retro.columns);
  const options = topicOptionNames(topics, retro.columns, short);

  const cardText = (id: UniqueIdentifier) => short(retro.cards.find((c) => `drag:${c.id}` === id)?.text ?? 'card');
  const topicTitle = (id: UniqueIdentifier) => short(topics.find((t) => `drop:${t.id}` === id)?.title ?? 'a topic');
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up card ${quote(cardText(active.id))}.`,
    onDragOver: ({ active, over }) =>
      over
        ? `Card ${quote(cardText(active.id))} is over ${quote(topicTitle(over.id))}.`
        : `Card ${quote(cardText(active.id))} is over nothing.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `Card ${quote(cardText(active.id))} dropped onto ${quote(topicTitle(over.id))}.`
        : `Card ${quote(cardText(active.id))} dropped.`,
    onDragCancel: ({ active }) => `Moving card ${quote(cardText(active.id))} was cancelled.`,
  };

  const onDragEnd = (event: DragEndEvent) => {
    const cardId = String(event.active.id).replace(/^drag:/, '');
    const ontoId = event.over ? String(event.over.id).replace(/^drop:/, '') : null;
    const card = retro.cards.find((c) => c.id === cardId);
    if (!card || !ontoId || ontoId === cardId || ontoId === card.groupId) return;
    // The card is drawn anew in its group once the change is saved, after dnd-kit has given its handle the focus
    // back: the focus follows it there, as after "Group with", rather than falling to the page.
    void op('groupRetroCard', { cardId, ontoId }).then((done) => {
      if (done) focusCard(cardId);
    });
  };

  if (topics.length === 0) return <NoCards />;
  return (
    <div>
      <p className="muted">
        Drag a card onto another card or group (or use “Group with…”). Give groups a title; merge two groups; ungroup a
        card to take it out.
      </p>
      <DndContext sensors={sensors} onDragEnd={onDragEnd} accessibility={{ announcements, screenReaderInstructions }}>
        <div className="retro-columns">
          {retro.columns.map((col) => (
            <section key={col.id} className="retro-column" aria-labelledby={`gcol-${col.id}`}>
              <h4 id={`gcol-${col.id}`}>{col.title}</h4>
              <ul className="topic-list">
                {topics
                  .filter((t) => t.columnId === col.id)
                  .map((t) => (
                    <TopicDrop
                      key={t.id}
                      topic={t}
                      topics={topics}
                      groups={groups}
                      op={op}
                      retroGroupTitle={retro.groups.find((g) => g.id === t.id)?.title ?? ''}
                      names={names}
                      options={options}
                    />
                  ))}
              </ul>
            </section>
          ))}
        </div>
      </DndContext>
    </div>
  );
}
