import { useLayoutEffect, useRef, useState } from 'react';
import type { BacklogItem } from '../../src/domain/backlog/schema';
import { FORMER_MEMBER, memberName } from '../../src/domain/team/member-name';
import { useAppStore } from '../store';
import { MemberOptions } from './Options';

const NO_MEMBERS: readonly { id: string; name: string }[] = [];

/** Saves a picked owner; read from the store when used, so a card holds no subscription for it. */
function setOwner(itemId: string, ownerId: string | null): void {
  const { updateItem, reportError } = useAppStore.getState();
  updateItem(itemId, { ownerId }).catch(reportError);
}

/** Chromium opens a select's list on request (after a click or key); elsewhere the select is focused. */
function openList(select: HTMLSelectElement): void {
  try {
    select.showPicker();
  } catch {
    // No picker here (jsdom) or no user activation left: the focused select opens with its own keys.
  }
}

/**
 * Who owns an item, set where the item is shown (board card, planning card); saved at once. It shows
 * as a button with the owner's name, which opens the list of members: a board draws dozens of cards,
 * and a <select> with its options in each was the heaviest part of mounting and laying out a card
 * (bench note 26). One store subscription per picker (the members).
 */
export function OwnerPicker({ item }: { item: Pick<BacklogItem, 'id' | 'title' | 'ownerId'> }) {
  const members = useAppStore((s) => s.team?.members) ?? NO_MEMBERS;
  // An owner who has left the team is kept as stored (and named as everywhere) until someone else is picked.
  const formerOwner = item.ownerId !== null && !members.some((m) => m.id === item.ownerId) ? item.ownerId : null;
  const [open, setOpen] = useState(false);
  const selectRef = useRef<HTMLSelectElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Where the focus goes when the select closes: back to the button after a pick or Escape, but not
  // when the person moved on (a blur).
  const refocus = useRef(false);
  useLayoutEffect(() => {
    if (open && selectRef.current) {
      selectRef.current.focus();
      openList(selectRef.current);
    } else if (!open && refocus.current) {
      refocus.current = false;
      buttonRef.current?.focus();
    }
  }, [open]);
  const close = (keepFocus: boolean) => {
    refocus.current = keepFocus;
    setOpen(false);
  };

  if (open) {
    return (
      <select
        ref={selectRef}
        className="owner-picker"
        aria-label={`Owner of ${item.title}`}
        value={item.ownerId ?? ''}
        onChange={(e) => {
          setOwner(item.id, e.target.value || null);
          close(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            close(true);
          }
        }}
        onBlur={() => close(false)}
      >
        <option value="">No owner</option>
        {formerOwner ? <option value={formerOwner}>{FORMER_MEMBER}</option> : null}
        <MemberOptions members={members} />
      </select>
    );
  }
  const name = item.ownerId === null ? 'none' : memberName(members, item.ownerId);
  return (
    <button
      ref={buttonRef}
      type="button"
      className="owner-picker owner-picker--closed"
      aria-label={`Owner of ${item.title}: ${name}`}
      onClick={() => setOpen(true)}
    >
      Owner: {name}
      <span aria-hidden="true"> ▾</span>
    </button>
  );
}
