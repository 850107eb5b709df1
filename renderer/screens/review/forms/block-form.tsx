import {
  createContext,
  useContext,
  useEffect,
  useRef,
  useState,
  type Dispatch,
  type FormEvent,
  type ReactNode,
  type SetStateAction,
} from 'react';
import { DemoBlockSchema, type DemoBlock } from '../../../../src/domain/review/schema';
import { formMessage } from '../form-message';
import { FormError } from '../../../components/FormError';
import { DialogActions } from '../../../components/DialogActions';
import { useUnsavedChanges } from '../../../components/use-unsaved-changes';

export type Errors = Record<string, string>;

/** Validates a block with the same schema the api uses; errors keyed by dotted path ("steps.0.command"). */
export function validateBlock(
  candidate: unknown,
): { block: DemoBlock; errors: null } | { block: null; errors: Errors } {
  const parsed = DemoBlockSchema.safeParse(candidate);
  if (parsed.success) return { block: parsed.data, errors: null };
  const errors: Errors = {};
  for (const issue of parsed.error.issues) errors[issue.path.join('.') || 'form'] ??= issue.message;
  return { block: null, errors };
}

export interface BlockFormProps<B extends DemoBlock> {
  initial: B;
  onSave: (block: DemoBlock) => Promise<void>;
  onCancel: () => void;
}

/**
 * What the block editor's dialog gives the form in it: the block's name for "Discard your changes to …?", and
 * where the dialog's Escape goes (set by the form: it asks first when something was typed).
 */
export const BlockDialog = createContext<{ what: string; setEscape: (escape: () => void) => void } | null>(null);

/**
 * The form shell every block editor shares: validate, save, show what went wrong. Cancel, Escape and a switch of
 * screen or team ask before dropping what was typed and not saved.
 */
export function BlockForm({
  build,
  check,
  onSave,
  onCancel,
  setErrors,
  children,
}: {
  build: () => unknown;
  /** A check the schema cannot make (Mermaid reads the text): the errors that refuse the save, or null. */
  check?: (block: DemoBlock) => Promise<Errors | null>;
  onSave: (block: DemoBlock) => Promise<void>;
  onCancel: () => void;
  setErrors: (errors: Errors) => void;
  children: ReactNode;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Changed: the block the form would save is not the one it showed when it opened.
  const [opened] = useState(() => JSON.stringify(build()));
  const dialog = useContext(BlockDialog);
  const unsaved = useUnsavedChanges(JSON.stringify(build()) !== opened, dialog?.what ?? 'this block', onCancel);
  useEffect(() => {
    dialog?.setEscape(unsaved.leave);
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateBlock(build());
    if (result.errors) {
      setErrors(result.errors);
      setFormError('Please correct the fields marked below.');
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const problems = await check?.(result.block);
      if (problems) {
        setErrors(problems);
        setFormError('Please correct the fields marked below.');
        setSaving(false);
        return;
      }
      await onSave(result.block);
    } catch (error) {
      setFormError(formMessage(error));
      setSaving(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormError message={formError} />
      {children}
      <DialogActions confirm="Save block" onCancel={unsaved.leave} busy={saving} />
      {unsaved.question}
    </form>
  );
}

/**
 * Errors after row `index` of the list at `path` ("monitors") is removed, or replaced by `inPlace` rows (a paste):
 * its own go, later rows' move with their rows.
 */
export function errorsWithoutRow(errors: Errors, path: string, index: number, inPlace = 0): Errors {
  const out: Errors = {};
  for (const [key, message] of Object.entries(errors)) {
    const m = key.startsWith(`${path}.`) ? /^(\d+)(.*)$/.exec(key.slice(path.length + 1)) : null;
    const row = m ? Number(m[1]) : -1;
    if (!m || row < index) out[key] = message;
    else if (row > index) out[`${path}.${row - 1 + inPlace}${m[2] ?? ''}`] = message;
  }
  return out;
}

/**
 * The rows of a list in a block form (monitors, commands). Each row keeps its own key and the errors move
 * with their rows, so removing one never leaves its message on the row below; the focus then goes to the
 * first field of the row that took its place (or of the row above), not to the page. A row added takes it too.
 */
export function useFormRows<T extends object>(initial: T[], path: string, setErrors: Dispatch<SetStateAction<Errors>>) {
  const [rows, setRows] = useState(() => initial.map((value, key) => ({ key, value })));
  /** The key of the next row added: past every key given out, the first rows' included. */
  const nextKey = useRef(initial.length);
  const elements = useRef(new Map<number, HTMLElement>());
  const focusKey = useRef<number | null>(null);
  useEffect(() => {
    if (focusKey.current === null) return;
    elements.current.get(focusKey.current)?.querySelector<HTMLElement>('input, textarea, select')?.focus();
    focusKey.current = null;
  });
  return {
    rows,
    values: rows.map((r) => r.value),
    patch: (key: number, change: Partial<T>) =>
      setRows((list) => list.map((r) => (r.key === key ? { ...r, value: { ...r.value, ...change } } : r))),
    // The new row's first field takes the focus: its command or name is what is typed next.
    add: (value: T) => {
      const key = nextKey.current++;
      focusKey.current = key;
      setRows((list) => [...list, { key, value }]);
    },
    /** Row `key` becomes `values`: the first keeps its place (and the focus), the others follow it. */
    spread: (key: number, values: T[]) => {
      const keys = values.map((_, i) => (i === 0 ? key : nextKey.current++));
      setRows((list) =>
        list.flatMap((r) => (r.key === key ? values.map((value, i) => ({ key: keys[i] ?? key, value })) : [r])),
      );
      const index = rows.findIndex((r) => r.key === key);
      setErrors((errors) => errorsWithoutRow(errors, path, index, values.length));
    },
    remove: (index: number) => {
      const after = rows.filter((_, i) => i !== index);
      focusKey.current = (after[index] ?? after[index - 1])?.key ?? null;
      setRows(after);
      setErrors((errors) => errorsWithoutRow(errors, path, index));
    },
    rowRef: (key: number) => (element: HTMLElement | null) => {
      if (element) elements.current.set(key, element);
      else elements.current.delete(key);
    },
  };
}
