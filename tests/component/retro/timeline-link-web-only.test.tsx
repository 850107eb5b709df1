import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('postmortem timeline links on the shared screen', () => {
  it('shows a web address as a link, and an imported non-web one as plain text, as the exports do', async () => {
    await renderRetro('timeline', {
      kind: 'postmortem',
      prepare: async (x) => {
        // The form refuses a link that is not a web address; an imported retro's file is not checked that way.
        await x.backend.store.mutate({ teamId: x.teamId }, (d) => {
          const retro = d.teams.find((t) => t.id === x.teamId)!.retros.find((r) => r.id === x.retroId)!;
          retro.timeline.push(
            { id: 'e1', at: '2026-11-18T02:12:00.000Z', event: 'Alert fired', link: 'https://grafana.example/d/dns' },
            { id: 'e2', at: '2026-11-18T02:20:00.000Z', event: 'Runbook opened', link: 'file:///srv/runbooks/dns.md' },
          );
        });
      },
    });
    const list = await screen.findByRole('list', { name: 'Timeline events' }, { timeout: 20_000 });
    expect(within(list).getByRole('link', { name: 'https://grafana.example/d/dns' })).toHaveAttribute(
      'href',
      'https://grafana.example/d/dns',
    );
    expect(within(list).queryByRole('link', { name: 'file:///srv/runbooks/dns.md' })).toBeNull();
    expect(within(list).getByText('file:///srv/runbooks/dns.md')).toBeInTheDocument();
  });
});
