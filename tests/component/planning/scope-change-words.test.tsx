import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ScopeChangeDialog } from '../../../renderer/screens/planning/ScopeChangeDialog';

const open = (action: 'add' | 'remove') =>
  render(
    <ScopeChangeDialog
      action={action}
      itemTitle="Rotate certificates"
      sprintName="Sprint 1"
      onConfirm={() => Promise.resolve()}
      onClose={() => undefined}
    />,
  );

/** Only work added as unplanned burns the buffer: the choice must not say a removal does. */
describe('the scope change dialog’s planned or unplanned choice', () => {
  it('says unplanned work added uses the buffer', () => {
    open('add');
    expect(screen.getByRole('radio', { name: 'Unplanned (interrupt; it uses the buffer)' })).toBeInTheDocument();
  });

  it('does not say a removal uses the buffer', () => {
    open('remove');
    expect(screen.getByRole('radio', { name: /^Planned/ })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Unplanned (forced by an interrupt)' })).toBeInTheDocument();
    expect(screen.queryByText(/uses the buffer/)).toBeNull();
  });
});
