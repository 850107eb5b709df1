import { Modal } from './Modal';
import { DialogActions } from './DialogActions';

interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before something that cannot be undone; Cancel has focus first so Enter is safe. */
export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <Modal title={title} onClose={onCancel}>
      <p>{message}</p>
      <DialogActions
        confirm={confirmLabel}
        onConfirm={onConfirm}
        onCancel={onCancel}
        autoFocus="cancel"
        tone="danger"
      />
    </Modal>
  );
}
