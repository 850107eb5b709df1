import { sprintCapacity } from '../../../src/domain/planning/capacity';
import { MAX_SPRINT_DAYS } from '../../../src/domain/planning/calendar';
import { defaultSprintDates, defaultSprintName } from '../../../src/domain/planning/defaults';
import { plannedPointsNow } from '../../../src/domain/planning/figures';
import type { Sprint } from '../../../src/domain/planning/schema';
import { sprintAfter } from '../../../src/domain/planning/rules';
import { datesFromToday, lateStart } from '../../../src/domain/planning/timing';
import { useToday } from '../../components/use-now';
import type { TeamDoc } from '../../../src/domain/workspace';
import { plural, quote } from '../../../src/domain/shared/words';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { byId, focusSoon } from '../../components/focus-soon';
import { useAppStore } from '../../store';
import { sprintWarnings } from './plan-warnings';
import { CloseSprintDialog, shorterWhy, StartSprintDialog } from './SprintDialogs';
import { SprintForm } from './SprintForm';
import { FIRST_SPRINT_ID, SPRINT_HEADING_ID, SPRINT_STATUS_ID } from './use-sprint';

/** Why a new sprint is offered fewer working days than the team's sprint length (see defaultSprintDates). */
const longSprintWhy = ({ days, of }: { days: number; of: number }) =>
  `Offered ${plural(days, 'working day')}, not ${of}: a sprint can last at most ${MAX_SPRINT_DAYS} days. Sprint length is set on the Team screen.`;

/** 'redate': the edit form opened from Start with dates from today, which goes back to Start once saved. */
export type PlanningDialog = 'new' | 'edit' | 'redate' | 'delete' | 'start' | 'close' | null;

/**
 * What goes with a deleted sprint (see deleteSprint): its time off and on-call shifts, and its review when one was
 * started; its items go back to the backlog. Holidays, change windows and freezes are the team's, and stay.
 */
function deleteMessage(team: TeamDoc, sprint: Sprint): string {
  const booked = [
    ...(sprint.timeOff.length > 0 ? [plural(sprint.timeOff.length, 'day off', 'days off')] : []),
    ...(sprint.onCall.length > 0 ? [plural(sprint.onCall.length, 'on-call shift')] : []),
  ];
  const items = team.items.filter((i) => i.sprintId === sprint.id).length;
  const slots = team.reviews.filter((r) => r.sprintId === sprint.id).reduce((n, r) => n + r.slots.length, 0);
  return [
    booked.length > 0 ? `Deleted with it: ${booked.join(' and ')}.` : null,
    items > 0 ? `${plural(items, 'item goes', 'items go')} back to the backlog.` : null,
    "The team's holidays, change windows and freezes stay.",
    team.reviews.some((r) => r.sprintId === sprint.id)
      ? `Its review, with ${plural(slots, 'demo slot')}, is deleted too.`
      : null,
  ]
    .filter((part) => part !== null)
    .join(' ');
}

