import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { setApi } from '../../../renderer/api/client';
import { ExportBar } from '../../../renderer/screens/retro/ExportBar';
import { IncidentForm } from '../../../renderer/screens/retro/IncidentForm';
import { draftFromIncident } from '../../../renderer/screens/retro/incident-draft';
import type { CadenceApi } from '../../../src/api/contract';
import { member, team } from '../../helpers/fixtures';
import { samplePostmortem } from '../../unit/retro/export-fixture';

/** The desktop app's save dialog, answering at once; what each download would have written, by extension. */
function savedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  (window as { cadence?: unknown }).cadence = {};
  setApi({
    saveFile: async ({ suggestedName, content }: { suggestedName: string; content: string }) => {
      files.set(suggestedName.replace(/^.*\./, ''), content);
      return { path: `/home/sm/${suggestedName}` };
    },
  } as unknown as CadenceApi);
  return files;
}

afterEach(() => {
  delete (window as { cadence?: unknown }).cadence;
});

describe('a postmortem’s incident without a commander or a scribe', () => {
  /** The incident was written up before anyone took the roles. */
  function noRoles() {
    const base = samplePostmortem();
    const postmortem = { ...base, incident: { ...base.incident!, commanderId: null, scribeId: null } };
    const platform = team('Platform SRE', { members: [member('Ana', { id: 'm1' })], retros: [postmortem] });
    return { platform, postmortem };
  }

  it('says "Not set" in every export, as the incident form shows it', async () => {
    const { platform, postmortem } = noRoles();
    const form = render(
      <IncidentForm
        draft={draftFromIncident(postmortem.incident)}
        errors={{}}
        members={platform.members}
        onChange={() => undefined}
      />,
    );
    expect(screen.getByLabelText('Incident commander')).toHaveDisplayValue('Not set');
    expect(screen.getByLabelText('Scribe')).toHaveDisplayValue('Not set');
    form.unmount();

    const user = userEvent.setup();
    const files = savedFiles();
    render(<ExportBar team={platform} retro={postmortem} />);
    for (const name of ['Download Markdown', 'Download HTML', 'Download CSV']) {
      await user.click(screen.getByRole('button', { name }));
    }
    await waitFor(() => expect([...files.keys()]).toEqual(['md', 'html', 'csv']));

    expect(files.get('md')).toContain('- Incident commander: Not set\n- Scribe: Not set');
    const html = new DOMParser().parseFromString(files.get('html') ?? '', 'text/html');
    const detail = (label: string) =>
      [...html.querySelectorAll('dt')].find((dt) => dt.textContent === label)?.nextElementSibling?.textContent;
    expect([detail('Incident commander'), detail('Scribe')]).toEqual(['Not set', 'Not set']);
    const rows = Papa.parse<Record<string, string>>((files.get('csv') ?? '').replace(/^\uFEFF/, ''), {
      header: true,
    }).data;
    const roles = rows.filter((r) => r.Kind === 'incident' && ['Incident commander', 'Scribe'].includes(r.Type ?? ''));
    expect(roles.map((r) => [r.Type, r.Text])).toEqual([
      ['Incident commander', 'Not set'],
      ['Scribe', 'Not set'],
    ]);
  });
});
