import type { PointScale } from '../team/scales';
import type { ImportProduct } from './source';

/** The item fields an export's columns can fill. */
export const IMPORT_FIELDS = [
  'key',
  'url',
  'title',
  'description',
  'type',
  'status',
  'labels',
  'points',
  'estimate',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_NAMES: Record<ImportField, string> = {
  key: 'Key (for re-import)',
  url: 'Link',
  title: 'Title',
  description: 'Description',
  type: 'Type',
  status: 'Status',
  labels: 'Labels',
  points: 'Story points',
  estimate: 'Time estimate',
};

/**
 * Which columns fill each field, by header name, in order of preference; [] leaves the field empty. Every
 * column with such a name is read, so Jira's repeated headers (one Labels column per label) all count, and a
 * row's first non-empty value wins (Jira's two story-point fields, one per project kind).
 */
export type ImportMapping = Record<ImportField, string[]>;

/** How a product writes what the mapping cannot say: label lists, time estimates. */
export interface ProductFormat {
  /** Splits one labels cell into labels (Jira repeats the column as well: each is read). */
  labelSeparator: RegExp;
  /** The unit of the time-estimate column. */
  estimateUnit: 'seconds' | 'hours';
}

/**
 * A labels cell of Jira (one label a cell, repeated columns) or of any other CSV holds one label or a list of
 * them: a Jira label has no spaces, so "security, tls" is two labels, read as "Other CSV" reads it.
 */
const LABEL_LIST = /[,;]/;

/** Jira's names for story points, which any other CSV with those columns means too. */
const JIRA_POINTS = [
  'Custom field (Story Points)',
  'Custom field (Story point estimate)',
  'Story Points',
  'Story point estimate',
];

/**
 * Where a tracker keeps T-shirt sizes (Jira's custom field, a spreadsheet's column): a T-shirt team's points when
 * the export has no story points column. Never a numeric team's: its sizes are no numbers.
 */
const TSHIRT_SIZES = ['Custom field (T-Shirt Size)', 'T-Shirt Size', 'T-Shirt Sizing', 'Custom field (T-Shirt Sizing)'];

export const PRODUCT_FORMATS: Record<ImportProduct, ProductFormat> = {
  jira: { labelSeparator: LABEL_LIST, estimateUnit: 'seconds' },
  gitlab: { labelSeparator: /,/, estimateUnit: 'seconds' },
  'azure-devops': { labelSeparator: /;/, estimateUnit: 'hours' },
  linear: { labelSeparator: /,/, estimateUnit: 'hours' },
  github: { labelSeparator: /,/, estimateUnit: 'hours' },
  csv: { labelSeparator: LABEL_LIST, estimateUnit: 'hours' },
};

/** Header names each product writes for a field, most likely first (from the vendors' documented exports). */
const CANDIDATES: Record<ImportProduct, Partial<Record<ImportField, string[]>>> = {
  jira: {
    key: ['Issue key'],
    title: ['Summary'],
    description: ['Description'],
    type: ['Issue Type'],
    // A workflow's own statuses ("Deployed") are read by the category Jira files each under (To Do, In Progress, Done).
    status: ['Status', 'Status Category'],
    labels: ['Labels'],
    points: JIRA_POINTS,
    estimate: ['Original Estimate', 'Original estimate'],
  },
  gitlab: {
    key: ['URL', 'IID', 'Issue ID', 'ID'],
    url: ['URL'],
    title: ['Title'],
    description: ['Description'],
    type: ['Type', 'Work Item Type'],
    status: ['State', 'Status'],
    labels: ['Labels'],
    points: ['Weight'],
    estimate: ['Time Estimate'],
  },
  'azure-devops': {
    key: ['ID'],
    title: ['Title'],
    description: ['Description'],
    type: ['Work Item Type'],
    status: ['State'],
    labels: ['Tags'],
    points: ['Story Points', 'Effort', 'Size'],
    estimate: ['Original Estimate'],
  },
  linear: {
    key: ['ID'],
    url: ['URL'],
    title: ['Title'],
    description: ['Description'],
    status: ['Status'],
    labels: ['Labels'],
    points: ['Estimate'],
  },
  github: {
    key: ['URL'],
    url: ['URL'],
    title: ['Title'],
    description: ['Body', 'Description'],
    type: ['Type', 'Issue Type'],
    status: ['Status', 'State'],
    labels: ['Labels'],
    points: ['Estimate', 'Story Points', 'Points'],
  },
  csv: {
    key: ['Key', 'Issue key', 'ID', 'Issue ID'],
    url: ['URL', 'Link'],
    title: ['Title', 'Summary', 'Name'],
    description: ['Description', 'Body', 'Details'],
    type: ['Type', 'Issue Type', 'Work Item Type'],
    status: ['Status', 'State'],
    labels: ['Labels', 'Tags'],
    points: [...JIRA_POINTS, 'Points', 'Estimate'],
  },
};

/**
 * A header name as it is looked up: case and spacing aside, so a line break typed in a header cell (Alt+Enter in
 * Excel: "Story⏎Points"), two spaces or a no-break space pasted from a web page still name their column.
 */
const norm = (name: string) => name.replace(/\s+/g, ' ').trim().toLowerCase();

/** The product that wrote an export, from its header alone. */
export function recognizeProduct(header: readonly string[]): ImportProduct {
  const has = new Set(header.map(norm));
  const all = (...names: string[]) => names.every((n) => has.has(n));
  const any = (...names: string[]) => names.some((n) => has.has(n));
  if (all('issue key', 'summary')) return 'jira';
  if (all('id', 'work item type', 'title')) return 'azure-devops';
  if (all('title', 'url') && any('issue id', 'iid') && any('state', 'status')) return 'gitlab';
  if (all('id', 'team', 'title') && any('estimate', 'cycle number', 'project id')) return 'linear';
  if (all('title', 'assignees') && any('repository', 'url', 'status')) return 'github';
  return 'csv';
}

/** The header names a product's export is looked up by for a field, most likely first ([] for none). */
export function columnNamesOf(product: ImportProduct, field: ImportField): readonly string[] {
  return CANDIDATES[product][field] ?? [];
}

/**
 * The mapping a product's export gets before the user changes it: every name of the field it has. A team on the
 * T-shirt `scale` takes its points from a T-shirt size column when the export has none of story points.
 */
export function defaultMapping(product: ImportProduct, header: readonly string[], scale?: PointScale): ImportMapping {
  const find = (names: readonly string[]) => names.flatMap((name) => header.find((h) => norm(h) === norm(name)) ?? []);
  const pick = (field: ImportField): string[] => {
    const found = find(columnNamesOf(product, field));
    return field === 'points' && found.length === 0 && scale === 'tshirt' ? find(TSHIRT_SIZES) : found;
  };
  return Object.fromEntries(IMPORT_FIELDS.map((f) => [f, [...new Set(pick(f))]])) as ImportMapping;
}
