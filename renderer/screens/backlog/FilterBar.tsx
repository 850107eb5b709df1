import { memo, type RefObject } from 'react';
import { filterOfTeam, isFilterActive, NO_OWNER } from '../../../src/domain/backlog/filter';
import { ITEM_TYPES, ITEM_TYPE_NAMES, type ItemType } from '../../../src/domain/backlog/vocabulary';
import { useAppStore } from '../../store';
import { MemberOptions, NamedOptions } from '../../components/Options';
import { numberText, plural } from '../../../src/domain/shared/words';

interface FilterBarProps {
  labels: string[];
  shown: number;
  total: number;
  /** Whether the list below is filtered: it follows the fields a frame or more behind while keys are typed. */
  filtered: boolean;
  /** Done items in the team, hidden from the backlog unless shown. */
  doneCount: number;
  inputRef: RefObject<HTMLInputElement | null>;
  /** The filter field got the focus: typing is about to start. */
  onFilterFocus: () => void;
}

const NO_MEMBERS: readonly { id: string; name: string }[] = [];
/** The Owner field's value for any owner (the filter's null): neither a member's id nor NO_OWNER. */
const ANY_OWNER = '*';

/**
 * Filter the backlog by text, type, label and owner, and show or hide done items. Memoized: a move in the
 * backlog changes none of its props.
 */
export const FilterBar = memo(function FilterBar({
  labels,
  shown,
  total,
  filtered,
  doneCount,
  inputRef,
  onFilterFocus,
}: FilterBarProps) {
  const filter = useAppStore((s) => filterOfTeam(s.filters, s.team?.id));
  const setFilter = useAppStore((s) => s.setFilter);
  const members = useAppStore((s) => s.team?.members) ?? NO_MEMBERS;
  const owner = filter.owner ?? null;
  const active = isFilterActive(filter);
  return (
    <div role="search" className="filter-bar" aria-label="Filter the backlog">
      <div className="field">
        <label htmlFor="backlog-filter-text">Filter</label>
        <input
          id="backlog-filter-text"
          ref={inputRef}
          type="search"
          value={filter.text}
          placeholder="Title, label, description…"
          aria-keyshortcuts="/"
          onFocus={onFilterFocus}
          onChange={(e) => setFilter({ text: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="backlog-filter-type">Type</label>
        <select
          id="backlog-filter-type"
          value={filter.types[0] ?? ''}
          onChange={(e) => setFilter({ types: e.target.value ? [e.target.value as ItemType] : [] })}
        >
          <option value="">All types</option>
          <NamedOptions values={ITEM_TYPES} names={ITEM_TYPE_NAMES} />
        </select>
      </div>
      <div className="field">
        <label htmlFor="backlog-filter-label">Label</label>
        <select
          id="backlog-filter-label"
          value={filter.label ?? ''}
          onChange={(e) => setFilter({ label: e.target.value || null })}
        >
          <option value="">All labels</option>
          {/* The label filtered by stays named once no item carries it (edited away, another team's label):
              "All labels" over an empty list would hide why the list is empty. */}
          {filter.label !== null && !labels.includes(filter.label) ? (
            <option value={filter.label}>{filter.label}</option>
          ) : null}
          {labels.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="backlog-filter-owner">Owner</label>
        <select
          id="backlog-filter-owner"
          value={owner ?? ANY_OWNER}
          onChange={(e) => setFilter({ owner: e.target.value === ANY_OWNER ? null : e.target.value })}
        >
          <option value={ANY_OWNER}>All owners</option>
          <option value={NO_OWNER}>No owner</option>
          {/* A member filtered by who has left the team stays named, as the Label filter's label does. */}
          <MemberOptions members={members} kept={owner || null} />
        </select>
      </div>
      <div className="field field--checkbox">
        <label>
          <input
            type="checkbox"
            checked={filter.showDone}
            onChange={(e) => setFilter({ showDone: e.target.checked })}
          />{' '}
          Show done items ({doneCount})
        </label>
      </div>
      {/* The count keeps room for its longest text and the button is always there (disabled while nothing
          is filtered): the list below does not move when the first character is typed or the last deleted. */}
      <div className="filter-bar__status">
        <p className="filter-bar__count" aria-live="polite">
          {filtered ? `Showing ${numberText(shown)} of ${plural(total, 'item')}` : plural(total, 'item')}
        </p>
        <button
          type="button"
          disabled={!active}
          onClick={() => {
            setFilter({ text: '', types: [], label: null, owner: null });
            // The button is disabled once nothing is filtered: focus goes to the filter, not to the page.
            inputRef.current?.focus();
          }}
        >
          Clear filter
        </button>
      </div>
    </div>
  );
});
