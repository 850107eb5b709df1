import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DiagramForm } from '../../../renderer/screens/review/forms/DiagramForm';
import type { DiagramBlock } from '../../../src/domain/review/schema';

const withImage: DiagramBlock = {
  id: 'd1',
  kind: 'diagram',
  title: 'Traffic',
  source: 'image',
  mermaid: '',
  image: { name: 'board.png', dataUrl: 'data:image/png;base64,iVBORw0KGgo=' },
};

/** Saving keeps only the source picked (see the api); the form says so before the other is dropped. */
describe('switching a diagram to its other source in the editor', () => {
  it('says the attached image is not kept once saved as Mermaid text, and says nothing while the image is picked', async () => {
    const user = userEvent.setup();
    render(<DiagramForm initial={withImage} onSave={() => Promise.resolve()} onCancel={() => undefined} />);
    const group = screen.getByRole('group', { name: 'Diagram source' });
    expect(group).not.toHaveAccessibleDescription();

    await user.click(screen.getByRole('radio', { name: 'Draw from Mermaid text' }));
    expect(group).toHaveAccessibleDescription(
      'Saved as Mermaid text, the diagram no longer keeps the attached image “board.png”.',
    );
  });

  it('says typed Mermaid text is not kept once saved as an image', async () => {
    const user = userEvent.setup();
    render(
      <DiagramForm
        initial={{ ...withImage, source: 'mermaid', mermaid: 'graph LR; a-->b', image: null }}
        onSave={() => Promise.resolve()}
        onCancel={() => undefined}
      />,
    );
    await user.click(screen.getByRole('radio', { name: 'Attach an image file' }));
    expect(screen.getByRole('group', { name: 'Diagram source' })).toHaveAccessibleDescription(
      'Saved as an image, the diagram no longer keeps its Mermaid text.',
    );
  });
});
