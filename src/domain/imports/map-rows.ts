import type { ItemStatus, ItemType } from '../backlog/vocabulary';
import { cutText } from '../shared/cut-text';
import { LIMITS } from '../shared/text';
import { ownEntry } from '../shared/plain-object';
import { readTypedNumber } from '../shared/typed-number';
import { numberText, plural, pluralWord } from '../shared/words';
import type { PointScale } from '../team/scales';
import { fitPoints } from './points';
import { IMPORT_FIELDS, PRODUCT_FORMATS, type ImportField, type ImportMapping } from './products';
import { quoted, shortened } from './quote';
import type { ImportProduct } from './source';
import { readStatus } from './status';
import type { TableRow } from './table';

/**
 * The item fields an export may have no column for (not the title: a row without one is skipped). A re-import
 * leaves such a field as the item has it: a missing column is not an empty value.
 */
export const OPTIONAL_FIELDS = ['type', 'description', 'labels', 'points'] as const;
export type OptionalField = (typeof OPTIONAL_FIELDS)[number];

/** One row of an export as the item it will become, with what was changed on the way (its notes). */
export interface ImportRow {
  row: number;
  /** The product's key (OPS-123, group/project#12); null when the row has none. */
  key: string | null;
  /** Where the key lives: the URL's origin, or the site the user gave. */
  site: string;
  /** A link back to the issue: its URL, or the key as a ticket. */
  link: string | null;
  title: string;
  type: ItemType;
  description: string;
  labels: string[];
  points: number | null;
  /**
   * The status the export gives the issue (a closed one is done), for an item this row adds; an update never
   * changes an item's status, which is the team's own work. Left out by older callers, which means to do.
   */
  status?: ItemStatus;
  notes: string[];
  /** Why the row will not become an item, or null. */
  skip: string | null;
  /**
   * The fields the export has no column for, and the type when the row names none (an empty type cell, no
   * label naming a type): an item this row updates keeps its own. Left out by older callers, which means
   * none: every field is written.
   */
  unmapped?: OptionalField[];
}

export interface MapOptions {
  product: ImportProduct;
  mapping: ImportMapping;
  scale: PointScale;
  /** The site the user gave (a Jira export does not name it), e.g. https://acme.atlassian.net. */
  site: string;
}

const TYPES: Record<string, ItemType> = {
  story: 'story',
  'user story': 'story',
  feature: 'story',
  'product backlog item': 'story',
  requirement: 'story',
  improvement: 'story',
  'new feature': 'story',
  issue: 'story',
  epic: 'story',
  task: 'task',
  'sub-task': 'task',
  subtask: 'task',
  'sub task': 'task',
  bug: 'bug',
  defect: 'bug',
  spike: 'spike',
  research: 'spike',
  incident: 'incident',
  'test case': 'task',
  chore: 'chore',
  maintenance: 'chore',
  'tech debt': 'tech_debt',
  'technical debt': 'tech_debt',
  'tech-debt': 'tech_debt',
};

