import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ExportBar } from '../../../renderer/screens/retro/ExportBar';
import { member, team } from '../../helpers/fixtures';
import { samplePostmortem } from '../../unit/retro/export-fixture';

describe('retro export bar', () => {
  it('copies the notes as Markdown, or for Confluence/Jira in wiki markup', async () => {
    const user = userEvent.setup();
    const platform = team('Platform SRE', { members: [member('Ana', { id: 'm1' }), member('Bo', { id: 'm2' })] });
    render(<ExportBar team={platform} retro={samplePostmortem()} />);

    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect(await navigator.clipboard.readText()).toContain('## Incident\n\n- Severity: SEV1');

    await user.click(screen.getByRole('button', { name: 'Copy for Confluence/Jira' }));
    const wiki = await navigator.clipboard.readText();
    expect(wiki).toContain('h2. Incident\n\n* Severity: SEV1');
    expect(wiki).toContain('h2. Timeline\n\n* Wed 18 Nov 2026 02:12 UTC — Pager fired ([https://grafana.example/d/1])');
    expect(wiki).not.toMatch(/^#|\*\*\w/m);
  });
});
