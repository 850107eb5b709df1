import { retroToCsv } from '../../../src/domain/retro/export/csv';
import { retroToHtml } from '../../../src/domain/retro/export/html';
import { retroToJson } from '../../../src/domain/retro/export/json';
import { retroToMarkdown } from '../../../src/domain/retro/export/markdown';
import { retroFacts } from '../../../src/domain/retro/export/facts';
import { exportedOpenActions, fileBaseName, type ExportContext } from '../../../src/domain/retro/export/outline';
import type { Retro } from '../../../src/domain/retro/schema';
import type { TeamDoc } from '../../../src/domain/workspace';
import { exportableRetro, healthAnswersOpen, leftOutOfExport } from '../../../src/domain/room/redact';
import { saveOrDownload } from '../../api/save-file';
import { CopyNotesButtons, useCopyNotes } from '../../components/copy-notes';
import { busyButton, useSubmitOnce } from '../../components/use-submit-once';
import { useAppStore } from '../../store';
import { memberNames } from '../../../src/domain/team/member-name';

export function exportContext(team: TeamDoc, retro: Retro): ExportContext {
  return {
    teamName: team.name,
    sprintName: team.sprints.find((s) => s.id === retro.sprintId)?.name ?? null,
    timeZone: team.settings.timeZone,
    memberName: memberNames(team.members),
    facts: retroFacts(team, retro),
    openActions: exportedOpenActions(team.retros, retro, team.settings.timeZone),
  };
}

/** Every export of the open retro: every card, not only the voted ones. */
export function ExportBar({ team, retro: open }: { team: TeamDoc; retro: Retro }) {
  const retro = exportableRetro(open);
  const leftOut = leftOutOfExport(open);
  const pushToast = useAppStore((s) => s.pushToast);
  const reportError = useAppStore((s) => s.reportError);
  // A check phones are still answering has no scores on the screen (a count only): the export waits for them.
  const health = team.healthChecks.find((h) => h.retroId === retro.id && !healthAnswersOpen(h, team.retros)) ?? null;
  const base = fileBaseName(retro, team.settings.timeZone, team.retros);
  /** Made when an export is: its sprint facts are worked out from the whole team, not on every change to the retro. */
  const context = () => exportContext(team, retro);

  // While one export is being saved the others ignore presses: a double click in the desktop app would open a
  // second save dialog after the first. The buttons stay focusable (busyButton), so the focus stays put.
  const { busy, once } = useSubmitOnce();
  const save = (ext: string, content: () => string, mime: string) =>
    void once(() =>
      saveOrDownload(`${base}.${ext}`, content(), mime)
        .then((outcome) => {
          if (outcome !== 'cancelled') pushToast({ kind: 'success', message: `Exported ${base}.${ext}.` });
        })
        .catch(reportError),
    )();

  const copy = useCopyNotes('the retro', 'Download Markdown');

  return (
    <section className="retro-exports" aria-label="Export">
      {leftOut ? <p className="muted">{leftOut}</p> : null}
      <CopyNotesButtons onCopy={(format) => void copy(retroToMarkdown(retro, context(), health), format)} />
      <button
        type="button"
        {...busyButton(busy)}
        onClick={() => save('md', () => retroToMarkdown(retro, context(), health), 'text/markdown')}
      >
        Download Markdown
      </button>
      <button
        type="button"
        {...busyButton(busy)}
        onClick={() => save('html', () => retroToHtml(retro, context(), health), 'text/html')}
      >
        Download HTML
      </button>
      <button
        type="button"
        {...busyButton(busy)}
        onClick={() => save('csv', () => retroToCsv(retro, context(), health), 'text/csv')}
      >
        Download CSV
      </button>
      <button
        type="button"
        {...busyButton(busy)}
        onClick={() =>
          save(
            'json',
            () => {
              const ctx = context();
              return retroToJson(retro, health, new Date().toISOString(), ctx.memberName, ctx.facts, ctx.openActions);
            },
            'application/json',
          )
        }
      >
        Download JSON
      </button>
    </section>
  );
}
