import { Modal } from './Modal';
import { DialogActions } from './DialogActions';

interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  /** The Cancel button's text, where "Cancel" would not say what it does. */
  cancelLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before something that cannot be undone; Cancel has focus first so Enter is safe. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { title, message, confirmLabel, cancelLabel, onConfirm, onCancel } = props;
  return (
    <Modal title={title} onClose={onCancel}>
      <p>{message}</p>
      <DialogActions
        confirm={confirmLabel}
        onConfirm={onConfirm}
        onCancel={onCancel}
        {...(cancelLabel ? { cancel: cancelLabel } : {})}
        autoFocus="cancel"
        tone="danger"
      />
    </Modal>
  );
}
