import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { backlogView, filterItems, indexInWholeList, labelsInUse } from '../../../src/domain/backlog/filter';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import { isModalOpen, isTypingTarget } from '../../app/keyboard';
import { NeedsTeam } from '../../components/NeedsTeam';
import { focusSoon } from '../../components/focus-soon';
import { useAppStore } from '../../store';
import { BacklogList } from './BacklogList';
import { FilterBar } from './FilterBar';
import { draftFromItem, draftFromTemplate, emptyDraft, type ItemDraft } from './item-draft';

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
const TemplatePicker = lazy(() => loadPicker().then((m) => ({ default: m.TemplatePicker })));

type Editing = { mode: 'new'; draft: ItemDraft } | { mode: 'edit'; item: BacklogItem };

export default function BacklogScreen() {
  const team = useAppStore((s) => s.team);
  const filter = useAppStore((s) => s.filter);
  const createItem = useAppStore((s) => s.createItem);
  const updateItem = useAppStore((s) => s.updateItem);
  const deleteItem = useAppStore((s) => s.deleteItem);
  const moveItem = useAppStore((s) => s.moveItem);
  const pushToast = useAppStore((s) => s.pushToast);
  const reportError = useAppStore((s) => s.reportError);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [picking, setPicking] = useState(false);
  const filterRef = useRef<HTMLInputElement>(null);

  const items = useMemo(() => team?.items ?? [], [team?.items]);
  // Done work leaves the ranked backlog (it is kept: "Show done items" brings it back).
  const listed = useMemo(() => backlogView(items, filter.showDone), [items, filter.showDone]);
  const doneCount = useMemo(() => items.reduce((n, i) => n + (i.status === 'done' ? 1 : 0), 0), [items]);
  const shown = useMemo(() => filterItems(listed, filter), [listed, filter]);
  const rankOf = useMemo(() => new Map(listed.map((item, index) => [item.id, index])), [listed]);
  const labels = useMemo(() => labelsInUse(items), [items]);

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
        </div>
      </div>
      <FilterBar
        labels={labels}
        shown={shown.length}
        total={listed.length}
        doneCount={doneCount}
        inputRef={filterRef}
      />
      {items.length === 0 ? (
        <p className="empty">
          The backlog is empty. Add an item, or start from a template for common infrastructure work.
        </p>
      ) : listed.length === 0 ? (
        <p className="empty">Every item is done. Tick “Show done items” to see them.</p>
      ) : shown.length === 0 ? (
        <p className="empty">No item matches the filter.</p>
      ) : (
        <BacklogList
          items={shown}
          rankOf={rankOf}
          settings={settings}
          onMove={(id, to) => moveItem(id, indexInWholeList(items, listed, to)).catch(reportError)}
          onEdit={(item) => setEditing({ mode: 'edit', item })}
          onDelete={(item) => {
            // Focus goes to the next row (the one that takes the deleted row's place), else the list's heading.
            const at = shown.findIndex((i) => i.id === item.id);
            const next = shown[at + 1] ?? shown[at - 1];
            deleteItem(item.id)
              .then(() =>
                focusSoon(() =>
                  next
                    ? document.querySelector(`[data-item-id="${CSS.escape(next.id)}"] button[aria-label^="Edit "]`)
                    : document.getElementById('backlog-title'),
                ),
              )
              .catch(reportError);
          }}
        />
      )}
      <Suspense fallback={null}>
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
            onClose={() => setEditing(null)}
            onSubmit={async (fields, templateId) => {
              const saved = await createItem(fields, templateId);
              setEditing(null);
              pushToast({ kind: 'success', message: `Added "${saved.title}" to the backlog.` });
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
            onClose={() => setEditing(null)}
            onSubmit={async (fields) => {
              await updateItem(editing.item.id, fields);
              setEditing(null);
            }}
          />
        ) : null}
      </Suspense>
    </section>
  );
}
