import {
  IMPORT_FIELD_NAMES,
  IMPORT_FIELDS,
  PRODUCT_FORMATS,
  type ImportField,
  type ImportMapping,
} from '../../../../src/domain/imports/products';
import { IMPORT_PRODUCTS, PRODUCT_NAMES, type ImportProduct } from '../../../../src/domain/imports/source';
import { Field } from '../../../components/Field';

interface MappingEditorProps {
  product: ImportProduct;
  mapping: ImportMapping;
  columns: string[];
  site: string;
  onProduct: (product: ImportProduct) => void;
  onMapping: (mapping: ImportMapping) => void;
  onSite: (site: string) => void;
}

/** What the site address does: links where the product's issue pages are known, else only the items' source. */
const SITE_HINTS: Partial<Record<ImportProduct, string>> = {
  jira: 'A Jira export does not name its site, e.g. https://acme.atlassian.net. Items link back there.',
  'azure-devops': 'Used for links when the export has no URLs, e.g. https://dev.azure.com/acme/Ops.',
};
const SITE_HINT =
  "Kept with each item's key, so items of two sites with the same keys stay apart. Items link back only where the export has URLs.";

/** A field's name; the estimate's says the unit the product's column is read in (Jira's seconds, a CSV's hours). */
function fieldName(field: ImportField, product: ImportProduct): string {
  const name = IMPORT_FIELD_NAMES[field];
  return field === 'estimate' ? `${name} (in ${PRODUCT_FORMATS[product].estimateUnit})` : name;
}

/** The recognized product, which column fills each field (the user can change both), and the site address. */
export function MappingEditor({ product, mapping, columns, site, onProduct, onMapping, onSite }: MappingEditorProps) {
  return (
    <div className="import-mapping">
      <Field label="Exported from">
        {(control) => (
          <select {...control} value={product} onChange={(e) => onProduct(e.target.value as ImportProduct)}>
            {IMPORT_PRODUCTS.map((p) => (
              <option key={p} value={p}>
                {PRODUCT_NAMES[p]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={product === 'jira' ? 'Jira site address (required)' : 'Site address (optional)'}
        hint={SITE_HINTS[product] ?? SITE_HINT}
      >
        {(control) => (
          <input {...control} type="url" value={site} onChange={(e) => onSite(e.target.value)} autoComplete="url" />
        )}
      </Field>
      <fieldset className="import-mapping__fields">
        <legend>Columns</legend>
        {IMPORT_FIELDS.map((field) => (
          <Field key={field} label={fieldName(field, product)}>
            {(control) => (
              <select
                {...control}
                value={mapping[field][0] ?? ''}
                onChange={(e) => onMapping({ ...mapping, [field]: e.target.value === '' ? [] : [e.target.value] })}
              >
                <option value="">(none)</option>
                {columns.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
      </fieldset>
    </div>
  );
}
