import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMPORT_FIELDS, type ImportMapping } from '../../../src/domain/imports/products';
import { readExport } from '../../../src/domain/imports/read-export';
import { IMPORT_PRODUCTS } from '../../../src/domain/imports/source';
import { parseTable } from '../../../src/domain/imports/table';

/** Cells made of the characters that break CSV readers: quotes, separators, line ends, formula signs. */
const cell = fc.stringMatching(/^[a-zA-Z0-9 ",;\t\r\n=+\-@#:/\\.]{0,12}$/);

describe('the import parsers never throw', () => {
  it('any text gives a table of rows and problems', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const table = parseTable(text, { chunkSize: 64 });
        expect(Array.isArray(table.header)).toBe(true);
        for (const row of table.rows) expect(row.row).toBeGreaterThanOrEqual(2);
      }),
    );
  });

  it('any bytes give rows or a refusal message, for every product and any mapping', () => {
    const mapping = fc.record(
      Object.fromEntries(IMPORT_FIELDS.map((f) => [f, fc.array(cell, { maxLength: 2 })])) as Record<
        keyof ImportMapping,
        fc.Arbitrary<string[]>
      >,
    );
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom(...IMPORT_PRODUCTS),
        fc.option(mapping, { nil: undefined }),
        (bytes, product, chosen) => {
          const result = readExport('x.csv', bytes, { scale: 'tshirt', product, mapping: chosen, site: 'x' });
          if (!result.ok) expect(result.message).toMatch(/Nothing was imported/);
          else for (const row of result.read.rows) expect(typeof row.title).toBe('string');
        },
      ),
    );
  });

  it('CSV built from hostile cells reads back as the same cells', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const quote = (c: string) => `"${c.replace(/"/g, '""')}"`;
        const text = ['A,B', ...rows.map((r) => r.map(quote).join(','))].join('\r\n');
        const table = parseTable(text);
        // Rows whose cells are all blank are skipped, as papaparse's greedy mode does.
        const kept = rows.filter((r) => r.join('').trim() !== '');
        expect(table.rows.map((r) => r.cells)).toEqual(kept);
      }),
    );
  });
});

describe('wide exports', () => {
  it('reads a Jira export with more than 2,000 columns by position', () => {
    const extra = Array.from({ length: 2100 }, (_, i) => `Custom field (Field ${i})`);
    const header = ['Summary', 'Issue key', 'Issue Type', ...extra, 'Labels', 'Labels', 'Custom field (Story Points)'];
    const row = ['Wide one', 'OPS-1', 'Task', ...extra.map(() => 'x'), 'a', 'b', '8'];
    const bytes = new TextEncoder().encode(`${header.join(',')}\n${row.join(',')}\n`);
    const result = readExport('wide.csv', bytes, { scale: 'fibonacci' });
    expect(result.ok && result.read.rows[0]).toMatchObject({
      key: 'OPS-1',
      labels: ['a', 'b'],
      points: 8,
      type: 'task',
    });
  });
});