/** The columns of each header name, so a field reads every repeat of its header. */
export function columnIndex(header: readonly string[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  header.forEach((name, i) => index.set(name, [...(index.get(name) ?? []), i]));
  return index;
}

/** "group/project#12" for an issue or pull request URL of GitLab or GitHub; null for anything else. */
function keyOfUrl(url: URL): string | null {
  const match = /^\/(.+?)(?:\/-)?\/(?:issues|pull|work_items|merge_requests)\/(\d+)\/?$/.exec(url.pathname);
  return match ? `${match[1]}#${match[2]}` : null;
}

function parseUrl(text: string): URL | null {
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function hours(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return `Estimate: ${rounded} h`;
}

function clip(text: string, max: number, what: string, notes: string[]): string {
  if (text.length <= max) return text;
  notes.push(`${what} cut to ${numberText(max)} characters`);
  return cutText(text, max).trimEnd();
}

function labelsOf(cells: string[], separator: RegExp, notes: string[]): string[] {
  const raw = cells.flatMap((c) => c.split(separator));
  const labels: string[] = [];
  const tooLong = new Set<string>();
  for (const text of raw) {
    const label = text.trim().toLowerCase();
    if (label === '' || labels.includes(label)) continue;
    if (label.length > LIMITS.label) tooLong.add(label);
    else labels.push(label);
  }
  // One note for them all: a row can hold any number of Labels columns, and a row has room for few notes.
  if (tooLong.size === 1)
    notes.push(`label ${quoted([...tooLong][0] ?? '')} is over ${LIMITS.label} characters: left out`);
  if (tooLong.size > 1) notes.push(`${plural(tooLong.size, 'label')} over ${LIMITS.label} characters: left out`);
  return labels;
}

function typeOf(text: string, notes: string[], labels: string[]): ItemType {
  const name = text.trim().toLowerCase();
  if (name === '') return 'story';
  if (name === 'epic' && !labels.includes('epic')) labels.unshift('epic');
  const type = ownEntry(TYPES, name);
  if (type) return type;
  notes.push(`unknown type ${quoted(text)}: story`);
  return 'story';
}

/**
 * The type a row's labels name, for a row whose export has no type of its own (Linear marks a bug with a "Bug"
 * label, GitHub with "bug"): the first label that names a type other than story, the type every row has anyway.
 */
function typeOfLabels(labels: readonly string[]): ItemType | null {
  for (const label of labels) {
    const type = ownEntry(TYPES, label);
    if (type && type !== 'story') return type;
  }
  return null;
}

/** The link back: the row's URL, else the issue page on the given site (Jira, Azure DevOps), else the key. */
function linkOf(product: ImportProduct, site: string, key: string | null, url: URL | null): string | null {
  if (url) return url.href;
  if (key && site && product === 'jira') return `${site}/browse/${encodeURIComponent(key)}`;
  if (key && site && product === 'azure-devops') return `${site}/_workitems/edit/${encodeURIComponent(key)}`;
  return key;
}

/** The origin of a site address typed by a person ("acme.atlassian.net/" → "https://acme.atlassian.net"). */
export function normalizeSite(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const url = parseUrl(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  return url ? `${url.origin}${url.pathname.replace(/\/+$/, '')}` : trimmed;
}

/** A column as a spreadsheet names it: A…Z, then AA. */
function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The fields a row takes one cell of (labels take every cell), as a note names them. */
const ONE_CELL_FIELDS: Partial<Record<ImportField, string>> = {
  key: 'key',
  url: 'link',
  title: 'title',
  description: 'description',
  type: 'type',
  points: 'points',
  estimate: 'time estimate',
};

/**
 * The note of a one-cell field whose header the export repeats (two columns named Title) when a later column of
 * that name holds another value than the one taken: which column was used, and what was left out. Null otherwise.
 */
function repeatedColumnNote(field: ImportField, cells: readonly { column: number; name: string; text: string }[]) {
  const word = ONE_CELL_FIELDS[field];
  const [used, ...others] = cells.filter((c) => c.text.trim() !== '');
  if (!word || !used) return null;
  const left = others.filter((c) => c.name === used.name && c.text.trim() !== used.text.trim());
  if (left.length === 0) return null;
  const count = cells.filter((c) => c.name === used.name).length;
  // Two named, the rest counted: a Jira export can repeat a header many times, and a note has 500 characters.
  const list = left
    .slice(0, 2)
    .map((c) => `${columnLetter(c.column)} (${quoted(c.text)})`)
    .concat(left.length > 2 ? [`${numberText(left.length - 2)} more`] : [])
    .join(', ');
  return `${count} ${quoted(used.name)} columns: ${word} from column ${columnLetter(used.column)}; ${pluralWord(left.length, 'column', 'columns')} ${list} left out`;
}

/**
 * Whether a site address as typed is a web address once "https://" is put before a bare host name (as
 * normalizeSite reads it): "acme.atlassian.net" is, "acme atlassian" or "ftp://acme" is not. An item keeps its
 * site with its key, and its link is made from it.
 */
export function isSiteAddress(text: string): boolean {
  const trimmed = text.trim();
  if (/\s/.test(trimmed)) return false;
  // Another scheme than http(s) ("ftp://", "mailto:"); a host name's port ("acme:8080") is no scheme.
  if (/^[A-Za-z][A-Za-z0-9+.-]*:(?!\d)/.test(trimmed) && !/^https?:\/\//i.test(trimmed)) return false;
  const url = parseUrl(normalizeSite(trimmed));
  return url !== null && url.username === '' && url.password === '';
}

/** Maps one row; never throws, whatever the cells hold. */
export function mapRow(row: TableRow, columns: Map<string, number[]>, options: MapOptions): ImportRow {
  const { mapping, product } = options;
  const format = PRODUCT_FORMATS[product];
  const cellsWithColumns = (field: ImportField) =>
    mapping[field].flatMap((name) =>
      (columns.get(name) ?? []).map((column) => ({ column, name, text: row.cells[column] ?? '' })),
    );
  const cellsOf = (field: ImportField): string[] => cellsWithColumns(field).map((c) => c.text);
  const first = (field: ImportField) => cellsOf(field).find((c) => c.trim() !== '') ?? '';
  const hasColumn = (field: ImportField) => mapping[field].some((name) => columns.has(name));
  const notes: string[] = [];

  const title = clip(first('title').replace(/\s+/g, ' ').trim(), LIMITS.title, 'title', notes);
  const url = parseUrl(first('url').trim()) ?? parseUrl(first('key').trim());
  const keyText = first('key').trim();
  const keyUrl = parseUrl(keyText);
  const key = keyUrl ? (keyOfUrl(keyUrl) ?? keyUrl.href) : keyText === '' ? null : keyText;
  const site = url ? url.origin : normalizeSite(options.site);

  const labels = labelsOf(cellsOf('labels'), format.labelSeparator, notes);
  const typeText = first('type');
  // A type cell says what the row is; without one, a label naming a type does (an empty type is no type).
  const labelType = typeText.trim() === '' ? typeOfLabels(labels) : null;
  const type = labelType ?? typeOf(typeText, notes, labels);
  if (labels.length > LIMITS.labels) {
    notes.push(`${labels.length} labels: only the first ${LIMITS.labels} kept`);
    labels.length = LIMITS.labels;
  }

  const status = readStatus(cellsOf('status'));
  if (status.note) notes.push(status.note);

  const fitted = fitPoints(options.scale, first('points'));
  if (fitted.note) notes.push(fitted.note);

  let description = first('description').replace(/\r\n?/g, '\n').trim();
  const estimateText = first('estimate').trim();
  if (estimateText !== '') {
    const value = readTypedNumber(estimateText);
    if (value !== null && value > 0) {
      const line = hours(format.estimateUnit === 'seconds' ? value / 3600 : value);
      description = description === '' ? line : `${description}\n\n${line}`;
    } else if (value === null) notes.push(`time estimate ${quoted(estimateText)} is not a number: left out`);
    else if (value < 0) notes.push(`time estimate ${quoted(estimateText)} is below zero: left out`);
  }
  description = clip(description, LIMITS.markdown, 'description', notes);
  // Nothing is left out unsaid: a row of an export with two Title columns says which one it took.
  for (const field of IMPORT_FIELDS) {
    const note = repeatedColumnNote(field, cellsWithColumns(field));
    if (note) notes.push(note);
  }

  // A key longer than a source can hold is no issue's key (most likely a column shifted by a stray comma).
  const keyTooLong = key !== null && key.length > LIMITS.url;
  const link = keyTooLong ? null : linkOf(product, site, key, url);
  const linkTooLong = link !== null && link.length > LIMITS.url;
  if (linkTooLong && !keyTooLong) notes.push(`link over ${numberText(LIMITS.url)} characters left out`);

  return {
    row: row.row,
    key: keyTooLong ? null : key,
    site,
    link: linkTooLong ? null : link,
    title,
    type,
    description,
    labels,
    points: fitted.points,
    status: status.status,
    notes,
    skip: skipReason(title, keyTooLong),
    // Only the description's own column counts: an estimate alone would replace a description with its line.
    // A row names a type by its type cell or a label; an empty cell leaves an item's type, as its other fields.
    unmapped: OPTIONAL_FIELDS.filter((field) =>
      field === 'type' ? typeText.trim() === '' && !labelType : !hasColumn(field),
    ),
  };
}

/** Why a row will not become an item, or null. */
function skipReason(title: string, keyTooLong: boolean): string | null {
  if (title === '') return 'no title';
  if (keyTooLong) return `the key is over ${numberText(LIMITS.url)} characters`;
  return null;
}

/** Rows whose site and key repeat an earlier row's are skipped, naming that row (a key is one item). */
export function markRepeatedKeys<T extends Pick<ImportRow, 'row' | 'key' | 'site' | 'skip'>>(rows: readonly T[]): T[] {
  const seen = new Map<string, number>();
  return rows.map((r) => {
    if (r.skip !== null || r.key === null) return r;
    const id = JSON.stringify([r.site, r.key]);
    const earlier = seen.get(id);
    if (earlier !== undefined) return { ...r, skip: `same key ${shortened(r.key)} as row ${earlier}` };
    seen.set(id, r.row);
    return r;
  });
}

/**
 * The note of a row with text in cells past the header's last column, which no field reads: most likely a comma
 * outside quotes split a cell, so the cells after it are in the wrong columns. Null for a row without.
 */
function cellsPastHeader(row: TableRow, width: number): string | null {
  if (row.unclosedQuote) return null;
  const past = row.cells.slice(width).filter((c) => c.trim() !== '');
  const [firstPast] = past;
  if (firstPast === undefined) return null;
  const more = past.length > 1 ? ', …' : '';
  return `${plural(past.length, 'cell')} past the last column left out (${quoted(firstPast)}${more}): a comma outside quotes shifts the cells after it`;
}

/** Maps every row of a table. */
export function mapRows(header: readonly string[], rows: readonly TableRow[], options: MapOptions): ImportRow[] {
  const columns = columnIndex(header);
  return markRepeatedKeys(
    rows.map((r) => {
      const mapped = mapRow(r, columns, options);
      const past = cellsPastHeader(r, header.length);
      return past ? { ...mapped, notes: [...mapped.notes, past] } : mapped;
    }),
  );
}
