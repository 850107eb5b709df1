import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { setApi } from '../../../renderer/api/client';
import { ImportDialog } from '../../../renderer/screens/backlog/import/ImportDialog';
import { RefusedFile, type ExportReader } from '../../../renderer/screens/backlog/import/worker-reader';
import { inProcessApi, type InProcessApi } from '../../helpers/in-process-api';
import { inThreadReader } from './in-thread-reader';

/** "Name" is not a title column Cadence looks for, so one row has a title only once Details is picked. */
const EXPORT = ['Name;Details;Size', 'Replace the cron host;Move jobs to the scheduler.;4', ';No title here;1'].join(
  '\n',
);

let b: InProcessApi;
let teamId: string;
beforeEach(async () => {
  b = await inProcessApi();
  teamId = (await b.api.createTeam({ name: 'Platform' })).id;
  setApi(b.api);
});

/**
 * Reads in the test's thread, as the worker does; each remap waits for the test to let it answer, and the
 * first can be made to fail, as a worker that could not map the file again answers.
 */
function heldReader(options: { failFirst?: boolean } = {}) {
  const waiting: (() => void)[] = [];
  let remaps = 0;
  const make = (): ExportReader => {
    const inner = inThreadReader();
    return {
      ...inner,
      remap: async (settings) => {
        remaps++;
        const failing = options.failFirst && remaps === 1;
        await new Promise<void>((resolve) => waiting.push(resolve));
        if (failing) throw new RefusedFile('The file could not be read: the worker stopped. Nothing was imported.');
        return inner.remap(settings);
      },
    };
  };
  /** Lets the oldest waiting remap answer. */
  const answer = async () => {
    await waitFor(() => expect(waiting.length).toBeGreaterThan(0));
    waiting.shift()!();
  };
  return { make, answer };
}

/** The dialog as the backlog screen shows it: gone once it asks to close. */
function Screen({ makeReader }: { makeReader: () => ExportReader }) {
  const [open, setOpen] = useState(true);
  return open ? (
    <ImportDialog
      teamId={teamId}
      scale="fibonacci"
      onClose={() => setOpen(false)}
      onItems={() => undefined}
      onChanged={() => Promise.resolve()}
      makeReader={makeReader}
    />
  ) : (
    <p>Closed</p>
  );
}

async function openPreview(makeReader: () => ExportReader) {
  const user = userEvent.setup();
  render(<Screen makeReader={makeReader} />);
  const dialog = screen.getByRole('dialog', { name: 'Import backlog' });
  await user.upload(within(dialog).getByLabelText('Choose export file…'), new File([EXPORT], 'tool.csv'));
  await within(dialog).findByRole('button', { name: 'Import 1 item' });
  return { user, dialog };
}

describe('the import dialog while the columns are mapped again', () => {
  it('takes away the error of a failed remap once a later one replaces the preview', async () => {
    const reader = heldReader({ failFirst: true });
    const { user, dialog } = await openPreview(reader.make);

    await user.selectOptions(within(dialog).getByLabelText('Title'), 'Details');
    await reader.answer();
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/the worker stopped/);

    await user.selectOptions(within(dialog).getByLabelText('Title'), 'Details');
    await reader.answer();
    await within(dialog).findByRole('button', { name: 'Import 2 items' });
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });

  it('says it is working, and starts no import until the new preview is there', async () => {
    const reader = heldReader();
    const { user, dialog } = await openPreview(reader.make);

    await user.selectOptions(within(dialog).getByLabelText('Title'), 'Details');
    expect(within(dialog).getByRole('status')).toHaveTextContent(/reading the export again/i);
    expect(
      within(dialog).getByRole('region', { name: 'Rows as they will be created' }).closest('[aria-busy]'),
    ).toHaveAttribute('aria-busy', 'true');
    const importButton = within(dialog).getByRole('button', { name: /^Import \d/ });
    expect(importButton).toHaveAttribute('aria-disabled', 'true');
    await user.click(importButton);
    expect(within(dialog).queryByRole('progressbar', { name: 'Importing' })).toBeNull();
    expect(b.store.snapshot().teams[0]?.items).toEqual([]);

    await reader.answer();
    const ready = await within(dialog).findByRole('button', { name: 'Import 2 items' });
    expect(ready).not.toHaveAttribute('aria-disabled');
    expect(within(dialog).queryByRole('status')).toBeNull();
    expect(dialog.querySelector('[aria-busy="true"]')).toBeNull();
  });

  it('keeps a column picked while an earlier change is still being mapped', async () => {
    const reader = heldReader();
    const { user, dialog } = await openPreview(reader.make);

    await user.selectOptions(within(dialog).getByLabelText('Title'), 'Details');
    await user.selectOptions(within(dialog).getByLabelText('Story points'), 'Size');
    expect(within(dialog).getByLabelText('Title')).toHaveValue('Details');
    await reader.answer();
    await reader.answer();
    await within(dialog).findByRole('button', { name: 'Import 2 items' });
    expect(within(dialog).getByLabelText('Title')).toHaveValue('Details');
    expect(within(dialog).getByLabelText('Story points')).toHaveValue('Size');
  });

  it('still closes with Cancel while it is working', async () => {
    const reader = heldReader();
    const { user, dialog } = await openPreview(reader.make);
    await user.selectOptions(within(dialog).getByLabelText('Title'), 'Details');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Closed')).toBeInTheDocument();
  });

  it('offers Cancel while a file is read, which closes the dialog and imports nothing', async () => {
    const user = userEvent.setup();
    // A reader still reading, as a worker is through a large file.
    const reading = (): ExportReader => ({ ...inThreadReader(), read: () => new Promise(() => undefined) });
    render(<Screen makeReader={reading} />);
    const dialog = screen.getByRole('dialog', { name: 'Import backlog' });
    await user.upload(within(dialog).getByLabelText('Choose export file…'), new File([EXPORT], 'tool.csv'));
    expect(await within(dialog).findByRole('progressbar', { name: 'Reading the export' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Closed')).toBeInTheDocument();
    expect(b.store.snapshot().teams[0]?.items).toEqual([]);
  });
});
