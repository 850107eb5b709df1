import type { AppStatus } from '../../../src/api/contract/system';
import { getApi } from '../../api/client';
import { takeEarlyStatus } from '../../api/early-calls';
import { messageOf } from '../../api/errors';
import { leaveAllowed } from '../leave-guard';
import type { Slice } from '../types';

export const SCREENS = ['team', 'backlog', 'planning', 'standup', 'review', 'retro', 'data'] as const;
export type ScreenId = (typeof SCREENS)[number];

/** The screen an address names (#/backlog), or null. */
export function screenFromHash(hash: string): ScreenId | null {
  const id = hash.replace(/^#\/?/, '');
  return (SCREENS as readonly string[]).includes(id) ? (id as ScreenId) : null;
}

/** The screen the app opens on: the one in the address, so a reload returns to it, else the Backlog. */
export function initialScreen(): ScreenId {
  return (typeof window === 'undefined' ? null : screenFromHash(window.location.hash)) ?? 'backlog';
}

export interface Toast {
  id: number;
  kind: 'info' | 'error' | 'success';
  message: string;
  /** An offer to undo what the message reports: its button (e.g. "Undo delete"), and Ctrl+Z while it shows. */
  undo?: { label: string; run: () => void | Promise<void> };
  /**
   * The change the Undo takes back, as a key (e.g. `blocker-resolved:<id>`): once that change is undone another
   * way (a Reopen in a list), `dismissUndoOf` takes the message away, so its Undo is not offered twice.
   */
  undoes?: string;
  /**
   * The team the message is about: it shows only while that team is open, so an Undo never acts on a team
   * the facilitator has switched away from. A message offering Undo is about the open team unless it says.
   */
  teamId?: string;
}

export interface UiSlice {
  screen: ScreenId;
  presentation: boolean;
  toasts: Toast[];
  status: AppStatus | null;
  navigate: (screen: ScreenId) => void;
  setPresentation: (on: boolean) => void;
  pushToast: (toast: Omit<Toast, 'id'>) => number;
  dismissToast: (id: number) => void;
  /** Takes away the messages whose Undo would take back `undoes`: that change was undone another way. */
  dismissUndoOf: (undoes: string) => void;
  /** Takes away every offer to undo: the whole workspace was replaced (a restore, an import) since they were made. */
  dismissEveryUndo: () => void;
  /** Shows an error as a toast; for actions that have no form to show it in. */
  reportError: (error: unknown) => void;
  loadStatus: () => Promise<void>;
  /**
   * Loads what the app shows first (status, the team list, the open team), once: main.tsx calls it
   * before the first render, so the data is on its way while React starts; App calls it too (tests
   * render App alone). Failures become toasts.
   */
  start: () => Promise<void>;
  starting: Promise<void> | null;
}

let nextToastId = 1;

export const createUiSlice: Slice<UiSlice> = (set, get) => ({
  screen: initialScreen(),
  presentation: false,
  toasts: [],
  status: null,
  navigate: (screen) => {
    // A form with unsaved changes asks first, and navigates again once they are discarded.
    if (screen === get().screen || leaveAllowed(() => get().navigate(screen))) set({ screen });
  },
  setPresentation: (presentation) => set({ presentation }),
  pushToast: (toast) => {
    const id = nextToastId++;
    const teamId = toast.teamId ?? (toast.undo ? get().team?.id : undefined);
    set((s) => ({ toasts: [...s.toasts.slice(-2), { ...toast, id, ...(teamId ? { teamId } : {}) }] }));
    return id;
  },
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
  dismissUndoOf: (undoes) => set((s) => ({ toasts: s.toasts.filter((t) => t.undoes !== undoes) })),
  dismissEveryUndo: () => set((s) => ({ toasts: s.toasts.filter((t) => !t.undo) })),
  reportError: (error) => {
    get().pushToast({ kind: 'error', message: messageOf(error) });
  },
  loadStatus: async () => {
    set({ status: await (takeEarlyStatus() ?? getApi().getStatus({})) });
  },
  starting: null,
  start: () => {
    const running = get().starting;
    if (running) return running;
    const { loadStatus, loadTeams, reportError } = get();
    const starting = Promise.all([loadStatus().catch(reportError), loadTeams().catch(reportError)]).then(
      () => undefined,
    );
    set({ starting });
    return starting;
  },
});
