import { readiness, unmetText } from '../../../src/domain/backlog/readiness';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import type { Sprint } from '../../../src/domain/planning/schema';
import type { TeamSettings } from '../../../src/domain/team/schema';
import { plural } from '../../../src/domain/shared/words';

export interface PlanWarning {
  key: string;
  text: string;
}

/** Definition of Ready, missing estimates and change windows, for the items planned into a sprint. */
export function planWarnings(items: readonly BacklogItem[], sprint: Sprint, settings: TeamSettings): PlanWarning[] {
  const out: PlanWarning[] = [];
  const hasWindow = sprint.changeWindows.some((w) => w.kind === 'window');
  for (const item of items) {
    const r = readiness(item, settings.definitionOfReady);
    if (!r.ready)
      out.push({
        key: `dor-${item.id}`,
        text: `"${item.title}" is not ready: Definition of Ready ${unmetText(r.missing)}.`,
      });
    if (item.needsChangeWindow && !hasWindow) {
      out.push({
        key: `cw-${item.id}`,
        text: `"${item.title}" needs a change window, but this sprint has none. Add one on the Calendar tab.`,
      });
    }
  }
  const unestimated = items.filter((i) => i.points === null).length;
  if (unestimated > 0) {
    out.push({
      key: 'unestimated',
      text: `${plural(unestimated, 'item has', 'items have')} no estimate and count as 0 points.`,
    });
  }
  return out;
}
