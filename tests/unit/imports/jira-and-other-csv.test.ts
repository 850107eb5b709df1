import { describe, expect, it } from 'vitest';
import type { ImportProduct } from '../../../src/domain/imports/source';
import { readExport } from '../../../src/domain/imports/read-export';

/** A file with Jira's column names; a user may pick "Other CSV" for it, or write such a file by hand. */
const FILE = [
  'Summary,Issue key,Issue Type,Labels,Custom field (Story Points),Description',
  'Rotate the certificates,OPS-1,Task,"security, tls",3,Before October.',
  'Patch the bastions,OPS-2,Bug,linux,5,',
].join('\n');

function readAs(product: ImportProduct | undefined) {
  const bytes = new TextEncoder().encode(FILE);
  const result = readExport('export.csv', bytes, { scale: 'fibonacci', site: 'acme.atlassian.net', product });
  if (!result.ok) throw new Error(result.message);
  return result.read;
}

const items = (product: ImportProduct | undefined) =>
  readAs(product).rows.map(({ key, title, type, labels, points, description }) => ({
    key,
    title,
    type,
    labels,
    points,
    description,
  }));

describe('the same columns read as Jira and as Other CSV', () => {
  it('give the same items: points from Story Points, a labels cell split at its commas', () => {
    expect(readAs(undefined).product).toBe('jira');
    const expected = [
      {
        key: 'OPS-1',
        title: 'Rotate the certificates',
        type: 'task',
        labels: ['security', 'tls'],
        points: 3,
        description: 'Before October.',
      },
      { key: 'OPS-2', title: 'Patch the bastions', type: 'bug', labels: ['linux'], points: 5, description: '' },
    ];
    expect(items('jira')).toEqual(expected);
    expect(items('csv')).toEqual(expected);
  });
});
