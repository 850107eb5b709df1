import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { BacklogItem } from '../../../../src/domain/backlog/schema';
import { keylessWarning } from '../../../../src/domain/imports/keyless';
import { isSiteAddress } from '../../../../src/domain/imports/map-rows';
import { closingRows } from '../../../../src/domain/imports/closes';
import { matchRows } from '../../../../src/domain/imports/match';
import { itemDigests, unchangedRows } from '../../../../src/domain/imports/update-fields';
import {
  addImportPart,
  importSummary,
  noImportYet,
  type BacklogImportResult,
} from '../../../../src/domain/imports/row-schema';
import type { ImportMapping } from '../../../../src/domain/imports/products';
import { PRODUCT_NAMES, type ImportProduct } from '../../../../src/domain/imports/source';
import { numberText, plural, pluralWord } from '../../../../src/domain/shared/words';
import type { PointScale } from '../../../../src/domain/team/scales';
import { getApi } from '../../../api/client';
import { useAppStore } from '../../../store';
import { DialogActions } from '../../../components/DialogActions';
import { FilePicker } from '../../../components/FilePicker';
import { FOCUSABLE } from '../../../components/focusable';
import { Modal } from '../../../components/Modal';
import { ImportPreview, previewCounts } from './ImportPreview';
import { MappingEditor } from './MappingEditor';
import type { ReadAnswer } from './messages';
import { RefusedFile, workerReader, type ExportReader } from './worker-reader';

interface ImportDialogProps {
  teamId: string;
  scale: PointScale;
  onClose: () => void;
  /** Called with each part's saved items, so the backlog shows them without reloading the whole team. */
  onItems: (items: BacklogItem[]) => void;
  /** Called after an undo, so the backlog shows the team as saved. */
  onChanged: () => Promise<void>;
  /** Reads files; the parse worker unless a test gives another. */
  makeReader?: () => ExportReader;
}

type Stage =
  | { kind: 'pick' }
  | { kind: 'reading'; fraction: number }
  | { kind: 'preview'; read: ReadAnswer }
  | { kind: 'importing'; read: ReadAnswer; fraction: number; stopping: boolean }
  /** `stopped`: the import ended before its last part (stopped, or refused): how many rows were sent, of how many. */
  | { kind: 'done'; result: BacklogImportResult; undone: boolean; stopped?: { sent: number; total: number } };

/** The product and the columns a remap was asked for. */
interface Asked {
  product: ImportProduct;
  mapping: ImportMapping;
}

const PART = 1000;
/** The skipped rows the finished import lists by row; the rest are counted. */
const SKIPPED_LISTED = 50;
const importLabel = (n: number) => `Import ${plural(n, 'item')}`;

/** What a finished import says; one stopped before its last part says how far it got and what it left out. */
function doneText(result: BacklogImportResult, stopped: { sent: number; total: number } | undefined): string {
  if (!stopped) return `Import finished: ${importSummary(result)}.`;
  const left = stopped.total - stopped.sent;
  return (
    `Import stopped after ${numberText(stopped.sent)} of ${plural(stopped.total, 'row')}: ${importSummary(result)}. ` +
    `The other ${plural(left, 'row')} ${pluralWord(left, 'was', 'were')} not imported.`
  );
}

