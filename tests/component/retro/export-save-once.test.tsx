import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { setApi } from '../../../renderer/api/client';
import { ExportBar } from '../../../renderer/screens/retro/ExportBar';
import type { CadenceApi } from '../../../src/api/contract';
import { member, team } from '../../helpers/fixtures';
import { samplePostmortem } from '../../unit/retro/export-fixture';

afterEach(() => {
  delete (window as { cadence?: unknown }).cadence;
  setApi(null);
});

describe('the retro export bar while an export is being saved', () => {
  it('opens one save dialog for a double click, keeps the focus on the button, and saves again after', async () => {
    const user = userEvent.setup();
    // The desktop app: each export goes to a save dialog, held open here until `release`.
    (window as { cadence?: unknown }).cadence = {};
    let release = () => {};
    const saved: string[] = [];
    setApi({
      saveFile: async (input: { suggestedName: string }) => {
        saved.push(input.suggestedName);
        await new Promise<void>((resolve) => (release = resolve));
        return { path: `/home/sm/${input.suggestedName}` };
      },
    } as unknown as CadenceApi);
    const platform = team('Platform SRE', { members: [member('Ana', { id: 'm1' }), member('Bo', { id: 'm2' })] });
    render(<ExportBar team={platform} retro={samplePostmortem()} />);
    const csv = screen.getByRole('button', { name: 'Download CSV' });

    await user.dblClick(csv);
    await user.click(screen.getByRole('button', { name: 'Download JSON' }));
    expect(saved).toEqual(['2026-11-20-retro-sprint-7.csv']);
    expect(screen.getByRole('button', { name: 'Download JSON' })).toHaveFocus();

    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await user.click(csv);
    expect(saved).toEqual(['2026-11-20-retro-sprint-7.csv', '2026-11-20-retro-sprint-7.csv']);
    expect(csv).toHaveFocus();
    release();
  });
});
