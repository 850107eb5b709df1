import { useAppStore } from '../store';

/** Chart text read from the back of the room: 24 px or more on the projector (presentation mode). */
export const CHART_TEXT_PX = { projector: 24, screen: 16 } as const;

/** The size of a chart's axis labels, legend and markers for the mode the screen is in. */
export function useChartTextPx(): number {
  return useAppStore((s) => s.presentation) ? CHART_TEXT_PX.projector : CHART_TEXT_PX.screen;
}
