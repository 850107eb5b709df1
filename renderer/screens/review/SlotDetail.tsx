import { useEffect, useRef, useState, type MutableRefObject } from 'react';
import {
  BLOCK_KIND_NAMES,
  SlotTitleSchema,
  TimeboxSchema,
  type BlockKind,
  type DemoBlock,
  type DemoSlot,
} from '../../../src/domain/review/schema';
import type { Member } from '../../../src/domain/team/schema';
import { formMessage } from './form-message';
import { focusSoon } from '../../components/focus-soon';
import { Field } from '../../components/Field';
import { numberFromInput } from '../../components/number-input';
import { useAppStore } from '../../store';
import { BlockView } from './blocks/BlockView';
import { blockDescription, walkthroughName } from './blocks/block-names';
import { BlockEditor, emptyBlock } from './forms/BlockEditor';
import { MemberOptions } from '../../components/Options';
import { FORMER_MEMBER } from '../../../src/domain/team/member-name';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';
import { useFollowedDraft } from '../../components/use-followed-draft';

interface SlotDetailProps {
  reviewId: string;
  slot: DemoSlot;
  members: Member[];
  /** Called once the slot is removed, before the focus moves: the screen shows the slot next to it. */
  onRemoved: (slotId: string) => void;
  /**
   * Set to what the screen asks before it shows another slot: a Title or Timebox that cannot be saved (refused, or
   * empty) is asked about rather than dropped; one that can is saved and the switch goes on.
   */
  leaveGuardRef: MutableRefObject<(retry: () => void) => boolean>;
}

