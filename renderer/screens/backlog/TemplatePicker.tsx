import { ITEM_TEMPLATES, type ItemTemplate } from '../../../src/domain/backlog/templates';
import { ITEM_TYPE_NAMES } from '../../../src/domain/backlog/vocabulary';
import { Modal } from '../../components/Modal';

interface TemplatePickerProps {
  onPick: (template: ItemTemplate) => void;
  onClose: () => void;
}

/** Starting points for common infrastructure work. */
export function TemplatePicker({ onPick, onClose }: TemplatePickerProps) {
  return (
    <Modal title="Start from a template" onClose={onClose} wide>
      <ul className="template-list">
        {ITEM_TEMPLATES.map((t) => (
          <li key={t.id}>
            <button type="button" className="template" onClick={() => onPick(t)}>
              <span className="template__name">{t.name}</span>
              <span className="template__meta">
                {ITEM_TYPE_NAMES[t.type]}
                {t.labels.length ? ` · ${t.labels.join(', ')}` : ''}
                {t.needsChangeWindow ? ' · needs change window' : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
