import { describe, expect, it } from 'vitest';
import {
  createTypedFilter,
  EMPTY_FILTER,
  filterItems,
  isFilterActive,
  labelsInUse,
  prepareFilterText,
} from '../../../src/domain/backlog/filter';
import { moveById } from '../../../src/domain/backlog/order';
import { readiness } from '../../../src/domain/backlog/readiness';
import { BacklogItemSchema, ItemFieldsSchema, isHttpUrl } from '../../../src/domain/backlog/schema';
import { ITEM_TEMPLATES, placeholdersLeft } from '../../../src/domain/backlog/templates';
import { defaultDefinitionOfReady } from '../../../src/domain/team/defaults';
import { newId } from '../../../src/domain/shared/new-id';
import { item, itemFields } from '../../helpers/fixtures';

describe('readiness against the Definition of Ready', () => {
  const dor = defaultDefinitionOfReady(newId);
  const manual = dor.filter((e) => e.rule === null);

  it('lists every unmet entry for a bare item', () => {
    const result = readiness(item('Bare'), dor);
    expect(result.ready).toBe(false);
    expect(result.missing).toEqual(dor.map((e) => e.text));
  });

  it('checks the automatic rules from the item itself', () => {
    const result = readiness(
      item('Estimated', {
        points: 3,
        description: 'Why',
        acceptanceCriteria: [{ id: 'c', text: 'Works', done: false }],
      }),
      dor,
    );
    const auto = result.checks.filter((c) => c.automatic);
    expect(auto.every((c) => c.met)).toBe(true);
    expect(result.missing).toEqual(manual.map((e) => e.text));
  });

  it('is ready once manual entries are ticked too', () => {
    const full = item('Full', {
      points: 5,
      description: 'Why',
      acceptanceCriteria: [{ id: 'c', text: 'Works', done: false }],
      readyChecks: manual.map((e) => e.id),
    });
    expect(readiness(full, dor)).toMatchObject({ ready: true, missing: [] });
  });

  it('treats a whitespace-only description as missing', () => {
    const result = readiness(item('Blank', { description: '   ' }), dor);
    expect(result.missing).toContain('Description says why the work matters');
  });
});

describe('backlog filter', () => {
  const items = [
    item('Upgrade cluster', { type: 'story', labels: ['kubernetes'] }),
    item('Page storm on db', { type: 'incident', labels: ['database', 'monitoring'], description: 'replica lag' }),
    item('Rotate certs', { type: 'chore', links: [{ id: 'l', kind: 'ticket', value: 'OPS-42' }] }),
  ];

  it('matches text in title, description, labels and links, ignoring case', () => {
    expect(filterItems(items, { ...EMPTY_FILTER, text: 'CLUSTER' }).map((i) => i.title)).toEqual(['Upgrade cluster']);
    expect(filterItems(items, { ...EMPTY_FILTER, text: 'replica' }).map((i) => i.title)).toEqual(['Page storm on db']);
    expect(filterItems(items, { ...EMPTY_FILTER, text: 'monitor' }).map((i) => i.title)).toEqual(['Page storm on db']);
    expect(filterItems(items, { ...EMPTY_FILTER, text: 'ops-42' }).map((i) => i.title)).toEqual(['Rotate certs']);
  });

  it('never matches text spanning two fields, and follows an item edited since the last filter', () => {
    const storm = items[1]!;
    // Title "Page storm on db", description "replica lag": "db replica" is in neither field.
    expect(filterItems(items, { ...EMPTY_FILTER, text: 'db replica' })).toHaveLength(0);
    expect(filterItems(items, { ...EMPTY_FILTER, text: 'dbreplica' })).toHaveLength(0);
    expect(filterItems(items, { ...EMPTY_FILTER, text: 'databasemonitoring' })).toHaveLength(0);
    const edited = [items[0]!, { ...storm, description: 'disk full' }, items[2]!];
    expect(filterItems(edited, { ...EMPTY_FILTER, text: 'replica' })).toHaveLength(0);
    expect(filterItems(edited, { ...EMPTY_FILTER, text: 'disk' }).map((i) => i.title)).toEqual(['Page storm on db']);
  });

  it('answers as filterItems while a filter is typed and deleted, and again after the list or the type changes', () => {
    const typed = createTypedFilter();
    const phrase = 'page storm';
    const steps = [...phrase].map((_, i) => phrase.slice(0, i + 1));
    const texts = [...steps, ...steps.slice(0, -1).reverse(), '', 'rep', 'db'];
    const titles = (list: readonly { title: string }[]) => list.map((i) => i.title);
    for (const text of texts) {
      const filter = { ...EMPTY_FILTER, text };
      expect(titles(typed(items, filter)), text).toEqual(titles(filterItems(items, filter)));
    }
    // A deleted character brings back the answer given before, not a new one.
    expect(typed(items, { ...EMPTY_FILTER, text: 'pa' })).toBe(typed(items, { ...EMPTY_FILTER, text: 'pa' }));
    const chore = { ...EMPTY_FILTER, text: 'r', types: ['chore' as const] };
    expect(titles(typed(items, chore))).toEqual(['Rotate certs']);
    const renamed = [items[0]!, { ...items[1]!, title: 'Rotate keys' }, items[2]!];
    expect(titles(typed(renamed, { ...EMPTY_FILTER, text: 'rotate' }))).toEqual(['Rotate keys', 'Rotate certs']);
  });

  it('prepares the filter text ahead in steps, stopping when told and going on from there', () => {
    const many = Array.from({ length: 150 }, (_, i) => ({ ...items[i % items.length]!, id: `i${i}` }));
    let asked = 0;
    const first = prepareFilterText(many, 0, () => asked++ < 1);
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(many.length);
    expect(prepareFilterText(many, first, () => false)).toBe(first);
    expect(prepareFilterText(many, first, () => true)).toBe(many.length);
    // Prepared items are filtered as before, edits included (an edited item is a new object).
    expect(filterItems(many, { ...EMPTY_FILTER, text: 'storm' })).toHaveLength(50);
    const edited = many.map((i) => (i.title === 'Page storm on db' ? { ...i, title: 'Page flood on db' } : i));
    expect(filterItems(edited, { ...EMPTY_FILTER, text: 'storm' })).toHaveLength(0);
  });

  it('combines type and label', () => {
    expect(filterItems(items, { types: ['incident', 'chore'], label: null, text: '' })).toHaveLength(2);
    expect(filterItems(items, { types: ['incident'], label: 'kubernetes', text: '' })).toHaveLength(0);
    expect(filterItems(items, { types: [], label: 'database', text: '' })).toHaveLength(1);
  });

  it('knows when it is active and lists labels in use', () => {
    expect(isFilterActive(EMPTY_FILTER)).toBe(false);
    expect(isFilterActive({ ...EMPTY_FILTER, text: ' x ' })).toBe(true);
    expect(labelsInUse(items)).toEqual(['database', 'kubernetes', 'monitoring']);
  });
});

