import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown } from '../../../renderer/components/Markdown';

describe('Markdown on the screen', () => {
  it('shows what follows an HTML comment the notes never close, as the reports do', () => {
    render(<Markdown text={'Before: 420 ms\n\n<!-- check with Bo\n\n- After: 180 ms'} />);
    expect(screen.getByRole('listitem')).toHaveTextContent('After: 180 ms');
    expect(screen.getByText(/<!-- check with Bo/)).toBeInTheDocument();
  });

  it('leaves a comment that is closed out of what it shows', () => {
    const { container } = render(<Markdown text={'Before\n\n<!-- note to self -->\n\nAfter'} />);
    expect(container).toHaveTextContent(/^Before\s*After$/);
  });
});
