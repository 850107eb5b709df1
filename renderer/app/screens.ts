import { createElement, lazy, type ComponentType } from 'react';
import type { ScreenId } from '../store/slices/ui';

export interface ScreenEntry {
  id: ScreenId;
  label: string;
  /** Alt+<key> opens the screen. */
  key: string;
  component: ComponentType;
  /** Fetches the screen's code; once it has arrived the screen renders without suspending. */
  preload: () => Promise<void>;
}

type ScreenModule = { default: ComponentType };

/**
 * A screen whose code loads when it is first opened (or preloaded). Once loaded it renders directly,
 * so a preloaded first screen never shows the Suspense fallback (React holds a revealed fallback on
 * screen for a while, which would delay the first paint of real content).
 */
function lazyScreen(load: () => Promise<ScreenModule>): Pick<ScreenEntry, 'component' | 'preload'> {
  let loaded: ComponentType | null = null;
  let pending: Promise<void> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (module) => {
        loaded = module.default;
      },
      (error: unknown) => {
        pending = null; // a failed download can be retried
        throw error;
      },
    ));
  const Suspending = lazy(() => preload().then(() => ({ default: loaded as ComponentType })));
  const component = () => createElement(loaded ?? Suspending);
  return { component, preload };
}

/** The ceremonies in the order a sprint runs; each screen's code loads when it is first opened. */
export const SCREEN_ENTRIES: readonly ScreenEntry[] = [
  { id: 'team', label: 'Team', key: '1', ...lazyScreen(() => import('../screens/team/TeamScreen')) },
  { id: 'backlog', label: 'Backlog', key: '2', ...lazyScreen(() => import('../screens/backlog/BacklogScreen')) },
  { id: 'planning', label: 'Planning', key: '3', ...lazyScreen(() => import('../screens/planning/PlanningScreen')) },
  { id: 'standup', label: 'Standup', key: '4', ...lazyScreen(() => import('../screens/standup/StandupScreen')) },
  { id: 'review', label: 'Review', key: '5', ...lazyScreen(() => import('../screens/review/ReviewScreen')) },
  { id: 'retro', label: 'Retro', key: '6', ...lazyScreen(() => import('../screens/retro/RetroScreen')) },
  { id: 'data', label: 'Data & backups', key: '7', ...lazyScreen(() => import('../screens/data/DataScreen')) },
];
