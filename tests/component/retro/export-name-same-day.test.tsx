import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { setApi } from '../../../renderer/api/client';
import { ExportBar } from '../../../renderer/screens/retro/ExportBar';
import type { CadenceApi } from '../../../src/api/contract';
import type { Retro } from '../../../src/domain/retro/schema';
import { team } from '../../helpers/fixtures';
import { retro } from '../../unit/retro/build';

afterEach(() => {
  delete (window as { cadence?: unknown }).cadence;
  setApi(null);
});

/** The name the save dialog suggests for the CSV export of `held`, in a team that holds `retros`. */
async function suggestedName(held: Retro, retros: Retro[]): Promise<string> {
  (window as { cadence?: unknown }).cadence = {};
  const saved: string[] = [];
  setApi({
    saveFile: async (input: { suggestedName: string }) => {
      saved.push(input.suggestedName);
      return { path: `/home/sm/${input.suggestedName}` };
    },
  } as unknown as CadenceApi);
  const view = render(<ExportBar team={team('Platform SRE', { retros })} retro={held} />);
  await userEvent.setup().click(screen.getByRole('button', { name: 'Download CSV' }));
  view.unmount();
  return saved[0]!;
}

describe('the export file name of two retros with one title held on one day', () => {
  const morning = retro({ title: 'Incident review', createdAt: '2026-11-20T09:00:00.000Z' });
  const afternoon = retro({ title: 'Incident review', createdAt: '2026-11-20T15:00:00.000Z' });
  const nextDay = retro({ title: 'Incident review', createdAt: '2026-11-21T09:00:00.000Z' });

  it('names each differently, the first held keeping the plain name', async () => {
    const retros = [afternoon, morning, nextDay];
    const first = await suggestedName(morning, retros);
    const second = await suggestedName(afternoon, retros);
    expect(first).toBe('2026-11-20-incident-review.csv');
    expect(second).not.toBe(first);
    expect(second.startsWith('2026-11-20-incident-review')).toBe(true);
    expect(await suggestedName(nextDay, retros)).toBe('2026-11-21-incident-review.csv');
  });
});
