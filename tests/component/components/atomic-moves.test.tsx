import { render } from '@testing-library/react';
import { useLayoutEffect, useRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { moveChildrenAtomically } from '../../../renderer/components/atomic-moves';

type MoveBefore = (node: Node, child: Node | null) => void;

/** jsdom has no Element.moveBefore: the list gets one that records its calls and moves as insertBefore does. */
function withMoveBefore(list: HTMLElement): ReturnType<typeof vi.fn<MoveBefore>> {
  const moveBefore = vi.fn<MoveBefore>((node, child) => {
    Node.prototype.insertBefore.call(list, node, child);
  });
  Object.defineProperty(list, 'moveBefore', { configurable: true, value: moveBefore });
  return moveBefore;
}

function List({ ids, onList }: { ids: string[]; onList: (list: HTMLUListElement) => () => void }) {
  const ref = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => (ref.current ? onList(ref.current) : undefined), [onList]);
  return (
    <ul ref={ref}>
      {ids.map((id) => (
        <li key={id} id={id}>
          <button type="button">{id}</button>
        </li>
      ))}
    </ul>
  );
}

const order = (list: HTMLElement | null) => [...(list?.children ?? [])].map((li) => li.id);

describe('moveChildrenAtomically', () => {
  it('moves the children React reorders with moveBefore, keeping their elements, and inserts new ones as usual', () => {
    let moveBefore: ReturnType<typeof withMoveBefore> | undefined;
    const onList = (list: HTMLUListElement) => {
      moveBefore = withMoveBefore(list);
      return moveChildrenAtomically(list);
    };
    const { container, rerender } = render(<List ids={['a', 'b', 'c']} onList={onList} />);
    const list = container.querySelector('ul');
    const a = container.querySelector('#a');

    // a moves down past b (React moves a), then a new row d arrives at the top.
    rerender(<List ids={['b', 'a', 'c']} onList={onList} />);
    expect(order(list)).toEqual(['b', 'a', 'c']);
    expect(container.querySelector('#a')).toBe(a);
    expect(moveBefore?.mock.calls.map(([node]) => (node as Element).id)).toEqual(['a']);

    rerender(<List ids={['d', 'b', 'a', 'c']} onList={onList} />);
    expect(order(list)).toEqual(['d', 'b', 'a', 'c']);
    // d was not in the list yet: inserted the ordinary way.
    expect(moveBefore).toHaveBeenCalledTimes(1);

    // To the end (React appends): a move too.
    rerender(<List ids={['b', 'a', 'c', 'd']} onList={onList} />);
    expect(order(list)).toEqual(['b', 'a', 'c', 'd']);
    expect(moveBefore?.mock.calls.map(([node]) => (node as Element).id)).toEqual(['a', 'd']);
  });

  it('falls back to the ordinary move when the browser refuses an atomic one, and leaves a list without moveBefore as it was', () => {
    const list = document.createElement('ul');
    const [first, second] = ['x', 'y'].map((id) => {
      const li = document.createElement('li');
      li.id = id;
      list.append(li);
      return li;
    });
    Object.defineProperty(list, 'moveBefore', {
      configurable: true,
      value: () => {
        throw new DOMException('State-preserving atomic move cannot be performed', 'HierarchyRequestError');
      },
    });
    const undo = moveChildrenAtomically(list);
    list.insertBefore(second as Node, first as Node);
    expect(order(list)).toEqual(['y', 'x']);
    undo();
    expect(Object.hasOwn(list, 'insertBefore')).toBe(false);

    const plain = document.createElement('ol');
    moveChildrenAtomically(plain);
    expect(Object.hasOwn(plain, 'insertBefore')).toBe(false);
  });
});