/** The sprint life-cycle dialogs of the planning screen: new, edit, delete, start, close. */
export function PlanningDialogs({
  team,
  sprint,
  dialog,
  open,
  close,
}: {
  team: TeamDoc;
  sprint: Sprint | null;
  dialog: PlanningDialog;
  open: (dialog: PlanningDialog) => void;
  close: () => void;
}) {
  const createSprint = useAppStore((s) => s.createSprint);
  const updateSprint = useAppStore((s) => s.updateSprint);
  const deleteSprint = useAppStore((s) => s.deleteSprint);
  const startSprint = useAppStore((s) => s.startSprint);
  const closeSprint = useAppStore((s) => s.closeSprint);
  const selectSprint = useAppStore((s) => s.selectPlanningSprint);
  const pushToast = useAppStore((s) => s.pushToast);
  const reportError = useAppStore((s) => s.reportError);
  const today = useToday(team.settings.timeZone);

  if (dialog === 'new') {
    const { startDate, endDate, shortened } = defaultSprintDates(new Date(), team.settings, team.sprints);
    return (
      <SprintForm
        title="New sprint"
        what="the new sprint"
        submitLabel="Create sprint"
        initial={{ name: defaultSprintName(team.sprints), goal: '', startDate, endDate }}
        datesNote={shortened ? longSprintWhy(shortened) : undefined}
        onClose={close}
        onSubmit={async (fields) => {
          await createSprint(fields);
          close();
          focusSoon(byId(SPRINT_HEADING_ID, fields.name));
          pushToast({ kind: 'success', message: `Created ${fields.name}.` });
        }}
      />
    );
  }
  if (!sprint) return null;
  const items = team.items.filter((i) => i.sprintId === sprint.id && !i.unplanned);
  const workingDays = team.settings.workingDays;
  const late = lateStart(sprint, today, workingDays);
  // The dates the Start dialog offers a late sprint, and the 'redate' form opens with (its own when none are left).
  const fromToday = datesFromToday(sprint, today, workingDays, sprintAfter(team.sprints, sprint));
  const redated = fromToday.kind === 'no-room' ? sprint : fromToday;
  switch (dialog) {
    case 'edit':
      return (
        <SprintForm
          title={`Edit ${sprint.name}`}
          what={quote(sprint.name)}
          submitLabel="Save sprint"
          datesLocked={sprint.state !== 'planned'}
          initial={{ name: sprint.name, goal: sprint.goal, startDate: sprint.startDate, endDate: sprint.endDate }}
          onClose={close}
          onSubmit={async (fields) => {
            const leftOutside = await updateSprint(sprint.id, fields);
            close();
            if (leftOutside) pushToast({ kind: 'info', message: leftOutside });
          }}
        />
      );
    case 'redate':
      return (
        <SprintForm
          title={`New dates for ${sprint.name}`}
          what={`the dates of ${quote(sprint.name)}`}
          submitLabel="Save dates"
          initial={{ name: sprint.name, goal: sprint.goal, startDate: redated.startDate, endDate: redated.endDate }}
          datesNote={fromToday.kind === 'shorter' ? `Offered from today: ${shorterWhy(fromToday)}.` : undefined}
          onClose={close}
          onSubmit={async (fields) => {
            const leftOutside = await updateSprint(sprint.id, fields);
            if (leftOutside) pushToast({ kind: 'info', message: leftOutside });
            open('start');
          }}
        />
      );
    case 'delete':
      return (
        <ConfirmDialog
          title={`Delete ${sprint.name}?`}
          message={deleteMessage(team, sprint)}
          confirmLabel="Delete sprint"
          onCancel={close}
          onConfirm={() => {
            close();
            // The Delete button goes with the sprint: the sprint shown next, or the button to create one, takes focus.
            deleteSprint(sprint.id)
              .then(() => focusSoon(() => document.getElementById(SPRINT_HEADING_ID) ?? byId(FIRST_SPRINT_ID)()))
              .catch(reportError);
          }}
        />
      );
    case 'start':
      return (
        <StartSprintDialog
          sprint={sprint}
          itemCount={items.length}
          warnings={sprintWarnings(team, sprint, today)}
          committed={plannedPointsNow(sprint, items)}
          plannable={sprintCapacity(sprint, team.members, team.settings, team.sprints, team.calendar).plannablePoints}
          late={
            late
              ? {
                  days: late,
                  from: fromToday,
                  onChangeDates: () => open('redate'),
                }
              : null
          }
          onClose={close}
          onConfirm={async () => {
            await startSprint(sprint.id);
            close();
            focusSoon(byId(SPRINT_STATUS_ID));
            pushToast({ kind: 'success', message: `${sprint.name} started; the commitment is frozen.` });
          }}
        />
      );
    case 'close':
      return (
        <CloseSprintDialog
          team={team}
          sprint={sprint}
          today={today}
          onClose={close}
          onConfirm={async (to, unplannedTo) => {
            await closeSprint(sprint.id, to, unplannedTo);
            close();
            // The screen stays on the sprint just closed (shown as the active one, it would give way to the next
            // planned sprint) with its result; the Close button is gone with it: the status line says it is closed.
            selectSprint(sprint.id);
            focusSoon(byId(SPRINT_STATUS_ID));
            pushToast({ kind: 'success', message: `${sprint.name} closed; its result feeds the velocity.` });
          }}
        />
      );
    default:
      return null;
  }
}
