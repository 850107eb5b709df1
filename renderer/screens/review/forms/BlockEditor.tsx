import { useRef } from 'react';
import { BLOCK_KIND_NAMES, type DemoBlock } from '../../../../src/domain/review/schema';
import { Modal } from '../../../components/Modal';
import { BlockDialog } from './block-form';
import { CliForm } from './CliForm';
import { DiagramForm } from './DiagramForm';
import { MetricForm } from './MetricForm';
import { MonitorsForm } from './MonitorsForm';
import { NotesForm } from './NotesForm';

interface BlockEditorProps {
  block: DemoBlock;
  isNew: boolean;
  onSave: (block: DemoBlock) => Promise<void>;
  onClose: () => void;
}

/** The editor of one demo block, in a dialog. */
export function BlockEditor({ block, isNew, onSave, onClose }: BlockEditorProps) {
  const title = `${isNew ? 'Add a block' : 'Edit the block'}: ${BLOCK_KIND_NAMES[block.kind]}`;
  const common = { onSave, onCancel: onClose };
  // Escape asks first, as Cancel does, when the form holds changes (the form sets where it goes).
  const escape = useRef<(() => void) | null>(null);
  const what = `the ${isNew ? 'new ' : ''}${BLOCK_KIND_NAMES[block.kind]} block`;
  return (
    <Modal title={title} onClose={() => (escape.current ?? onClose)()} wide>
      <BlockDialog.Provider value={{ what, setEscape: (leave) => (escape.current = leave) }}>
        {block.kind === 'metric' ? <MetricForm initial={block} {...common} /> : null}
        {block.kind === 'cli' ? <CliForm initial={block} {...common} /> : null}
        {block.kind === 'diagram' ? <DiagramForm initial={block} {...common} /> : null}
        {block.kind === 'monitors' ? <MonitorsForm initial={block} {...common} /> : null}
        {block.kind === 'notes' ? <NotesForm initial={block} {...common} /> : null}
      </BlockDialog.Provider>
    </Modal>
  );
}

/** A new, empty block of a kind; ids are made here so an edit replaces the same block. */
export function emptyBlock(kind: DemoBlock['kind']): DemoBlock {
  const id = crypto.randomUUID();
  switch (kind) {
    case 'metric':
      return { id, kind, name: '', unit: '', before: Number.NaN, after: Number.NaN, better: 'lower' };
    case 'cli':
      return { id, kind, title: '', steps: [] };
    case 'diagram':
      return { id, kind, title: '', source: 'mermaid', mermaid: '', image: null };
    case 'monitors':
      return { id, kind, monitors: [] };
    case 'notes':
      return { id, kind, markdown: '' };
  }
}