describe('moveById', () => {
  const list = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
  const ids = (l: { id: string }[]) => l.map((x) => x.id).join('');

  it('moves down and up', () => {
    expect(ids(moveById(list, 'a', 2))).toBe('bcad');
    expect(ids(moveById(list, 'd', 0))).toBe('dabc');
  });

  it('clamps the target and ignores unknown ids', () => {
    expect(ids(moveById(list, 'b', 99))).toBe('acdb');
    expect(ids(moveById(list, 'c', -5))).toBe('cabd');
    expect(ids(moveById(list, 'zz', 1))).toBe('abcd');
  });

  it('does not change the input', () => {
    moveById(list, 'a', 3);
    expect(ids(list)).toBe('abcd');
  });
});

describe('item fields', () => {
  const { title: _title, ...base } = itemFields('', { type: 'story' });

  it('refuses an empty title and a 10 MB description with messages that say why', () => {
    const empty = ItemFieldsSchema.safeParse({ ...base, title: '   ' });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.message).toBe('Title cannot be empty.');
    const huge = ItemFieldsSchema.safeParse({ ...base, title: 'x', description: 'a'.repeat(10 * 1024 * 1024) });
    expect(huge.error?.issues[0]?.message).toMatch(/Description is too long: use at most 20,000 characters/);
  });

  it('accepts ticket keys but only http(s) URLs for other links', () => {
    const link = (kind: string, value: string) =>
      ItemFieldsSchema.safeParse({ ...base, title: 'x', links: [{ id: 'l', kind, value }] }).success;
    expect(link('ticket', 'OPS-123')).toBe(true);
    expect(link('runbook', 'https://wiki.example/runbook')).toBe(true);
    expect(link('runbook', 'javascript:alert(1)')).toBe(false);
    expect(link('pr', 'OPS-123')).toBe(false);
    expect(isHttpUrl('file:///etc/passwd')).toBe(false);
  });

  it('lower-cases and trims labels', () => {
    const parsed = ItemFieldsSchema.parse({ ...base, title: 'x', labels: ['  DNS '] });
    expect(parsed.labels).toEqual(['dns']);
  });
});

describe('templates', () => {
  it('every template makes a valid item with acceptance criteria', () => {
    expect(ITEM_TEMPLATES.length).toBeGreaterThanOrEqual(8);
    for (const t of ITEM_TEMPLATES) {
      const parsed = BacklogItemSchema.safeParse({
        id: t.id,
        title: t.title,
        type: t.type,
        description: t.description,
        labels: t.labels,
        acceptanceCriteria: t.acceptanceCriteria.map((text, i) => ({ id: String(i), text })),
        needsChangeWindow: t.needsChangeWindow,
        createdAt: '2026-11-27T00:00:00.000Z',
        updatedAt: '2026-11-27T00:00:00.000Z',
      });
      expect(parsed.success, t.name).toBe(true);
      expect(t.acceptanceCriteria.length, t.name).toBeGreaterThan(0);
    }
  });

  it('names the placeholders of its template that a title still holds, and only those', () => {
    expect(placeholdersLeft('k8s-upgrade', 'Upgrade <cluster> to Kubernetes <version>')).toEqual([
      '<cluster>',
      '<version>',
    ]);
    expect(placeholdersLeft('k8s-upgrade', 'Upgrade prod-eu to Kubernetes <version>')).toEqual(['<version>']);
    expect(placeholdersLeft('k8s-upgrade', 'Upgrade prod-eu to Kubernetes 1.31')).toEqual([]);
    expect(placeholdersLeft(null, 'Drop <br> from the status page')).toEqual([]);
  });

  it('covers the common infrastructure work', () => {
    const names = ITEM_TEMPLATES.map((t) => t.name.toLowerCase()).join(' | ');
    for (const topic of ['backup', 'patching', 'alert', 'kubernetes', 'dns', 'load test', 'terraform', 'spike']) {
      expect(names).toContain(topic);
    }
  });
});