/** One slot of the agenda: presenter, timebox, and its demo blocks. */
export function SlotDetail({ reviewId, slot, members, onRemoved, leaveGuardRef }: SlotDetailProps) {
  const updateSlot = useAppStore((s) => s.updateDemoSlot);
  const removeSlot = useAppStore((s) => s.removeDemoSlot);
  const saveBlock = useAppStore((s) => s.saveDemoBlock);
  const removeBlock = useAppStore((s) => s.removeDemoBlock);
  const reportError = useAppStore((s) => s.reportError);
  // Each dialog keeps the slot it was opened for: if that slot is removed elsewhere (another window, a sync)
  // while it is open, the screen shows another slot, and the dialog must not act on that one.
  const [editing, setEditing] = useState<{ block: DemoBlock; isNew: boolean; slotId: string } | null>(null);
  const [kind, setKind] = useState<BlockKind>('metric');
  const section = useRef<HTMLElement>(null);
  // Title and Timebox not typed into (or saved since) show the stored values as they now are, so ones changed
  // elsewhere (a sync, another window) are shown, and not written back over when the field is left.
  const {
    value: timebox,
    draft: typedTimebox,
    setDraft: setTypedTimebox,
    settle: settleTimebox,
  } = useFollowedDraft(String(slot.timeboxMinutes));
  const [timeboxError, setTimeboxError] = useState<string | undefined>();
  const {
    value: title,
    draft: typedTitle,
    setDraft: setTypedTitle,
    settle: settleTitle,
  } = useFollowedDraft(slot.title);
  const [titleError, setTitleError] = useState<string | undefined>();
  const [shownSlot, setShownSlot] = useState(slot.id);
  if (shownSlot !== slot.id) {
    // Another slot was picked: drop the draft, so its fields show its values.
    setShownSlot(slot.id);
    setTypedTimebox(null);
    setTimeboxError(undefined);
    setTypedTitle(null);
    setTitleError(undefined);
  }

  const saveTimebox = () => {
    // Read as every typed number is ("0x10" or "1e1" is not a number of minutes); empty or unreadable is NaN.
    const minutes = numberFromInput(timebox);
    if (minutes === slot.timeboxMinutes) {
      setTypedTimebox(null);
      setTimeboxError(undefined);
      return;
    }
    updateSlot(reviewId, slot.id, { timeboxMinutes: minutes })
      .then(() => {
        settleTimebox(typedTimebox);
        setTimeboxError(undefined);
      })
      .catch((error: unknown) => setTimeboxError(formMessage(error)));
  };

  const saveTitle = () => {
    if (title === slot.title) {
      setTypedTitle(null);
      return;
    }
    updateSlot(reviewId, slot.id, { title })
      .then(() => {
        settleTitle(typedTitle);
        setTitleError(undefined);
      })
      .catch((error: unknown) => setTitleError(formMessage(error)));
  };

  // Removing asks nothing: the message that says what went offers Undo, which puts it back where it was.
  const removeThisSlot = () => {
    const removed = slot.id;
    removeSlot(reviewId, removed)
      // Not back to "Remove slot", which now removes the slot shown next: to that slot's agenda
      // entry, else (no slot left) to the agenda heading.
      .then(() => {
        onRemoved(removed);
        focusSoon(
          () =>
            document.querySelector(
              `.agenda li:not([data-slot-id="${CSS.escape(removed)}"]) .agenda-row__open[aria-pressed="true"]`,
            ) ?? (document.querySelector('.agenda') ? null : document.getElementById('agenda-title')),
        );
      })
      .catch(reportError);
  };
  const removeBlockAt = (block: DemoBlock, index: number) => {
    removeBlock(reviewId, slot.id, block.id)
      // The block that took its place (or the one before it), else where the next block is added.
      .then(() =>
        focusSoon(() => {
          const edits = section.current?.querySelectorAll('[data-edit-block]') ?? [];
          return edits[Math.min(index, edits.length - 1)] ?? section.current?.querySelector('[data-add-block]');
        }),
      )
      .catch(reportError);
  };

  // A switch of screen or team (a shortcut, the browser's Back) while a field still holds typed text: it is saved
  // as leaving the field would; if it cannot be (an empty title, a timebox of 0), the person is asked first.
  const titleChanged = title !== slot.title;
  const timeboxChanged = numberFromInput(timebox) !== slot.timeboxMinutes;
  const unsaved = useUnsavedChanges(
    titleChanged || timeboxChanged,
    `the slot “${slot.title}”`,
    () => {
      setTypedTitle(null);
      setTitleError(undefined);
      setTypedTimebox(null);
      setTimeboxError(undefined);
    },
    {
      saveOnLeave: () => {
        const savable =
          (!titleChanged || SlotTitleSchema.safeParse(title).success) &&
          (!timeboxChanged || TimeboxSchema.safeParse(numberFromInput(timebox)).success);
        if (!savable) return false;
        saveTitle();
        saveTimebox();
        return true;
      },
    },
  );

  useEffect(() => {
    leaveGuardRef.current = unsaved.guard;
    return () => {
      leaveGuardRef.current = () => true;
    };
  });

  return (
    <section ref={section} className="panel slot-detail" aria-labelledby="slot-detail-title">
      <h3 id="slot-detail-title">{slot.title}</h3>
      <div className="grid-form">
        <Field label="Slot title" error={titleError}>
          {(p) => <input {...p} value={title} onChange={(e) => setTypedTitle(e.target.value)} onBlur={saveTitle} />}
        </Field>
        <Field label="Presenter">
          {(p) => (
            <select
              {...p}
              value={slot.presenterId ?? ''}
              onChange={(e) =>
                updateSlot(reviewId, slot.id, { presenterId: e.target.value || null }).catch(reportError)
              }
            >
              <option value="">No presenter</option>
              {/* A presenter who has left is kept as stored until someone else is picked. */}
              {slot.presenterId && !members.some((m) => m.id === slot.presenterId) ? (
                <option value={slot.presenterId}>{FORMER_MEMBER}</option>
              ) : null}
              <MemberOptions members={members} />
            </select>
          )}
        </Field>
        <Field label="Timebox (minutes)" error={timeboxError}>
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              value={timebox}
              onChange={(e) => setTypedTimebox(e.target.value)}
              onBlur={saveTimebox}
            />
          )}
        </Field>
      </div>
      <p className="field__hint">Title and timebox are saved when you leave the field.</p>
      {slot.blocks.length === 0 ? (
        <p className="empty">No demo blocks yet. Add a metric, a CLI walkthrough, a diagram, monitors or notes.</p>
      ) : (
        <ul className="blocks" aria-label={`Demo blocks of ${slot.title}`}>
          {slot.blocks.map((block, index) => (
            <li key={block.id} className="block">
              <div className="block__header">
                <span className="block__kind">{BLOCK_KIND_NAMES[block.kind]}</span>
                <span className="row-actions">
                  {/* Named with the block's kind and title: "Edit block 2" alone does not say which block it is. */}
                  <button
                    type="button"
                    data-edit-block={index}
                    aria-label={`Edit block ${index + 1}, ${blockDescription(block)}`}
                    onClick={() => setEditing({ block, isNew: false, slotId: slot.id })}
                  >
                    Edit block {index + 1}
                  </button>
                  <button
                    type="button"
                    className="danger"
                    aria-label={`Remove block ${index + 1}, ${blockDescription(block)}`}
                    onClick={() => removeBlockAt(block, index)}
                  >
                    Remove block {index + 1}
                  </button>
                </span>
              </div>
              <BlockView block={block} name={walkthroughName(slot.blocks, index)} />
            </li>
          ))}
        </ul>
      )}
      <div className="inline-form">
        <Field label="Block type">
          {(p) => (
            <select {...p} value={kind} onChange={(e) => setKind(e.target.value as BlockKind)}>
              {Object.entries(BLOCK_KIND_NAMES).map(([k, name]) => (
                <option key={k} value={k}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button
          type="button"
          className="primary"
          data-add-block
          onClick={() => setEditing({ block: emptyBlock(kind), isNew: true, slotId: slot.id })}
        >
          Add block
        </button>
        <button type="button" className="danger" onClick={removeThisSlot}>
          Remove slot
        </button>
      </div>
      {editing ? (
        <BlockEditor
          block={editing.block}
          isNew={editing.isNew}
          onClose={() => setEditing(null)}
          onSave={async (block) => {
            // With the block as the editor opened it: an edit saved meanwhile elsewhere is refused, not overwritten.
            await saveBlock(reviewId, editing.slotId, block, editing.isNew ? null : editing.block);
            setEditing(null);
          }}
        />
      ) : null}
      {unsaved.question}
    </section>
  );
}
