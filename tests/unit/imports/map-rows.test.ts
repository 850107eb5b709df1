import { describe, expect, it } from 'vitest';
import { isSiteAddress } from '../../../src/domain/imports/map-rows';
import { readExport } from '../../../src/domain/imports/read-export';
import { ImportRowSchema } from '../../../src/domain/imports/row-schema';
import { inProcessApi } from '../../helpers/in-process-api';

function readCsv(text: string) {
  const read = readExport('export.csv', new TextEncoder().encode(text), { scale: 'fibonacci', site: '' });
  if (!read.ok) throw new Error(read.message);
  return read.read.rows;
}

const long = (word: string, length: number) => word.repeat(Math.ceil(length / word.length)).slice(0, length);
const labels = Array.from({ length: 21 }, (_, i) => `label-${String(i).padStart(2, '0')}-${'y'.repeat(40)}`);

/** Rows a spreadsheet can hold, each with one cell far longer than the field it fills. */
const OVERSIZED = [
  `Title,Type,Key\nA,task,K-1\nB,${long('Bug ', 600)},K-2\n`,
  `Title,Points,Key\nA,3,K-1\nB,${long('x', 600)},K-2\n`,
  `Title,URL\nA,https://example.com/a\nB,https://example.com/${long('p', 2_100)}\n`,
  `Summary,Issue key,Original Estimate\nA,OPS-1,\nB,OPS-2,${long('x', 600)}\n`,
  `Summary,Issue key${',Labels'.repeat(labels.length)}\nBig row,OPS-900,${labels.join(',')}\n`,
  `Title,Key\nA,K-1\nB,${long('k', 2_100)}\nC,${long('k', 2_100)}\n`,
];

describe('a row with an oversized cell', () => {
  it.each(OVERSIZED.map((text, i) => [i, text] as const))(
    'case %i: every mapped row passes the api schema',
    (_, text) => {
      for (const row of readCsv(text)) expect(ImportRowSchema.safeParse(row).error).toBeUndefined();
    },
  );

  it('quotes at most 40 characters of an unknown type or points value in its note', () => {
    const [, typed] = readCsv(OVERSIZED[0]!);
    expect(typed?.notes).toEqual([`unknown type “${long('Bug ', 40).trimEnd()}…”: story`]);
    const [, pointed] = readCsv(OVERSIZED[1]!);
    expect(pointed?.notes).toEqual([`points “${'x'.repeat(40)}…” are not a number: unestimated`]);
  });

  it('reads a type named like a member of every object ("Constructor", "__proto__") as an unknown type', () => {
    const rows = readCsv('Summary,Issue key,Issue Type\nA,OPS-1,Constructor\nB,OPS-2,__proto__\nC,OPS-3,toString\n');
    expect(rows.map((r) => [r.type, r.notes])).toEqual([
      ['story', ['unknown type “Constructor”: story']],
      ['story', ['unknown type “__proto__”: story']],
      ['story', ['unknown type “toString”: story']],
    ]);
    for (const row of rows) expect(ImportRowSchema.safeParse(row).error).toBeUndefined();
  });

  it('reads numbers written with thousands commas, as spreadsheets and Cadence write them', () => {
    const [estimated, pointed, decimal] = readCsv(
      'Summary,Issue key,Original Estimate,Story Points\nA,OPS-1,"28,800",\nB,OPS-2,,"1,200"\nC,OPS-3,,"2,5"\n',
    );
    // Jira's estimate is in seconds: 28,800 s is 8 h, not "28.8 s" or "not a number".
    expect(estimated?.description).toBe('Estimate: 8 h');
    expect(estimated?.notes).toEqual([]);
    // 1,200 points is twelve hundred (over the scale), not 1.2 fitted to a card.
    expect(pointed).toMatchObject({ points: null });
    expect(pointed?.notes).toEqual([expect.stringContaining('points 1200 are over twice the largest card')]);
    // A lone decimal comma is still a decimal comma.
    expect(decimal?.notes).toEqual(['points not on the scale: was 2.5 → 3']);
  });

  it('notes labels over 40 characters in one line', () => {
    const [row] = readCsv(OVERSIZED[4]!);
    expect(row).toMatchObject({ labels: [], skip: null, notes: ['21 labels over 40 characters: left out'] });
  });

  it('skips a row whose key is over 2,000 characters, with its reason, and not its repeat as the same key', () => {
    const rows = readCsv(OVERSIZED[5]!);
    expect(rows.map((r) => [r.key, r.skip])).toEqual([
      ['K-1', null],
      [null, 'the key is over 2,000 characters'],
      [null, 'the key is over 2,000 characters'],
    ]);
  });

  it('is imported or skipped while the other rows import, not the whole import refused', async () => {
    const b = await inProcessApi();
    const teamId = (await b.api.createTeam({ name: 'Platform' })).id;
    const reasons: string[] = [];
    for (const text of OVERSIZED) {
      const result = await b.api.importBacklog({ teamId, product: 'csv', rows: readCsv(text) });
      reasons.push(...result.skippedRows.map((r) => r.reason));
    }
    expect(reasons).toEqual(['the key is over 2,000 characters', 'the key is over 2,000 characters']);
    const titles = b.store.snapshot().teams[0]?.items.map((i) => i.title);
    expect(new Set(titles)).toEqual(new Set(['A', 'B', 'Big row']));
    await b.store.close();
  });
});

describe('isSiteAddress', () => {
  it('takes a web address, or a host name (with a port or path) that becomes one, and nothing else', () => {
    const good = [
      'acme.atlassian.net',
      'acme.atlassian.net:8080',
      'https://acme.atlassian.net/',
      'dev.azure.com/acme/Ops',
    ];
    const bad = ['acme atlassian', 'ftp://acme.example.com', 'mailto:ops@example.com', 'https://'];
    expect(good.filter((site) => !isSiteAddress(site))).toEqual([]);
    expect(bad.filter((site) => isSiteAddress(site))).toEqual([]);
  });
});
