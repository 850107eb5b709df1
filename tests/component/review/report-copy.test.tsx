import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openReview } from './review-helpers';

describe('the sprint report', () => {
  it('copies as Markdown, or for Confluence/Jira in wiki markup', async () => {
    const user = userEvent.setup();
    await openReview();
    const report = within(await screen.findByRole('region', { name: 'Sprint report' }));

    await user.click(report.getByRole('button', { name: 'Copy as Markdown' }));
    expect(await screen.findByText('Copied the sprint report as Markdown.')).toBeInTheDocument();
    const markdown = await navigator.clipboard.readText();
    expect(markdown).toContain('## Sprint goal\n\nFaster deploys');

    await user.click(report.getByRole('button', { name: 'Copy for Confluence/Jira' }));
    expect(await screen.findByText('Copied the sprint report for Confluence and Jira.')).toBeInTheDocument();
    const wiki = await navigator.clipboard.readText();
    expect(wiki).toContain('h2. Sprint goal\n\nFaster deploys');
    expect(wiki).not.toMatch(/^#/m);
  });
});
