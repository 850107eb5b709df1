import { useSubmitOnce } from '../../components/use-submit-once';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';
import { useLeaveAfterSave } from './use-leave-after-save';

/** How a retro form's typed words are kept (see useTypedWordsKept). */
export interface TypedWordsOptions {
  /** The form edits a thing of a list in place (an action's Edit), rather than adding a new one beside it. */
  editing?: boolean;
}

/**
 * What a retro form needs so that what was typed into it is never dropped without a word: its submit that runs
 * once (`once`, `busy`), `untilSaved` to wrap the save's call (a switch waits for the answer, and a refusal keeps the
 * words: useLeaveAfterSave), and the question a switch, Cancel or Escape asks first while `changed` (`leave`,
 * `question`: useUnsavedChanges). A form for a new thing beside a list (a card, an action, a timeline event; the
 * default) counts nothing as changed while its words are on their way to be saved, and stays when an editor of the
 * list opens; so do a topic's notes, which pass `changed` false while their own save (on leaving the box) is on its
 * way. A form `editing` one thing asks whenever it holds changes, as its editor's Edit closes it.
 */
export function useTypedWordsKept(
  changed: boolean,
  what: string,
  close: () => void,
  { editing = false }: TypedWordsOptions = {},
) {
  const { busy, once } = useSubmitOnce();
  // Registered before the question's guard: while a save is on its way, it holds the switch, and the question
  // (which would otherwise close the form as holding nothing) is not asked.
  const untilSaved = useLeaveAfterSave();
  const { leave, question } = useUnsavedChanges(editing ? changed : !busy && changed, what, close, {
    staysForEditors: !editing,
  });
  return { busy, once, untilSaved, leave, question };
}
