import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture';

const byKey = <T extends { key: string | null }>(rows: T[], key: string) => rows.find((r) => r.key === key);

describe('Jira Cloud export (all fields)', () => {
  const read = readFixture('jira-cloud-all-fields.csv', { site: 'acme.atlassian.net' });

  it('is recognized, and its repeated Labels columns are all read, by position', () => {
    expect(read.product).toBe('jira');
    expect(read.table.header.filter((h) => h === 'Labels')).toHaveLength(3);
    expect(byKey(read.rows, 'OPS-101')?.labels).toEqual(['security', 'tls']);
  });

  it('keeps multi-line descriptions and adds the Original Estimate (seconds) as a line', () => {
    expect(byKey(read.rows, 'OPS-101')?.description).toBe(
      'Certificates expire on 1 October.\n\n* edge-01\n* edge-02\n\nSee the runbook.\n\nEstimate: 4 h',
    );
  });

  it('fits points to the scale (4 → 5, ties up) and leaves points over twice the largest card unestimated', () => {
    expect(byKey(read.rows, 'OPS-101')).toMatchObject({ points: 5, notes: ['points not on the scale: was 4 → 5'] });
    const big = byKey(read.rows, 'OPS-103');
    expect(big?.points).toBeNull();
    expect(big?.notes.join()).toMatch(/over twice the largest card \(34\): unestimated/);
  });

  it('reads Story point estimate when Story Points is empty (team-managed projects)', () => {
    expect(byKey(read.rows, 'OPS-102')).toMatchObject({ points: 2, type: 'task' });
  });

  it('labels epics "epic", makes sub-tasks tasks and unknown types stories with a note', () => {
    expect(byKey(read.rows, 'OPS-100')).toMatchObject({ type: 'story', labels: ['epic', 'reliability'] });
    expect(byKey(read.rows, 'OPS-104')).toMatchObject({ type: 'story', notes: ['unknown type “Risk”: story'] });
  });

  it('keeps formula-leading text as it is written', () => {
    expect(byKey(read.rows, 'OPS-103')?.title).toBe('=SUM(A1:A9) shows in the cost report');
    expect(byKey(read.rows, 'OPS-103')?.description).toBe('+1 from finance: the cell runs as a formula.');
  });

  it('links back to the issue on the site the user gave, and skips a row with no title', () => {
    expect(byKey(read.rows, 'OPS-101')).toMatchObject({
      site: 'https://acme.atlassian.net',
      link: 'https://acme.atlassian.net/browse/OPS-101',
    });
    expect(byKey(read.rows, 'OPS-105')?.skip).toBe('no title');
  });
});

describe('Jira Server / Data Center export (current fields)', () => {
  it('maps keys, types, both Labels columns and Story Points', () => {
    const read = readFixture('jira-server-current-fields.csv');
    expect(read.product).toBe('jira');
    expect(read.rows.map((r) => [r.key, r.type, r.labels, r.points])).toEqual([
      ['INFRA-7', 'task', ['patching', 'linux'], 3],
      ['INFRA-8', 'bug', ['backup'], 5],
    ]);
  });
});

describe('GitLab export', () => {
  it.each(['gitlab-old-order.csv', 'gitlab-new-order.csv'])('%s: keys from the URL, Weight as points', (name) => {
    const read = readFixture(name);
    expect(read.product).toBe('gitlab');
    const row = byKey(read.rows, 'ops/platform#12');
    expect(row).toMatchObject({
      site: 'https://gitlab.example.com',
      link: 'https://gitlab.example.com/ops/platform/-/issues/12',
      title: 'Move CI runners to the new subnet',
      labels: ['ci', 'network'],
    });
    expect(row?.points).toBe(name.includes('old') ? 3 : 5);
  });

  it('puts Time Estimate (seconds) into the description and keeps its lines', () => {
    const read = readFixture('gitlab-old-order.csv');
    expect(byKey(read.rows, 'ops/platform#12')?.description).toBe(
      'Runners sit in 10.1.0.0/16.\nThey must move before the firewall change.\n\nEstimate: 4 h',
    );
    expect(byKey(read.rows, 'ops/platform#13')).toMatchObject({ description: 'Estimate: 1.5 h', points: 5 });
  });

  it('reads the work-items export (ID, IID, Title, …, Type) with its types', () => {
    const read = readFixture('gitlab-work-items.csv');
    expect(read.product).toBe('gitlab');
    expect(read.rows.map((r) => [r.key, r.type])).toEqual([
      ['ops/platform#21', 'task'],
      ['ops/platform#22', 'incident'],
    ]);
  });
});

describe('Azure DevOps query export', () => {
  const read = readFixture('azure-devops-query.csv', { site: 'https://dev.azure.com/acme/Ops' });

  it('is recognized through its BOM, with semicolon tags and Story Points', () => {
    expect(read.product).toBe('azure-devops');
    expect(read.table.header[0]).toBe('ID');
    expect(byKey(read.rows, '4711')).toMatchObject({
      title: 'Automate the quarterly access review',
      labels: ['security', 'compliance'],
      points: 8,
      type: 'story',
      link: 'https://dev.azure.com/acme/Ops/_workitems/edit/4711',
    });
  });

  it('maps Bug, Task and Epic', () => {
    expect(read.rows.map((r) => [r.key, r.type, r.labels.includes('epic')])).toEqual([
      ['4711', 'story', false],
      ['4712', 'bug', false],
      ['4713', 'task', false],
      ['4714', 'story', true],
    ]);
  });
});

describe('Linear export', () => {
  it('reads Estimate as points, comma labels, and keeps description lines', () => {
    const read = readFixture('linear.csv');
    expect(read.product).toBe('linear');
    expect(byKey(read.rows, 'INF-31')).toMatchObject({
      points: 5,
      labels: ['kubernetes', 'upgrade'],
      description: 'Control plane first.\nThen the node pools.',
      link: 'INF-31',
    });
    expect(byKey(read.rows, 'INF-32')?.points).toBe(5);
  });
});

describe('GitHub Projects view export (TSV)', () => {
  it('is read as tab-separated, keyed by repository and number', () => {
    const read = readFixture('github-project-view.tsv');
    expect(read.product).toBe('github');
    expect(read.rows.map((r) => [r.key, r.site, r.labels, r.points])).toEqual([
      ['acme/ops#42', 'https://github.com', ['runbook', 'alerting'], 3],
      ['acme/ops#43', 'https://github.com', ['ci'], 8],
      [null, '', [], null],
    ]);
  });
});

describe('any other CSV', () => {
  it('guesses a mapping from common names, and the user can change it', () => {
    const read = readFixture('other-tool.csv');
    expect(read.product).toBe('csv');
    expect(read.mapping).toMatchObject({ title: ['Name'], description: ['Details'], labels: ['Tags'], points: [] });
    const mapped = readFixture('other-tool.csv', { mapping: { ...read.mapping, points: ['Size'] } });
    expect(mapped.rows.map((r) => [r.title, r.points, r.labels])).toEqual([
      ['Replace the cron host', 2, ['cron', 'platform']],
      ['Archive old dashboards', 1, []],
    ]);
  });
});
