import type { StateCreator } from 'zustand';
import type { AppState } from './index';

/** Every feature slice is built against the whole app state, as in zustand's slices pattern. */
export type Slice<T> = StateCreator<AppState, [], [], T>;
