import { Modal } from '../components/Modal';
import { UNDO_KEYS } from '../components/Toasts';
import { SAVE_KEYS } from '../screens/backlog/entry-keys';
import { SCREEN_ENTRIES } from './screens';

export const GLOBAL_SHORTCUTS: readonly { keys: string; what: string }[] = [
  ...SCREEN_ENTRIES.map((s) => ({ keys: `Alt+${s.key}`, what: `Open ${s.label}` })),
  { keys: 'Alt+P', what: 'Presentation mode on or off' },
  { keys: '?', what: 'Show keyboard shortcuts' },
  { keys: `${UNDO_KEYS} (⌘Z on a Mac)`, what: 'Undo what the notification reports (a deleted item, an import)' },
  { keys: 'P', what: 'Review: start presenter mode' },
  { keys: '→ / ← (PageDown / PageUp)', what: 'Presenter mode: next / previous slot' },
  { keys: '↓ / ↑', what: 'Presenter mode: run the next command / go back one' },
  { keys: 'T / Esc', what: 'Presenter mode: pause or start the timer / leave' },
  { keys: 'Alt+↑ / Alt+↓', what: 'Review: move the focused demo slot up or down' },
  {
    keys: 'Space, ↑ ↓, Space',
    what: 'Review: pick up a demo slot by its Reorder handle, move it, drop it (Esc puts it back)',
  },
  { keys: 'N', what: 'Backlog: new item' },
  { keys: '/', what: 'Backlog: filter' },
  { keys: 'Enter', what: 'Backlog item editor, in an acceptance criterion or a link: add the next one' },
  { keys: `${SAVE_KEYS} (⌘Enter on a Mac)`, what: 'Backlog item editor: save the item' },
  { keys: 'Alt+↑ / Alt+↓', what: 'Backlog: move the focused item up or down' },
  {
    keys: 'Space, ↑ ↓ (PageUp / PageDown, Home / End), Space',
    what: 'Backlog: pick up an item by its Reorder handle, move it, drop it (Esc puts it back)',
  },
  { keys: 'N', what: 'Planning: new sprint' },
  { keys: 'R / V', what: 'Planning poker: reveal votes / re-vote' },
  { keys: 'I', what: 'Board or running standup: log an interrupt' },
  {
    keys: 'Space, ← →, Space',
    what: 'Board: pick up a card by its drag handle, choose a column, drop it (Esc puts it back)',
  },
  { keys: 'N', what: 'Standup: next speaker' },
  { keys: 'P or Space', what: 'Standup: pause or resume' },
  { keys: 'S / A / E', what: 'Standup: skip (absent) / add 30 s / end' },
  { keys: 'U / B / L', what: 'Standup: note an update / raise a blocker / park a topic' },
  { keys: '] / PageDown, [ / PageUp', what: 'Retro: next or previous phase' },
  { keys: 'R', what: 'Retro, Write phase: reveal or hide the cards' },
  { keys: 'T', what: 'Retro: start or pause the phase timer' },
];

export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose}>
      {/* The list takes the focus, so the dialog opens at its top (the Close button is at the bottom). */}
      <div className="shortcuts-list" role="region" aria-label="Shortcuts" tabIndex={-1} data-autofocus="">
        <table className="shortcuts">
          <thead>
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {GLOBAL_SHORTCUTS.map((s) => (
              <tr key={s.what}>
                <td>
                  <kbd>{s.keys}</kbd>
                </td>
                <td>{s.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
