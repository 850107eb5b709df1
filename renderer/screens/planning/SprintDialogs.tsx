import { useState } from 'react';
import { sprintResultOf } from '../../../src/domain/planning/close';
import { nextPlannedSprint } from '../../../src/domain/planning/rules';
import type { Sprint } from '../../../src/domain/planning/schema';
import type { TeamDoc } from '../../../src/domain/workspace';
import { messageOf } from '../../api/errors';
import { Modal } from '../../components/Modal';
import { num } from './use-sprint';
import { FormError } from '../../components/FormError';
import { DialogActions } from '../../components/DialogActions';
import { plural } from '../../../src/domain/shared/words';

interface StartProps {
  sprint: Sprint;
  committed: number;
  plannable: number;
  itemCount: number;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

/** Confirms the start: after it, the commitment is frozen and changes are logged as scope changes. */
export function StartSprintDialog({ sprint, committed, plannable, itemCount, onConfirm, onClose }: StartProps) {
  const [error, setError] = useState<string | null>(null);
  const over = committed > plannable;
  return (
    <Modal title={`Start ${sprint.name}`} onClose={onClose}>
      <p>
        The team commits to {plural(itemCount, 'item')}, {num(committed)} points, against {num(plannable)} plannable
        points. From now on, adding, removing or re-estimating items is logged as a scope change.
      </p>
      {over ? (
        <p className="warning warning--strong">
          This is {num(committed - plannable)} points over what the team can plan. Starting anyway eats the interrupt
          buffer.
        </p>
      ) : null}
      <FormError message={error} />
      <DialogActions
        confirm="Start sprint"
        onConfirm={() => onConfirm().catch((e: unknown) => setError(messageOf(e)))}
        onCancel={onClose}
        autoFocus="confirm"
      />
    </Modal>
  );
}

interface CloseProps {
  team: TeamDoc;
  sprint: Sprint;
  onConfirm: (incompleteTo: 'backlog' | 'next_sprint') => Promise<void>;
  onClose: () => void;
}

/** Shows what the sprint delivered and asks where unfinished items go. */
export function CloseSprintDialog({ team, sprint, onConfirm, onClose }: CloseProps) {
  const next = nextPlannedSprint(team.sprints, sprint);
  const [to, setTo] = useState<'backlog' | 'next_sprint'>(next ? 'next_sprint' : 'backlog');
  const [error, setError] = useState<string | null>(null);
  const preview = sprintResultOf(sprint, team.items, team.settings, to, new Date().toISOString());
  const titles = team.items.filter((i) => preview.incompleteItemIds.includes(i.id)).map((i) => i.title);
  return (
    <Modal title={`Close ${sprint.name}`} onClose={onClose}>
      <dl className="formula-lines">
        <dt>Committed</dt>
        <dd>{num(preview.committedPoints)} points</dd>
        <dt>Completed planned</dt>
        <dd>{num(preview.completedPlannedPoints)} points</dd>
        <dt>Completed unplanned</dt>
        <dd>{num(preview.completedUnplannedPoints)} points</dd>
        <dt>Buffer</dt>
        <dd>
          {num(preview.bufferUsedPoints)} of {num(preview.bufferReservedPoints)} points used
        </dd>
        <dt>Unfinished</dt>
        <dd>{titles.length === 0 ? 'Nothing: everything is done.' : titles.join(', ')}</dd>
      </dl>
      {titles.length > 0 ? (
        <fieldset>
          <legend>Move unfinished items to</legend>
          <label className="radio">
            <input type="radio" name="incomplete" checked={to === 'backlog'} onChange={() => setTo('backlog')} /> The
            backlog
          </label>
          <label className="radio">
            <input
              type="radio"
              name="incomplete"
              checked={to === 'next_sprint'}
              disabled={!next}
              onChange={() => setTo('next_sprint')}
            />{' '}
            {next ? `The next sprint, ${next.name}` : 'The next sprint (create it first)'}
          </label>
        </fieldset>
      ) : null}
      <FormError message={error} />
      <DialogActions
        confirm="Close sprint"
        onConfirm={() => onConfirm(to).catch((e: unknown) => setError(messageOf(e)))}
        onCancel={onClose}
        autoFocus="confirm"
      />
    </Modal>
  );
}
