import { Modal } from '../components/Modal';
import { SCREEN_ENTRIES } from './screens';

export const GLOBAL_SHORTCUTS: readonly { keys: string; what: string }[] = [
  ...SCREEN_ENTRIES.map((s) => ({ keys: `Alt+${s.key}`, what: `Open ${s.label}` })),
  { keys: 'Alt+P', what: 'Presentation mode on or off' },
  { keys: '?', what: 'Show keyboard shortcuts' },
  { keys: 'N', what: 'Backlog: new item' },
  { keys: '/', what: 'Backlog: filter' },
  { keys: 'Alt+↑ / Alt+↓', what: 'Backlog: move the focused item up or down' },
  { keys: 'Space, arrows, Space', what: 'Backlog: pick up an item by its Reorder handle, move it, drop it' },
  { keys: 'N', what: 'Planning: new sprint' },
  { keys: 'R / V', what: 'Planning poker: reveal votes / re-vote' },
];

export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose}>
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
      <div className="actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
