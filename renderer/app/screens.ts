import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ScreenId } from '../store/slices/ui';

export interface ScreenEntry {
  id: ScreenId;
  label: string;
  /** Alt+<key> opens the screen. */
  key: string;
  component: LazyExoticComponent<ComponentType>;
}

/** The ceremonies in the order a sprint runs; each screen's code loads when it is first opened. */
export const SCREEN_ENTRIES: readonly ScreenEntry[] = [
  { id: 'team', label: 'Team', key: '1', component: lazy(() => import('../screens/team/TeamScreen')) },
  { id: 'backlog', label: 'Backlog', key: '2', component: lazy(() => import('../screens/backlog/BacklogScreen')) },
  { id: 'planning', label: 'Planning', key: '3', component: lazy(() => import('../screens/planning/PlanningScreen')) },
  { id: 'standup', label: 'Standup', key: '4', component: lazy(() => import('../screens/standup/StandupScreen')) },
  { id: 'review', label: 'Review', key: '5', component: lazy(() => import('../screens/review/ReviewScreen')) },
  { id: 'retro', label: 'Retro', key: '6', component: lazy(() => import('../screens/retro/RetroScreen')) },
  { id: 'data', label: 'Data & backups', key: '7', component: lazy(() => import('../screens/data/DataScreen')) },
];
