import { useCallback, type ReactNode } from 'react';
import { useLearnedSize } from './use-learned-size';
import { usePageOffset } from './use-page-offset';
import { useFocusedRow, useRangeKeeping, useWindowRows } from './use-virtual-rows';

interface WindowListProps<T> {
  items: readonly T[];
  getKey: (item: T) => string;
  renderRow: (item: T) => ReactNode;
  /** The list's accessible name. */
  label: string;
  className: string;
  rowClassName: string;
  /** A row's usual height (px), until one has been measured (see useLearnedSize). */
  estimate: number;
  /** Lists this long or shorter render every row: only long lists pay for virtualization. */
  virtualizeAbove?: number;
  /** A ranking: an ordered list. */
  ordered?: boolean;
}

const OVERSCAN = 4;

/**
 * A list in the page's own scroll. A long one renders only the rows near the screen (rows carry
 * aria-posinset/aria-setsize, so assistive tech still hears the full size); a short one renders
 * them all, as a plain list.
 */
export function WindowList<T>(props: WindowListProps<T>) {
  const { items, getKey, renderRow, label, className, rowClassName, virtualizeAbove = 60, ordered = false } = props;
  if (items.length <= virtualizeAbove) {
    const List = ordered ? 'ol' : 'ul';
    return (
      <List className={className} aria-label={label}>
        {items.map((item) => (
          <li key={getKey(item)} className={rowClassName}>
            {renderRow(item)}
          </li>
        ))}
      </List>
    );
  }
  return <VirtualRows {...props} />;
}

function VirtualRows<T>(props: WindowListProps<T>) {
  const { items, getKey, renderRow, label, className, rowClassName, estimate, ordered = false } = props;
  const List = ordered ? 'ol' : 'ul';
  const [listRef, { offset: scrollMargin, inset }] = usePageOffset<HTMLUListElement & HTMLOListElement>();
  const getItemKey = useCallback((index: number) => (items[index] ? getKey(items[index]) : index), [items, getKey]);
  const sizes = useLearnedSize(estimate);
  // The row holding the focus (a vote button) stays drawn wherever the page is scrolled.
  const { focusedIndex, onFocus } = useFocusedRow(items, getKey);
  const rangeExtractor = useRangeKeeping(focusedIndex);
  const virtualizer = useWindowRows({
    count: items.length,
    ...sizes,
    overscan: OVERSCAN,
    scrollMargin,
    scrollPaddingStart: inset,
    getItemKey,
    rangeExtractor,
  });
  return (
    <List
      ref={listRef}
      className={`${className} window-list--virtual`}
      aria-label={label}
      style={{ height: virtualizer.getTotalSize() }}
      onFocus={onFocus}
    >
      {virtualizer.getVirtualItems().map((row) => {
        const item = items[row.index];
        if (item === undefined) return null;
        return (
          <li
            key={row.key}
            ref={virtualizer.measureElement}
            data-index={row.index}
            data-item-id={row.key}
            className={rowClassName}
            style={{ top: row.start - scrollMargin }}
            aria-posinset={row.index + 1}
            aria-setsize={items.length}
          >
            {renderRow(item)}
          </li>
        );
      })}
    </List>
  );
}
