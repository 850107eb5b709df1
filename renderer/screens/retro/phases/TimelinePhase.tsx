import { quote } from '../../../../src/domain/shared/words';
import { useMemo, useRef, useState } from 'react';
import type { PhaseProps } from '../PhaseView';
import { isoToUtcInput, useRetroOp } from '../use-retro';
import { formatUtcTime } from '../../../../src/domain/shared/dates';
import { onScreen } from '../../../components/dates';
import { focusSoon } from '../../../components/focus-soon';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import type { TimelineEntry } from '../../../../src/domain/retro/schema';
import { inTimeOrder } from '../../../../src/domain/retro/timeline';
import { isHttpUrl } from '../../../../src/domain/backlog/schema';
import { neighbourOf } from '../../../../src/domain/shared/neighbour';
import { busyButton } from '../../../components/use-submit-once';
import { leaveAllowed } from '../../../store/leave-guard';
import { useTypedWordsKept } from '../use-typed-words-kept';
import { typedSince } from '../typed-since';
import { timelineFieldsFrom, type EventRefusal, type TypedEvent } from '../timeline-fields';
import { TimelineEventEditor } from '../TimelineEventEditor';
import { TimelineEventFields } from '../TimelineEventFields';

const ADD_LABELS = { at: 'Time (UTC)', event: 'Event', link: 'Link (optional)' };

export function TimelinePhase({ retro }: PhaseProps) {
  const op = useRetroOp(retro.id);
  // A file from an older version (which sorted the times as text) or a merge may hold the events out of order:
  // shown, they are in time order always, as the exports list them.
  const timeline = useMemo(() => inTimeOrder(retro.timeline), [retro.timeline]);
  const [typed, setTyped] = useState<TypedEvent>(() => ({
    at: isoToUtcInput(retro.incident?.startedAt ?? null),
    event: '',
    link: '',
  }));
  const [refusal, setRefusal] = useState<EventRefusal | null>(null);
  const [deleting, setDeleting] = useState<TimelineEntry | null>(null);
  // The event whose time and text are being fixed in place; one at a time.
  const [editing, setEditing] = useState<string | null>(null);
  /** Discarded, the event's words go; the time stays, as the next event is often near it (as after one is added). */
  const clearTyped = () => {
    setTyped((now) => ({ ...now, event: '', link: '' }));
    setRefusal(null);
  };
  // An event half typed is not dropped by a phase change or a switch without a question (one on its way to be
  // saved holds the switch until it is in, and stays here if refused); an event's Edit leaves the form on the screen.
  const { busy, once, untilSaved, question } = useTypedWordsKept(
    typed.event.trim() !== '' || typed.link.trim() !== '',
    'the new event',
    clearTyped,
  );
  const list = useRef<HTMLOListElement>(null);
  const eventField = useRef<HTMLInputElement>(null);
  const button = (entryId: string, which: 'edit' | 'delete') => () =>
    list.current?.querySelector(`[data-entry-id="${CSS.escape(entryId)}"] [data-${which}-event]`);

  /** Another event's Edit while one is open: the open one closes first (asking, when it holds changes). */
  const startEditing = (entryId: string) => {
    const open = () => setEditing(entryId);
    if (leaveAllowed(open, 'editor')) open();
  };
  /** Saved or not, the event's Edit button takes the focus back, wherever its time put it. */
  const stopEditing = (entryId: string) => {
    setEditing(null);
    focusSoon(button(entryId, 'edit'));
  };

  /** The deleted event's Delete button goes: the focus moves to the next event's, else the one before, else Event. */
  const deleteEntry = (entryId: string) => {
    const neighbour = neighbourOf(timeline, entryId);
    setDeleting(null);
    void op('deleteTimelineEntry', { entryId }).then((done) => {
      if (!done) return;
      focusSoon(neighbour ? button(neighbour.id, 'delete') : () => eventField.current);
    });
  };

  // A double click or Enter pressed twice adds the event once.
  const submit = once(async () => {
    // The suggested time, left as it is, is the incident's start to the second.
    const checked = timelineFieldsFrom(typed, retro.incident?.startedAt ?? null);
    if (!checked.ok) {
      // Its field shows the message and takes the focus (Field does both).
      setRefusal(checked);
      return;
    }
    setRefusal(null);
    if (await untilSaved(op('addTimelineEntry', checked.value))) {
      // The form keeps what was typed after the event sent (the next one, begun while this one was on its way).
      setTyped((now) => ({
        ...now,
        event: typedSince(now.event, typed.event),
        link: typedSince(now.link, typed.link),
      }));
      setRefusal(null);
    }
  });

  /** An event's words, and its time too when another event has the same words, so its buttons' names differ. */
  const named = (t: TimelineEntry) =>
    timeline.some((x) => x.id !== t.id && x.event === t.event)
      ? `${t.event} at ${formatUtcTime(t.at, onScreen())}`
      : t.event;

  return (
    <div>
      {timeline.length === 0 ? (
        <p className="empty">No events yet. Start with detection: when and how did we notice?</p>
      ) : (
        <ol ref={list} className="timeline" aria-label="Timeline events">
          {timeline.map((t) =>
            editing === t.id ? (
              <li key={t.id} data-entry-id={t.id} className="timeline__editing">
                <TimelineEventEditor entry={t} op={op} onDone={() => stopEditing(t.id)} />
              </li>
            ) : (
              <li key={t.id} data-entry-id={t.id}>
                <time dateTime={t.at}>{formatUtcTime(t.at, onScreen())}</time>
                <span className="timeline__event">{t.event}</span>
                {/* A web address as a link; anything else (an imported file's "file:" or "javascript:") as text, as
                    the exports write it: the form takes web addresses only, an import is not checked that way. */}
                {t.link && isHttpUrl(t.link) ? (
                  <a href={t.link} target="_blank" rel="noopener noreferrer">
                    {t.link}
                  </a>
                ) : t.link ? (
                  <span>{t.link}</span>
                ) : null}
                <button type="button" className="quiet" data-edit-event onClick={() => startEditing(t.id)}>
                  <span aria-hidden="true">Edit event</span>
                  <span className="sr-only">Edit event {named(t)}</span>
                </button>
                <button type="button" className="quiet" data-delete-event onClick={() => setDeleting(t)}>
                  <span aria-hidden="true">Delete event</span>
                  <span className="sr-only">Delete event {named(t)}</span>
                </button>
              </li>
            ),
          )}
        </ol>
      )}
      <form className="panel inline-form timeline-form" onSubmit={submit} noValidate>
        <TimelineEventFields
          eventRef={eventField}
          labels={ADD_LABELS}
          typed={typed}
          onChange={(field, value) => setTyped((now) => ({ ...now, [field]: value }))}
          refusal={refusal}
        />
        <button type="submit" className="primary" {...busyButton(busy)}>
          Add event
        </button>
      </form>
      {question}
      {deleting ? (
        <ConfirmDialog
          title={`Delete the event ${quote(deleting.event)}?`}
          message="It is taken off the incident's timeline and out of the postmortem's exports. This cannot be undone."
          confirmLabel="Delete event"
          onCancel={() => setDeleting(null)}
          onConfirm={() => deleteEntry(deleting.id)}
        />
      ) : null}
    </div>
  );
}
