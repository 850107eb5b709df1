import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { setApi } from '../../../renderer/api/client';
import { ImportDialog } from '../../../renderer/screens/backlog/import/ImportDialog';
import { answerOf } from '../../../renderer/screens/backlog/import/answer';
import type { ExportReader } from '../../../renderer/screens/backlog/import/worker-reader';
import { readExport, type ReadExport } from '../../../src/domain/imports/read-export';
import { inProcessApi, type InProcessApi } from '../../helpers/in-process-api';

/** An export of 1,500 keyed rows: the dialog sends it in two parts of up to 1,000. */
const BIG = ['Title,Key', ...Array.from({ length: 1500 }, (_, i) => `Task ${i + 1},OPS-${i + 1}`)].join('\n');

let b: InProcessApi;
let teamId: string;
/** Lets the second part's rows come from the reader (held until then, as a busy worker would). */
let releaseSecondPart: () => void;
beforeEach(async () => {
  b = await inProcessApi();
  teamId = (await b.api.createTeam({ name: 'Platform' })).id;
  setApi(b.api);
});

/** Reads in the test's thread; the rows of the second part wait for `releaseSecondPart`. */
function slowReader(): ExportReader {
  let kept: ReadExport | null = null;
  const held = new Promise<void>((resolve) => (releaseSecondPart = resolve));
  return {
    read: async (file, settings, onProgress) => {
      const result = readExport(file.name, new Uint8Array(await file.arrayBuffer()), settings);
      onProgress(1);
      if (!result.ok) throw new Error(result.message);
      kept = result.read;
      return answerOf(result.read, file.name);
    },
    remap: () => Promise.reject(new Error('not used')),
    rows: async (from, to) => {
      if (from > 0) await held;
      return kept!.rows.slice(from, to);
    },
    close: () => undefined,
  };
}

/** The dialog as the backlog screen shows it: gone once it asks to close. */
function Screen() {
  const [open, setOpen] = useState(true);
  return open ? (
    <ImportDialog
      teamId={teamId}
      scale="fibonacci"
      onClose={() => setOpen(false)}
      onItems={() => undefined}
      onChanged={() => Promise.resolve()}
      makeReader={slowReader}
    />
  ) : (
    <p>Closed</p>
  );
}

describe('the import of a large export', () => {
  it('writes its counts as every count on the screen is written, with thousands grouped', async () => {
    const user = userEvent.setup();
    render(<Screen />);
    const dialog = within(screen.getByRole('dialog', { name: 'Import backlog' }));
    await user.upload(dialog.getByLabelText('Choose export file…'), new File([BIG], 'big.csv'));
    expect(
      await dialog.findByText('1,500 of 1,500 rows will become items; 0 will be skipped and 0 have a note.'),
    ).toBeInTheDocument();
    expect(dialog.getByRole('button', { name: 'Import 1,500 items' })).toBeInTheDocument();
  });

  it('Escape while it runs stops it after the part saved, says how far it got, and offers Undo, instead of vanishing halfway', async () => {
    const user = userEvent.setup();
    render(<Screen />);
    const dialog = within(screen.getByRole('dialog', { name: 'Import backlog' }));
    await user.upload(dialog.getByLabelText('Choose export file…'), new File([BIG], 'big.csv'));
    await user.click(await dialog.findByRole('button', { name: 'Import 1,500 items' }));
    // The first part is saved; the second is on its way.
    await waitFor(() => expect(b.store.snapshot().teams[0]?.items).toHaveLength(1000), { timeout: 5000 });
    await user.keyboard('{Escape}');
    releaseSecondPart();
    expect(screen.getByRole('dialog', { name: 'Import backlog' })).toBeInTheDocument();
    expect(
      await dialog.findByText(
        'Import stopped after 1,000 of 1,500 rows: added 1000, updated 0, skipped 0. The other 500 rows were not imported.',
      ),
    ).toBeInTheDocument();
    expect(b.store.snapshot().teams[0]?.items).toHaveLength(1000);
    expect(document.activeElement).toBe(dialog.getByRole('button', { name: 'Close' }));
    await user.click(dialog.getByRole('button', { name: 'Undo import' }));
    await dialog.findByText('The import was undone.');
    expect(b.store.snapshot().teams[0]?.items).toEqual([]);
  });
});
