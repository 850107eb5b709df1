import { useMemo, useRef, useState } from 'react';
import { formatDuration, overtimeText, spokeText, standupWhen, summaryTime } from '../../../src/domain/standup/format';
import type { StandupSummary } from '../../../src/domain/standup/schema';
import { summaryMarkdown } from '../../../src/domain/standup/summary';
import { saveOrDownload } from '../../api/save-file';
import { copiedMessage, copyNotes, CopyNotesButtons, type NotesFormat } from '../../components/copy-notes';
import { useAppStore } from '../../store';
import { DataTable } from '../../components/DataTable';
import { onScreen } from '../../components/dates';

/** The summary panel's id, focused when a standup ends (its controls left with it). */
export const SUMMARY_ID = 'standup-summary';

const STATUS_TEXT = { done: 'Spoke', speaking: 'Spoke', skipped: 'Absent (skipped)', waiting: 'Did not get a turn' };

interface StandupSummaryViewProps {
  summary: StandupSummary;
  heading: string;
  /** When the standup started, and the team's zone: the time of day of a summary saved before it kept its own. */
  startedAt: string;
  timeZone: string;
}

/** What the standup produced, copyable as Markdown (with a visible fallback when the clipboard is refused). */
export function StandupSummaryView({ summary, heading, startedAt, timeZone }: StandupSummaryViewProps) {
  const pushToast = useAppStore((s) => s.pushToast);
  const reportError = useAppStore((s) => s.reportError);
  const markdown = useMemo(() => summaryMarkdown(summary, { at: startedAt, timeZone }), [summary, startedAt, timeZone]);
  const overBy = overtimeText(summary.overtimeMs);
  const [showText, setShowText] = useState(false);
  const [copyFailed, setCopyFailed] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  // Two standups of one day download under their own names: standup-2026-11-25-0930.md.
  const fileName = `standup-${summary.date}-${summaryTime(summary, startedAt, timeZone).replace(':', '')}.md`;

  const copy = async (format: NotesFormat) => {
    try {
      await copyNotes(markdown, format);
      setCopyFailed(false);
      pushToast({ kind: 'success', message: copiedMessage('the standup summary', format) });
    } catch {
      setCopyFailed(true);
      setShowText(true);
      requestAnimationFrame(() => textRef.current?.select());
    }
  };

  return (
    <section id={SUMMARY_ID} className="panel summary" aria-labelledby="summary-title">
      <h3 id="summary-title">{heading}</h3>
      <p className="summary__headline">
        {standupWhen(summary, startedAt, timeZone, onScreen())}
        {summary.sprintName ? ` · ${summary.sprintName}` : ''} · took {formatDuration(summary.durationMs)} of{' '}
        {formatDuration(summary.totalMs)}
        {overBy ? <strong className="summary__over"> · {overBy} over</strong> : ' · within the timebox'}
      </p>
      <DataTable caption="Time per speaker" columns={['Person', 'Status', 'Time', 'Overtime']}>
        <tbody>
          {summary.speakers.map((s) => (
            <tr key={s.memberId}>
              <th scope="row">{s.name}</th>
              <td>{STATUS_TEXT[s.status]}</td>
              <td>{spokeText(s)}</td>
              <td className={overtimeText(s.overtimeMs) ? 'summary__over' : undefined}>
                {overtimeText(s.overtimeMs) ?? '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      {summary.notes.length > 0 ? (
        <section aria-labelledby="summary-updates-title">
          <h4 id="summary-updates-title">Updates ({summary.notes.length})</h4>
          <ul className="plain-list">
            {summary.notes.map((n, index) => (
              <li key={index}>
                <strong>{n.name}</strong>: {n.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="two-columns">
        <div>
          <h4>Blockers raised ({summary.blockersRaised.length})</h4>
          {summary.blockersRaised.length === 0 ? <p className="muted">None.</p> : null}
          <ul className="plain-list">
            {summary.blockersRaised.map((b) => (
              <li key={b.id}>
                {b.text} <span className="muted">— owner: {b.owner}</span>
              </li>
            ))}
          </ul>
          {/* Raised at this standup or before it, and not resolved when it ended (the count its Markdown gives). */}
          <p>Open blockers after standup: {summary.openBlockers}</p>
        </div>
        <div>
          <h4>Parking lot ({summary.parkingLot.length})</h4>
          {summary.parkingLot.length === 0 ? <p className="muted">None.</p> : null}
          <ul className="plain-list">
            {summary.parkingLot.map((p) => (
              <li key={p.id}>
                {p.text} {p.stay.length > 0 ? <span className="muted">— stay: {p.stay.join(', ')}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      </div>
      <div className="actions">
        <CopyNotesButtons primary onCopy={(format) => void copy(format)} />
        <button type="button" onClick={() => saveOrDownload(fileName, markdown, 'text/markdown').catch(reportError)}>
          Download Markdown
        </button>
        <button type="button" aria-expanded={showText} onClick={() => setShowText(!showText)}>
          {showText ? 'Hide Markdown' : 'Show Markdown'}
        </button>
      </div>
      {copyFailed ? (
        <p className="form-error" role="alert">
          The clipboard is not available here. Select the text below and copy it with Ctrl+C (⌘C on a Mac).
        </p>
      ) : null}
      {showText ? (
        <label className="field">
          <span>Summary as Markdown</span>
          <textarea ref={textRef} readOnly rows={12} value={markdown} className="summary__markdown" />
        </label>
      ) : null}
    </section>
  );
}
