import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  createTypedFilter,
  filterItems,
  filterOfTeam,
  indexInWholeList,
  isOpenItem,
  labelsInUse,
} from '../../../src/domain/backlog/filter';
import { plural, quote } from '../../../src/domain/shared/words';
import { memberNames } from '../../../src/domain/team/member-name';
import type { BacklogItem, ItemFields } from '../../../src/domain/backlog/schema';
import { isModalOpen, isTypingTarget } from '../../app/keyboard';
import { ApiCallError } from '../../api/errors';
import { NeedsTeam } from '../../components/NeedsTeam';
import { focusSoon } from '../../components/focus-soon';
import { createMembersMemo, createRefilter } from '../../components/refilter';
import { usePaintedValue } from '../../components/use-painted-value';
import { useAppStore } from '../../store';
import { upsertAll } from '../../store/team-results';
import { BacklogList } from './BacklogList';
import { FilterBar } from './FilterBar';
import { useFilterWarmup } from './use-filter-warmup';
import { editedItemHidden, newItemHidden } from './out-of-view';
import { draftFromItem, draftFromTemplate, editedFields, emptyDraft, type ItemDraft } from './item-draft';
import { neighbourOf } from '../../../src/domain/shared/neighbour';

// The editor (validation, Markdown preview) and the template list load when first needed, or as soon
// as a pointer or focus reaches a button that opens them. Not on idle: evaluating the editor's
// schemas is a long task that would delay whatever the facilitator does first (a drag, a filter).
const loadEditor = () => import('./ItemEditor');
const loadPicker = () => import('./TemplatePicker');
const prefetchEditor = () => void loadEditor();
const prefetchPicker = () => {
  void loadPicker();
  void loadEditor();
};
const ItemEditor = lazy(() => loadEditor().then((m) => ({ default: m.ItemEditor })));
const loadImport = () => import('./import/ImportDialog');
const prefetchImport = () => void loadImport();
const ImportDialog = lazy(() => loadImport().then((m) => ({ default: m.ImportDialog })));
const TemplatePicker = lazy(() => loadPicker().then((m) => ({ default: m.TemplatePicker })));

/** In edit mode, `shown` is the list as the editor opened: where focus goes should the item leave it meanwhile. */
type Editing = { mode: 'new'; draft: ItemDraft } | { mode: 'edit'; item: BacklogItem; shown: readonly BacklogItem[] };

/** What the list says when the filter matches no item it shows, naming the hidden done items it matches. */
const noMatchText = (doneMatches: number) =>
  doneMatches === 0
    ? 'No item matches the filter.'
    : `No open item matches the filter; ${plural(doneMatches, 'done item')} ${doneMatches === 1 ? 'does' : 'do'}. ` +
      `Tick “Show done items” to see ${doneMatches === 1 ? 'it' : 'them'}.`;

/** A call's answer, or null when it was refused as not found (an item deleted elsewhere). */
const nullIfNotFound = (error: unknown): null => {
  if (error instanceof ApiCallError && error.code === 'not_found') return null;
  throw error;
};

/** A row's Edit button, where focus goes back to after an action on the list. */
const editButtonOf = (itemId: string) =>
  document.querySelector(`[data-item-id="${CSS.escape(itemId)}"] button[aria-label^="Edit "]`);

