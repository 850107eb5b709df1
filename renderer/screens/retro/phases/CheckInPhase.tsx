import { useState } from 'react';
import {
  CHECK_IN_MODES,
  HEALTH_DIMENSIONS,
  HEALTH_DIMENSION_NAMES,
  type HealthCheck,
} from '../../../../src/domain/retro/schema';
import { ICEBREAKER_QUESTION, ICEBREAKERS } from '../../../../src/domain/retro/templates';
import {
  answeredOnPhones,
  healthTrend,
  healthWithheldNote,
  NO_SCORES,
  NOT_SCORED,
  nothingScored,
  REPLACES_ANSWERS,
  replacingPhoneAnswers,
  SCORE_ONE_FIRST,
} from '../../../../src/domain/retro/health';
import { ApiCallError } from '../../../api/errors';
import { useAppStore } from '../../../store';
import { HealthTrendChart } from '../HealthTrendChart';
import type { PhaseProps } from '../PhaseView';
import { useRetroOp } from '../use-retro';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { DataTable } from '../../../components/DataTable';
import { sameFocus } from '../../../components/room/joined';
import { healthAnswersOpen } from '../../../../src/domain/room/redact';
import { FormError } from '../../../components/FormError';
import { byId, focusSoon } from '../../../components/focus-soon';
import { useFollowedDraft } from '../../../components/use-followed-draft';

const MODE_NAMES: Record<(typeof CHECK_IN_MODES)[number], string> = {
  none: 'Skip check-in',
  icebreaker: ICEBREAKER_QUESTION,
  health: 'Team health check (1–5)',
};

