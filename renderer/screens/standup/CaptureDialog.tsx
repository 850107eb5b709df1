import { useState } from 'react';
import { BlockerTextSchema, NoteTextSchema, TopicTextSchema } from '../../../src/domain/standup/schema';
import type { Member } from '../../../src/domain/team/schema';
import { UNASSIGNED } from '../../../src/domain/shared/words';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { useAppStore } from '../../store';
import { MemberOptions } from '../../components/Options';
import { FormError } from '../../components/FormError';
import { DialogActions } from '../../components/DialogActions';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';
import { useCopyKept } from './use-copy-kept';
import { raiseHere } from './raised-here';
import { BLOCKER_TEXT_LABEL, TOPIC_TEXT_LABEL, useTextSubmit } from './TextEditDialog';

export type CaptureKind = 'note' | 'blocker' | 'parking';

/** What a capture dialog is opened for: the kind, the standup it is raised at (or none), and who was speaking. */
export interface CaptureOpen {
  kind: CaptureKind;
  standupId: string | null;
  /** The person speaking: owner of a blocker, first to stay for a topic (while on the team). */
  speaker: { id: string; name: string } | null;
}

interface CaptureDialogProps extends CaptureOpen {
  members: Member[];
  /**
   * The standup it was opened at has ended meanwhile (another window ended it): the dialog stays, with what was
   * typed, and says so. A blocker or topic is still raised for the team; a note, which only a running standup
   * takes, can be copied.
   */
  ended?: boolean;
  onClose: () => void;
}

const TITLES: Record<CaptureKind, string> = {
  note: 'Note an update',
  blocker: 'Add a blocker',
  parking: 'Park a topic',
};
const SUBMITS: Record<CaptureKind, string> = { note: 'Save note', blocker: 'Add blocker', parking: 'Park topic' };
const SCHEMAS = { note: NoteTextSchema, blocker: BlockerTextSchema, parking: TopicTextSchema };
/** What the question before dropping typed text names ("Discard your changes to the blocker?"). */
const WHATS: Record<CaptureKind, string> = { note: 'the note', blocker: 'the blocker', parking: 'the topic' };
/** What the dialog says once its standup has ended under it. */
const ENDED: Record<CaptureKind, string> = {
  note: 'The standup has ended on another screen, so this note can no longer go into it. Copy it to keep it.',
  blocker: 'The standup has ended on another screen. The blocker is still raised for the team, under Open blockers.',
  parking: 'The standup has ended on another screen. The topic is still parked for the team, in the parking lot.',
};

/** One small form for each one-keystroke capture during standup; what it saves shows in its list, so no toast. */
export function CaptureDialog({
  kind,
  standupId,
  speaker: speaking,
  members,
  ended = false,
  onClose,
}: CaptureDialogProps) {
  const addStandupNote = useAppStore((s) => s.addStandupNote);
  const raiseBlocker = useAppStore((s) => s.raiseBlocker);
  const addParkingTopic = useAppStore((s) => s.addParkingTopic);
  // The speaker when the form opened: the floor passing on meanwhile (another window) does not change whose it is.
  const [speaker] = useState(speaking);
  const [text, setText] = useState('');
  // A speaker removed from the team mid-standup can no longer own a blocker or stay for a topic.
  const speakerOnTeam = speaker && members.some((m) => m.id === speaker.id) ? speaker.id : null;
  const [owner, setOwner] = useState(speakerOnTeam ?? '');
  const [stay, setStay] = useState<string[]>(speakerOnTeam ? [speakerOnTeam] : []);
  const save = async (valid: string) => {
    // The update of the speaker the form names, also when the floor has passed on meanwhile; one opened while
    // nobody had the floor (the walk's "No owner" stop) is the team's, whoever has the floor by Save.
    if (kind === 'note' && standupId) await addStandupNote(standupId, valid, speaker?.id ?? null);
    if (kind === 'blocker') await raiseHere('blocker', valid, () => raiseBlocker(valid, owner || null, standupId));
    if (kind === 'parking') await raiseHere('topic', valid, () => addParkingTopic(valid, stay, standupId));
  };
  const { error, formError, busy, submit } = useTextSubmit(SCHEMAS[kind], text, save, onClose);
  // A note of a standup that has ended is kept by copying it: once copied, closing drops nothing.
  const kept = useCopyKept(WHATS.note);
  const copyOnly = kind === 'note' && ended;
  // Typed mid-meeting, often in a hurry: an Escape or Cancel by reflex asks before the text is gone.
  const unsaved = useUnsavedChanges(text.trim() !== '' && text !== kept.copied, WHATS[kind], onClose);

  const label =
    kind === 'note'
      ? `${speaker ? `Update from ${speaker.name}` : 'Update for the team'} (outcome, not activity)`
      : kind === 'blocker'
        ? BLOCKER_TEXT_LABEL
        : TOPIC_TEXT_LABEL;
  return (
    <>
      <Modal title={TITLES[kind]} onClose={unsaved.leave}>
        <form onSubmit={copyOnly ? (event) => event.preventDefault() : submit} noValidate>
          {ended ? (
            <p className="notice-box" role="status">
              {ENDED[kind]}
            </p>
          ) : null}
          <Field label={label} error={error}>
            {(p) => (
              <textarea
                {...p}
                ref={kept.field}
                data-autofocus
                rows={3}
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
            )}
          </Field>
          {kind === 'blocker' ? (
            <Field label="Owner">
              {(p) => (
                <select {...p} value={owner} onChange={(e) => setOwner(e.target.value)}>
                  <option value="">{UNASSIGNED}</option>
                  <MemberOptions members={members} />
                </select>
              )}
            </Field>
          ) : null}
          {kind === 'parking' ? (
            <fieldset className="stay-list">
              <legend>Who should stay</legend>
              {members.map((m) => (
                <label key={m.id}>
                  <input
                    type="checkbox"
                    checked={stay.includes(m.id)}
                    onChange={(e) => setStay(e.target.checked ? [...stay, m.id] : stay.filter((x) => x !== m.id))}
                  />{' '}
                  {m.name}
                </label>
              ))}
            </fieldset>
          ) : null}
          <FormError message={copyOnly ? kept.error : formError} />
          {copyOnly ? (
            <DialogActions
              confirm="Copy note"
              onConfirm={() => kept.copy(text)}
              onCancel={unsaved.leave}
              cancel="Close"
            />
          ) : (
            <DialogActions confirm={SUBMITS[kind]} onCancel={unsaved.leave} busy={busy} />
          )}
        </form>
      </Modal>
      {unsaved.question}
    </>
  );
}