export default function BacklogScreen() {
  const team = useAppStore((s) => s.team);
  // The open team's own filter: another team's text, label or owner does not narrow this list.
  const filter = useAppStore((s) => filterOfTeam(s.filters, s.team?.id));
  const createItem = useAppStore((s) => s.createItem);
  const updateItem = useAppStore((s) => s.updateItem);
  const deleteItem = useAppStore((s) => s.deleteItem);
  const moveItem = useAppStore((s) => s.moveItem);
  const pushToast = useAppStore((s) => s.pushToast);
  const reportError = useAppStore((s) => s.reportError);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [picking, setPicking] = useState(false);
  const [importing, setImporting] = useState(false);
  // A row the list brings into view for the focus to reach (see BacklogList's `reveal`).
  const [reveal, setReveal] = useState<string | null>(null);
  const selectTeam = useAppStore((s) => s.selectTeam);
  const patchTeam = useAppStore((s) => s.patchTeam);
  const filterRef = useRef<HTMLInputElement>(null);

  const items = useMemo(() => team?.items ?? [], [team?.items]);
  // A move or an edit touches a few of up to 10,000 items: the open items and the labels in use follow
  // it from their last answer (see refilter) instead of reading every item again on each change.
  const openOf = useState(() => createRefilter(isOpenItem))[0];
  const labelsOf = useState(() => createMembersMemo(labelsInUse))[0];
  const open = useMemo(() => openOf(items), [openOf, items]);
  // Done work leaves the ranked backlog (it is kept: "Show done items" brings it back).
  const listed = filter.showDone ? items : open;
  const doneCount = items.length - open.length;
  const filterOf = useState(createTypedFilter)[0];
  const prepareFilter = useFilterWarmup(listed);
  // The filter field shows each key at once; the list follows once that key is painted, in a render React
  // may interrupt when the next key comes (a 10,000-item backlog is filtered and its rows drawn again once
  // typing pauses). A deferred value would start that render before the key's frame, and the first
  // filtering of a large backlog, one piece of work, would hold the typed character back.
  // A team switch is not typing: the new team's list is filtered by its own filter at once, never for a frame by
  // the filter of the team left.
  const painted = usePaintedValue(useMemo(() => ({ teamId: team?.id, filter }), [team?.id, filter]));
  const listFilter = painted.teamId === team?.id ? painted.filter : filter;
  const shown = useMemo(() => filterOf(listed, listFilter), [filterOf, listed, listFilter]);
  const filtered = shown !== listed;
  // Ranks in the whole backlog, needed only when the view is filtered (otherwise a row's rank is its place).
  const rankOf = useMemo(
    () => (filtered ? new Map(listed.map((item, index) => [item.id, index])) : null),
    [filtered, listed],
  );
  const labels = useMemo(() => labelsOf(items), [labelsOf, items]);
  // Made again only when the members change, so the rows (memoized) are not drawn again on each item change.
  const ownerName = useMemo(() => memberNames(team?.members ?? []), [team?.members]);
  // A filter that only hidden done items match says so: "No item matches" would read as never logged.
  const doneMatches = useMemo(
    () =>
      shown.length === 0 && listed !== items
        ? filterItems(
            items.filter((i) => !isOpenItem(i)),
            listFilter,
          ).length
        : 0,
    [shown.length, listed, items, listFilter],
  );

  // The list's callbacks stay the same functions (its rows are memoized) and read the latest lists here.
  const latest = useRef({ items, listed, shown });
  useLayoutEffect(() => {
    latest.current = { items, listed, shown };
  });
  const onMove = useCallback(
    (id: string, to: number) => {
      const { items, listed } = latest.current;
      moveItem(id, indexInWholeList(items, listed, to)).catch(reportError);
    },
    [moveItem, reportError],
  );
  const onEdit = useCallback(
    (item: BacklogItem) => setEditing({ mode: 'edit', item, shown: latest.current.shown }),
    [],
  );
  const onDelete = useCallback(
    (item: BacklogItem) => {
      // Focus goes to the next row (the one that takes the deleted row's place), else the list's heading.
      const { shown } = latest.current;
      const next = neighbourOf(shown, item.id);
      const teamId = useAppStore.getState().team?.id;
      // An undo says when the filter as it is by then hides the item it brings back.
      deleteItem(item.id, (restored) => newItemHidden(restored, filterOfTeam(useAppStore.getState().filters, teamId)))
        .then(() => focusSoon(() => (next ? editButtonOf(next.id) : document.getElementById('backlog-title'))))
        .catch(reportError);
    },
    [deleteItem, reportError],
  );
  /**
   * After the editor of an item closes, focus goes back to the row's Edit button; when the row has left the
   * view (marked done while done items are hidden, no longer matching the filter, deleted elsewhere while the
   * editor was open), to the row that took its place in `before`, else the one before, else the list's
   * heading, never to the page.
   */
  const focusAfterEditor = (item: BacklogItem, before: readonly BacklogItem[]) => {
    const at = before.findIndex((i) => i.id === item.id);
    const candidates = at < 0 ? [item] : [item, before[at + 1], before[at - 1]].filter((i) => i !== undefined);
    focusSoon(() => {
      const target = candidates.find((c) => latest.current.shown.some((i) => i.id === c.id));
      const found = target ? editButtonOf(target.id) : document.getElementById('backlog-title');
      if (found) setReveal(null);
      return found;
    });
  };
  /**
   * Says a new item is saved, and, when the list does not show it (done, or not matching the filter as it is now),
   * why and how to see it: the item is not simply missing from the shared screen.
   */
  const sayAdded = (message: string, saved: BacklogItem) => {
    const hidden = newItemHidden(saved, filterOfTeam(useAppStore.getState().filters, team?.id));
    pushToast({ kind: 'success', message: hidden ? `${message} ${hidden}` : message });
  };
  /** Saves an edit, sending only the fields changed in the editor (see editedFields). */
  const saveEdit = async (item: BacklogItem, fields: ItemFields) => {
    const before = latest.current.shown;
    const saved = await updateItem(item.id, editedFields(item, fields));
    setEditing(null);
    const hidden = editedItemHidden(saved, filterOfTeam(useAppStore.getState().filters, team?.id));
    if (hidden) pushToast({ kind: 'info', message: hidden });
    focusAfterEditor(item, before);
  };
  /**
   * Saves the edits of an item deleted elsewhere meanwhile as a new item, at the bottom of the backlog; unless the
   * item is back (its delete undone in another window, which this one is not told): then to it, not to a copy.
   */
  const saveAsNew = async (item: BacklogItem, fields: ItemFields, templateId: string | null) => {
    const back = await updateItem(item.id, editedFields(item, fields)).catch(nullIfNotFound);
    if (back) {
      // This screen may have seen it leave: the team as it is now shows it back in its place.
      if (!latest.current.items.some((i) => i.id === back.id) && team) await selectTeam(team.id);
      setEditing(null);
      pushToast({
        kind: 'success',
        message: `${quote(back.title)} is back in the backlog: your edits are saved to it.`,
      });
      focusAfterEditor(back, latest.current.shown);
      return;
    }
    const saved = await createItem(fields, templateId);
    setEditing(null);
    sayAdded(`Saved ${quote(saved.title)} as a new item at the bottom of the backlog.`, saved);
    // At the bottom of a long backlog its row is not drawn: the list brings it into view for the focus.
    setReveal(saved.id);
    focusAfterEditor(saved, latest.current.shown);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target) || isModalOpen()) return;
      if (event.key === 'n' || event.key === 'N') {
        event.preventDefault();
        setEditing({ mode: 'new', draft: emptyDraft() });
      } else if (event.key === '/') {
        event.preventDefault();
        filterRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!team) return <NeedsTeam title="Backlog" />;
  const settings = team.settings;

  // The item being edited as the team holds it now: gone when deleted meanwhile (another window, a sync).
  const editedNow = editing?.mode === 'edit' ? items.find((i) => i.id === editing.item.id) : undefined;
  return (
    <section className="screen" aria-labelledby="backlog-title">
      <div className="screen-header">
        <h2 id="backlog-title">Backlog</h2>
        <div className="toolbar">
          <button
            type="button"
            className="primary"
            aria-keyshortcuts="N"
            onPointerEnter={prefetchEditor}
            onFocus={prefetchEditor}
            onClick={() => setEditing({ mode: 'new', draft: emptyDraft() })}
          >
            New item
          </button>
          <button
            type="button"
            onPointerEnter={prefetchPicker}
            onFocus={prefetchPicker}
            onClick={() => setPicking(true)}
          >
            New from template
          </button>
          <button
            type="button"
            onPointerEnter={prefetchImport}
            onFocus={prefetchImport}
            onClick={() => setImporting(true)}
          >
            Import…
          </button>
        </div>
      </div>
      <FilterBar
        labels={labels}
        shown={shown.length}
        total={listed.length}
        filtered={filtered}
        doneCount={doneCount}
        inputRef={filterRef}
        onFilterFocus={prepareFilter}
      />
      {items.length === 0 ? (
        <p className="empty">
          The backlog is empty. Add an item, or start from a template for common infrastructure work.
        </p>
      ) : listed.length === 0 ? (
        <p className="empty">
          {items.length === 1
            ? 'The one item in the backlog is done. Tick “Show done items” to see it.'
            : 'Every item is done. Tick “Show done items” to see them.'}
        </p>
      ) : shown.length === 0 ? (
        <p className="empty">{noMatchText(doneMatches)}</p>
      ) : (
        <BacklogList
          items={shown}
          rankOf={rankOf}
          settings={settings}
          ownerName={ownerName}
          onMove={onMove}
          onEdit={onEdit}
          onDelete={onDelete}
          reveal={reveal}
        />
      )}
      <Suspense fallback={null}>
        {importing ? (
          <ImportDialog
            teamId={team.id}
            scale={settings.pointScale}
            onClose={() => setImporting(false)}
            onItems={(saved) => patchTeam(team.id, (t) => ({ ...t, items: upsertAll(t.items, saved) }))}
            onChanged={() => selectTeam(team.id)}
          />
        ) : null}
        {picking ? (
          <TemplatePicker
            onClose={() => setPicking(false)}
            onPick={(t) => {
              setPicking(false);
              setEditing({ mode: 'new', draft: draftFromTemplate(t) });
            }}
          />
        ) : null}
        {editing?.mode === 'new' ? (
          <ItemEditor
            title={editing.draft.templateId ? 'New item from template' : 'New item'}
            initial={editing.draft}
            settings={settings}
            members={team.members}
            submitLabel="Create item"
            isNew
            onClose={() => setEditing(null)}
            onSubmit={async (fields, templateId) => {
              const saved = await createItem(fields, templateId);
              setEditing(null);
              sayAdded(`Added ${quote(saved.title)} to the backlog.`, saved);
            }}
          />
        ) : null}
        {editing?.mode === 'edit' ? (
          <ItemEditor
            title={`Edit ${editing.item.title}`}
            initial={draftFromItem(editing.item)}
            settings={settings}
            members={team.members}
            submitLabel="Save item"
            onClose={() => {
              setEditing(null);
              focusAfterEditor(editing.item, editing.shown);
            }}
            onSubmit={(fields) => saveEdit(editing.item, fields)}
            gone={!editedNow}
            record={{ item: editedNow ?? editing.item, sprints: team.sprints }}
            onSaveAsNew={(fields, templateId) => saveAsNew(editing.item, fields, templateId)}
          />
        ) : null}
      </Suspense>
    </section>
  );
}