export function CheckInPhase({ retro, team }: PhaseProps) {
  const op = useRetroOp(retro.id);
  const record = useAppStore((s) => s.recordHealthCheck);
  const pushToast = useAppStore((s) => s.pushToast);
  const reportError = useAppStore((s) => s.reportError);
  // A check phones are still answering comes to the screen as a count, without scores (src/domain/room/redact.ts):
  // it is not in the trend, and the form does not start from it.
  const answersOpen = (check: HealthCheck) => healthAnswersOpen(check, team.retros);
  const checks = team.healthChecks.filter((h) => !answersOpen(h));
  const saved = checks.find((h) => h.retroId === retro.id);
  const stored = team.healthChecks.find((h) => h.retroId === retro.id && answersOpen(h))?.answers ?? 0;
  // People in the room who answered this check-in on their phones.
  const inRoom = useAppStore((s) =>
    s.room?.teamId === team.id && sameFocus(s.room.focus, { kind: 'retro', retroId: retro.id })
      ? s.room.people.filter((p) => p.done).length
      : 0,
  );
  // Everyone who answered, also those who left and after the room closed: scores saved here replace their answers.
  const phoneAnswers = Math.max(inRoom, stored);
  // The question's words while "Replace the phones' answers?" is open, else null.
  const [confirmReplace, setConfirmReplace] = useState<string | null>(null);
  // The form shows the stored scores until someone picks one: a check saved meanwhile in another window, or by a
  // sync, is shown rather than hidden behind the scores the form opened with (and saved back over it).
  const { value: scores, draft, setDraft, settle } = useFollowedDraft(saved?.scores ?? NO_SCORES);
  const [emptyError, setEmptyError] = useState<string | null>(null);
  const save = (replacesAnswers: boolean) =>
    record(retro.id, scores, replacesAnswers)
      .then(() => {
        settle(draft);
        pushToast({ kind: 'success', message: 'Health scores saved for this sprint.' });
      })
      .catch((error: unknown) => {
        // Stored answers from phones the screen could not see (the room closed, or on another focus): ask.
        const replaces = error instanceof ApiCallError ? error.fieldMessage(REPLACES_ANSWERS) : undefined;
        if (replaces && !replacesAnswers) setConfirmReplace(replaces);
        else reportError(error);
      });
  const trend = healthTrend(checks, team.sprints, team.retros);
  // Checks from phones with a dimension left unscored: too few people scored it for a median.
  const withheld = new Map(checks.map((c) => [c.id, healthWithheldNote(c)]));
  const mode = retro.checkIn.mode;

  const setMode = (next: typeof mode) =>
    void op('updateRetroDetails', {
      checkIn: {
        mode: next,
        question: next === 'icebreaker' && !retro.checkIn.question ? ICEBREAKERS[0]! : retro.checkIn.question,
      },
    });
  const nextQuestion = () => {
    const i = ICEBREAKERS.indexOf(retro.checkIn.question);
    void op('updateRetroDetails', { checkIn: { mode, question: ICEBREAKERS[(i + 1) % ICEBREAKERS.length]! } });
  };

  return (
    <div className="checkin">
      <fieldset className="segmented">
        <legend>How to check in</legend>
        {CHECK_IN_MODES.map((m) => (
          <label key={m}>
            <input type="radio" name="checkin-mode" checked={mode === m} onChange={() => setMode(m)} />
            {MODE_NAMES[m]}
          </label>
        ))}
      </fieldset>
      {mode === 'icebreaker' ? (
        <div className="panel icebreaker">
          <p className="icebreaker__question">{retro.checkIn.question}</p>
          <button type="button" onClick={nextQuestion}>
            Another question
          </button>
        </div>
      ) : null}
      {mode === 'health' ? (
        <form
          className="panel health-form"
          onSubmit={(e) => {
            e.preventDefault();
            // A check with nothing scored would add an all-"Not scored" row to the trend: say what is missing.
            if (nothingScored(scores)) {
              setEmptyError(SCORE_ONE_FIRST);
              focusSoon(byId(`health-${HEALTH_DIMENSIONS[0]}`));
            } else if (phoneAnswers > 0) setConfirmReplace(replacingPhoneAnswers(phoneAnswers));
            else void save(false);
          }}
        >
          <p className="muted">1 = painful, 5 = great. Agree on one score per dimension as a team.</p>
          <div className="health-form__grid">
            {HEALTH_DIMENSIONS.map((d) => (
              <div className="field" key={d}>
                <label htmlFor={`health-${d}`}>{HEALTH_DIMENSION_NAMES[d]} score</label>
                <select
                  id={`health-${d}`}
                  value={scores[d] ?? ''}
                  aria-describedby={emptyError ? 'health-form-error' : undefined}
                  onChange={(e) => {
                    setEmptyError(null);
                    setDraft({ ...scores, [d]: e.target.value ? Number(e.target.value) : null });
                  }}
                >
                  <option value="">{NOT_SCORED}</option>
                  {[1, 2, 3, 4, 5].map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          <div id="health-form-error">
            <FormError message={emptyError} />
          </div>
          <div className="actions">
            <button type="submit" className="primary">
              Save health scores
            </button>
          </div>
        </form>
      ) : null}
      {confirmReplace !== null ? (
        <ConfirmDialog
          title="Replace the phones’ answers?"
          message={confirmReplace}
          confirmLabel="Replace their answers"
          onConfirm={() => {
            setConfirmReplace(null);
            void save(true);
          }}
          onCancel={() => setConfirmReplace(null)}
        />
      ) : null}
      {mode === 'health' || trend.length > 0 ? (
        <section className="panel" aria-labelledby="health-trend-title">
          <h4 id="health-trend-title">Health trend by sprint</h4>
          {phoneAnswers > 0 ? (
            <p role="status">
              {answeredOnPhones(phoneAnswers)}: this sprint&rsquo;s medians show here when the check-in ends.
            </p>
          ) : null}
          <HealthTrendChart rows={trend} />
          {/* With answers waiting, "no scores" would be untrue: the line above says where they are. */}
          {trend.length === 0 ? (
            phoneAnswers === 0 ? (
              <p className="muted">No scores recorded yet.</p>
            ) : null
          ) : (
            <DataTable
              caption="Health trend by sprint"
              className="health-trend"
              columns={['Sprint', ...HEALTH_DIMENSIONS.map((d) => HEALTH_DIMENSION_NAMES[d])]}
            >
              <tbody>
                {trend.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.label}</th>
                    {HEALTH_DIMENSIONS.map((d) => (
                      <td key={d}>
                        {row.scores[d] ?? NOT_SCORED}
                        {row.change[d] ? (
                          <span className={`trend trend--${row.change[d] > 0 ? 'up' : 'down'}`}>
                            {row.change[d] > 0 ? ` ▲ +${row.change[d]}` : ` ▼ ${row.change[d]}`}
                          </span>
                        ) : null}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
          {trend.map((row) => {
            const note = withheld.get(row.key);
            return note ? (
              <p key={row.key} className="muted">
                {`${row.label}: ${note}`}
              </p>
            ) : null;
          })}
        </section>
      ) : null}
    </div>
  );
}
