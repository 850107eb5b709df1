import { sprintCapacity } from '../../../src/domain/planning/capacity';
import { defaultSprintDates, defaultSprintName } from '../../../src/domain/planning/defaults';
import type { Sprint } from '../../../src/domain/planning/schema';
import type { TeamDoc } from '../../../src/domain/workspace';
import { plural } from '../../../src/domain/shared/words';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { byId, focusSoon } from '../../components/focus-soon';
import { useAppStore } from '../../store';
import { CloseSprintDialog, StartSprintDialog } from './SprintDialogs';
import { SprintForm } from './SprintForm';
import { FIRST_SPRINT_ID, SPRINT_HEADING_ID, SPRINT_STATUS_ID } from './use-sprint';

export type PlanningDialog = 'new' | 'edit' | 'delete' | 'start' | 'close' | null;

/** What goes with a deleted sprint: its calendar, and its review when one was started (see deleteSprint). */
function deleteMessage(team: TeamDoc, sprint: Sprint): string {
  const slots = team.reviews.filter((r) => r.sprintId === sprint.id).reduce((n, r) => n + r.slots.length, 0);
  const review = team.reviews.some((r) => r.sprintId === sprint.id)
    ? ` Its review, with ${plural(slots, 'demo slot')}, is deleted too.`
    : '';
  return `Its calendar is deleted and its items go back to the backlog.${review}`;
}

/** The sprint life-cycle dialogs of the planning screen: new, edit, delete, start, close. */
export function PlanningDialogs({
  team,
  sprint,
  dialog,
  close,
}: {
  team: TeamDoc;
  sprint: Sprint | null;
  dialog: PlanningDialog;
  close: () => void;
}) {
  const createSprint = useAppStore((s) => s.createSprint);
  const updateSprint = useAppStore((s) => s.updateSprint);
  const deleteSprint = useAppStore((s) => s.deleteSprint);
  const startSprint = useAppStore((s) => s.startSprint);
  const closeSprint = useAppStore((s) => s.closeSprint);
  const pushToast = useAppStore((s) => s.pushToast);
  const reportError = useAppStore((s) => s.reportError);

  if (dialog === 'new') {
    const dates = defaultSprintDates(new Date(), team.settings, team.sprints);
    return (
      <SprintForm
        title="New sprint"
        submitLabel="Create sprint"
        initial={{ name: defaultSprintName(team.sprints), goal: '', ...dates }}
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
  switch (dialog) {
    case 'edit':
      return (
        <SprintForm
          title={`Edit ${sprint.name}`}
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
          committed={items.reduce((acc, i) => acc + (i.points ?? 0), 0)}
          plannable={sprintCapacity(sprint, team.members, team.settings, team.sprints, team.calendar).plannablePoints}
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
          onClose={close}
          onConfirm={async (to, unplannedTo) => {
            await closeSprint(sprint.id, to, unplannedTo);
            close();
            // The Close button is gone with the active sprint: the status line says it is closed.
            focusSoon(byId(SPRINT_STATUS_ID));
            pushToast({ kind: 'success', message: `${sprint.name} closed; its result feeds the velocity.` });
          }}
        />
      );
    default:
      return null;
  }
}