/** Backlog → Import…: pick an export, check the product, mapping and rows, import, and undo if need be. */
export function ImportDialog({
  teamId,
  scale,
  onClose,
  onItems,
  onChanged,
  makeReader = workerReader,
}: ImportDialogProps) {
  const reader = useRef<ExportReader | null>(null);
  const body = useRef<HTMLDivElement>(null);
  /** Escape or Stop import was pressed while importing: no part is sent after the one being saved. */
  const stopAsked = useRef(false);
  const [stage, setStage] = useState<Stage>({ kind: 'pick' });
  const [site, setSite] = useState('');
  const [error, setError] = useState<string | null>(null);
  /**
   * The columns last asked for while the file is mapped again (seconds for a large file), null when none is: the
   * editor shows them, a further change builds on them, and no import starts from the preview they replace.
   */
  const [asked, setAsked] = useState<Asked | null>(null);
  /** Counts the remaps asked, so only the answer to the last one ends the wait. */
  const remaps = useRef(0);
  // The backlog as the screen shows it, to tell which rows update its items, which it deleted, and whether rows
  // without a key were imported before.
  const team = useAppStore((s) => (s.team?.id === teamId ? s.team : null));
  const read = stage.kind === 'preview' ? stage.read : null;
  const matches = useMemo(() => (read && team ? matchRows(read.keys, read.product, team) : null), [read, team]);
  // The rows whose items hold them already (a re-import of the same file): importing them changes nothing. Asked
  // again whenever the team changes; each item's digest is kept while the item stays the same object.
  const [digestOf] = useState(itemDigests);
  // The rows that close their item (done in the tracker, to do and in no sprint here): they change it.
  const closing = useMemo(
    () => (read && team && matches ? closingRows(matches, read.keys, team.items) : new Set<number>()),
    [read, team, matches],
  );
  const unchanged = useMemo(() => {
    const held = read && team && matches ? unchangedRows(matches, read.keys, team.items, digestOf) : new Set<number>();
    for (const i of closing) held.delete(i);
    return held;
  }, [read, team, matches, digestOf, closing]);
  const counts = read ? previewCounts(read, matches, unchanged, closing) : null;
  const importable = counts?.importable ?? 0;
  useEffect(() => () => reader.current?.close(), []);
  // Each step replaces the controls of the one before (the file button, Import, Undo): the focus they had
  // goes to the new step's first control, as when the dialog opened, not to the page. While the file is read
  // or imported there is no control: the progress bar takes it (its data-autofocus). A layout effect, so the focus
  // moves in the change that removed its control: never a moment on the page's body.
  useLayoutEffect(() => {
    if (document.activeElement !== document.body) return;
    const node = body.current;
    (node?.querySelector<HTMLElement>('[data-autofocus]') ?? node?.querySelector<HTMLElement>(FOCUSABLE))?.focus();
  });

  const getReader = () => (reader.current ??= makeReader());
  const fail = (e: unknown) => {
    setError(e instanceof RefusedFile || e instanceof Error ? e.message : String(e));
  };

  const readFile = async (file: File) => {
    setError(null);
    setStage({ kind: 'reading', fraction: 0 });
    try {
      const read = await getReader().read(file, { scale, site }, (fraction) => setStage({ kind: 'reading', fraction }));
      setStage({ kind: 'preview', read });
    } catch (e) {
      setStage({ kind: 'pick' });
      fail(e);
    }
  };

  const remap = async (
    read: ReadAnswer,
    change: { product?: ImportProduct; mapping?: ImportMapping; site?: string },
  ) => {
    const base = asked ?? { product: read.product, mapping: read.mapping };
    const product = change.product ?? base.product;
    const mapping = change.product ? base.mapping : (change.mapping ?? base.mapping);
    const next = { scale, site: change.site ?? site, product, ...(change.product ? {} : { mapping }) };
    const id = ++remaps.current;
    setAsked({ product, mapping });
    try {
      const answer = await getReader().remap(next);
      // Answers come in the order asked, each the table the reader now holds: shown even while a later one
      // runs, so the preview always matches the rows an import would send.
      setStage({ kind: 'preview', read: answer });
      if (id !== remaps.current) return;
      setAsked(null);
      // The preview an earlier failure belonged to is replaced: its error no longer says anything true.
      setError(null);
    } catch (e) {
      if (id !== remaps.current) return;
      setAsked(null);
      fail(e);
    }
  };

  /** In parts of PART rows, each fetched from the worker, sent, and shown before the next: no long task. */
  const runImport = async (read: ReadAnswer) => {
    setError(null);
    stopAsked.current = false;
    setStage({ kind: 'importing', read, fraction: 0, stopping: false });
    const total = noImportYet();
    let backup: string | null = null;
    // The rows sent and saved so far; each part is saved whole or not at all.
    let sent = 0;
    const stopped = () => ({ sent, total: read.counts.total });
    try {
      for (let from = 0; from < read.counts.total; from += PART) {
        const rows = await getReader().rows(from, from + PART);
        if (stopAsked.current) {
          const result = { ...total, backup, dryRun: false, items: [], warnings: [] };
          setStage({ kind: 'done', result, undone: false, stopped: stopped() });
          return;
        }
        const part = await getApi().importBacklog({ teamId, product: read.product, rows, continues: from > 0 });
        addImportPart(total, part);
        backup ??= part.backup;
        onItems(part.items);
        sent = Math.min(read.counts.total, from + PART);
        const fraction = sent / read.counts.total;
        setStage({ kind: 'importing', read, fraction, stopping: stopAsked.current });
      }
      const result = { ...total, backup, dryRun: false, items: [], warnings: [] };
      setStage({ kind: 'done', result, undone: false });
    } catch (e) {
      // Parts already saved stay; Undo (offered once something was added) takes them back.
      const result = { ...total, backup, dryRun: false, items: [], warnings: [] };
      setStage({ kind: 'done', result, undone: false, stopped: stopped() });
      fail(e);
    }
  };

  /**
   * Escape (or Stop import) while importing stops after the part being saved, and the dialog says how far it got
   * and offers Undo: closing there would leave part of the file imported, unsaid and with no Undo to reach.
   */
  const stopImport = () => {
    stopAsked.current = true;
    setStage((s) => (s.kind === 'importing' ? { ...s, stopping: true } : s));
  };
  const close = () => (stage.kind === 'importing' ? stopImport() : onClose());

  const undo = async (result: BacklogImportResult) => {
    try {
      await getApi().undoBacklogImport({ teamId });
      await onChanged();
      setStage({ kind: 'done', result, undone: true });
    } catch (e) {
      fail(e);
    }
  };

  const needsSite = (read: ReadAnswer) => read.product === 'jira' && site.trim() === '';
  // Each item keeps the site with its key, and its link is made from it: a typo is said, not imported.
  const badSite = site.trim() !== '' && !isSiteAddress(site);

  return (
    <Modal title="Import backlog" onClose={close} wide>
      <div ref={body}>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        {stage.kind === 'pick' ? (
          <div className="import-pick">
            <p>
              Pick a CSV or TSV export from Jira, GitLab, Azure DevOps, Linear or a GitHub project, or any other CSV. Up
              to 20 MB.
            </p>
            <FilePicker label="Choose export file…" accept=".csv,.tsv,.txt,text/csv" onFile={readFile} />
            <DialogActions confirm="Close" onConfirm={onClose} />
          </div>
        ) : null}
        {stage.kind === 'reading' || stage.kind === 'importing' ? (
          <div className="import-progress">
            <label>
              {stage.kind === 'reading'
                ? 'Reading the export…'
                : stage.stopping
                  ? 'Stopping after the part being saved…'
                  : 'Importing…'}
              <progress
                max={1}
                value={stage.fraction}
                aria-label={stage.kind === 'reading' ? 'Reading the export' : 'Importing'}
                tabIndex={-1}
                data-autofocus
              />
            </label>
            {/* A large file takes seconds to read: the wrong one picked can be left without waiting (the worker
                goes with the dialog). */}
            {stage.kind === 'reading' ? (
              <div className="actions">
                <button type="button" onClick={onClose}>
                  Cancel
                </button>
              </div>
            ) : null}
            {stage.kind === 'importing' ? (
              <div className="actions">
                <button type="button" aria-disabled={stage.stopping || undefined} onClick={stopImport}>
                  Stop import
                </button>
              </div>
            ) : null}
          </div>
        ) : null}
        {stage.kind === 'preview' ? (
          <>
            <p>
              <strong>{stage.read.fileName}</strong>:{' '}
              {stage.read.product === 'csv'
                ? 'not an export Cadence knows; check which column fills each field below.'
                : `recognized as a ${PRODUCT_NAMES[stage.read.product]} export.`}
            </p>
            <MappingEditor
              product={asked?.product ?? stage.read.product}
              mapping={asked?.mapping ?? stage.read.mapping}
              columns={stage.read.columns}
              site={site}
              onProduct={(product) => void remap(stage.read, { product })}
              onMapping={(mapping) => void remap(stage.read, { mapping })}
              onSite={(value) => {
                setSite(value);
                void remap(stage.read, { site: value });
              }}
            />
            {asked ? <p role="status">Reading the export again with the columns chosen…</p> : null}
            {/* The rows of the columns before the change, until the new ones come: busy, so not read as current. */}
            <div aria-busy={asked ? true : undefined}>
              <ImportPreview
                read={stage.read}
                matches={matches}
                scale={scale}
                unchanged={unchanged}
                closing={closing}
              />
            </div>
            {(() => {
              const warning = keylessWarning(stage.read.keylessTitles, team?.items ?? [], stage.read.product);
              return warning ? (
                <p role="note" aria-label="Rows without a key">
                  <strong>Warning:</strong> {warning}
                </p>
              ) : null;
            })()}
            {needsSite(stage.read) ? <p className="field__hint">Enter the Jira site address to import.</p> : null}
            {badSite ? (
              <p className="field__hint">
                The site address is not a web address: give it as, e.g., https://acme.atlassian.net.
              </p>
            ) : null}
            {importable === 0 ? (
              <p className="field__hint">
                {/* A file whose title column has a name Cadence does not look for: every row is skipped for it. */}
                {stage.read.mapping.title.length === 0
                  ? 'No column is chosen for the title: pick the one that holds the titles under Columns, Title.'
                  : counts?.unchanged
                    ? 'The backlog holds every row of this file already: nothing to import.'
                    : 'No row of this file can become an item: nothing to import.'}
              </p>
            ) : null}
            <DialogActions
              confirm={importLabel(importable)}
              busy={asked !== null || needsSite(stage.read) || badSite || importable === 0}
              onConfirm={() => void runImport(stage.read)}
              onCancel={onClose}
            />
          </>
        ) : null}
        {stage.kind === 'done' ? (
          <div className="import-done">
            <p role="status">{stage.undone ? 'The import was undone.' : doneText(stage.result, stage.stopped)}</p>
            {stage.result.skippedRows.length > 0 && !stage.undone ? (
              <>
                <ul className="import-done__skipped">
                  {stage.result.skippedRows.slice(0, SKIPPED_LISTED).map((s) => (
                    <li key={s.row}>
                      Row {s.row}: {s.reason}
                    </li>
                  ))}
                </ul>
                {stage.result.skippedRows.length > SKIPPED_LISTED ? (
                  <p>…and {plural(stage.result.skippedRows.length - SKIPPED_LISTED, 'more skipped row')}.</p>
                ) : null}
              </>
            ) : null}
            <div className="actions">
              {/* An import that changed nothing has nothing to undo (and a press would only say so). */}
              {stage.undone || stage.result.added + stage.result.updated === 0 ? null : (
                <button type="button" onClick={() => void undo(stage.result)}>
                  Undo import
                </button>
              )}
              <button type="button" className="primary" onClick={onClose} data-autofocus>
                Close
              </button>
            </div>
          </div>
        ) : null}
      </div>
    </Modal>
  );
}
