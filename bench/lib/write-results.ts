import { writeFileSync } from 'node:fs';
import { BASELINE } from '../design-notes';
import { fmt, ratio, type Results } from './report';

function cell(n: number | undefined, unit: string): string {
  return n === undefined ? '' : `${fmt(n)} ${unit}`;
}

function ratioCell(r: number | null): string {
  return r === null ? '' : `${r.toFixed(2)}×`;
}

/** The before/after table: each baseline figure beside the matching row of this run. */
function beforeAfter(results: Results): string {
  const lines = ['| Measurement | Before the changes | This run |', '| --- | --- | --- |'];
  for (const b of BASELINE) {
    const row = results.rows.find((r) => `${r.section} · ${r.name}`.startsWith(b.row));
    const now = row
      ? row.value.n > 1
        ? `${fmt(row.value.median)} ${row.unit} / ${fmt(row.value.p95)} ${row.unit}`
        : `${fmt(row.value.median)} ${row.unit}`
      : 'not measured in this run';
    lines.push(`| ${b.label} | ${b.before} | ${now} |`);
  }
  return lines.join('\n');
}

/** RESULTS.md: where and how it was measured, then one table row per figure beside its floor. */
export function writeResults(file: string, results: Results, header: string[], design: string[]): void {
  const lines = [
    '# Cadence benchmark results',
    '',
    '_Written by `npm run bench`; do not edit by hand (the design notes come from `bench/design-notes.ts`)._',
    '',
    ...header.map((h) => `- ${h}`),
    '',
    'Each figure is the median and the 95th percentile over the repeated runs named in the row; the floor',
    'is measured in the same run, interleaved with the figure, and the ratio is figure ÷ floor.',
    '',
    '| Area | Measurement | Median | p95 | Floor median | Floor p95 | Ratio (median / p95) | Runs | Target | Result | Note |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |',
    ...results.rows.map((r) =>
      [
        r.section,
        r.name,
        cell(r.value.median, r.unit),
        cell(r.value.p95, r.unit),
        cell(r.floor?.median, r.unit),
        cell(r.floor?.p95, r.unit),
        r.floor ? `${ratioCell(ratio(r, 'median'))} / ${ratioCell(ratio(r, 'p95'))}` : '',
        String(r.value.n),
        r.target ?? '',
        r.pass === undefined ? 'info' : r.pass ? 'met' : '**missed**',
        r.note ?? '',
      ]
        .map((c) => c.replace(/\|/g, '\\|'))
        .join(' | ')
        .replace(/^/, '| ')
        .replace(/$/, ' |'),
    ),
    '',
    ...(results.notes.length > 0 ? ['## Notes from this run', '', ...results.notes.map((n) => `- ${n}`), ''] : []),
    ...design.map((line) => (line === '{{BEFORE_AFTER}}' ? beforeAfter(results) : line)),
    '',
  ];
  writeFileSync(file, lines.join('\n'));
}
