import { useEffect, useMemo, useRef, useState } from 'react';
import { reportBodyHtml, reportToHtml, type DiagramSvgs } from '../../../src/domain/review/report-html';
import { reportToCsv } from '../../../src/domain/review/report-csv';
import { reportToJson } from '../../../src/domain/review/report-json';
import { reportToMarkdown } from '../../../src/domain/review/report-markdown';
import { buildReportModel, reportFileBase, type ReportInput } from '../../../src/domain/review/report-model';
import { getApi } from '../../api/client';
import { saveOrDownload } from '../../api/save-file';
import { CopyNotesButtons, useCopyNotes } from '../../components/copy-notes';
import { useAppStore } from '../../store';
import { renderMermaid } from './blocks/mermaid-render';

interface DrawnDiagrams {
  svgs: DiagramSvgs;
  /** False when Mermaid could not be loaded: the report then carries each diagram as its text, with a note. */
  loaded: boolean;
}

/** Draws every Mermaid diagram of the review to SVG, so the HTML report and the print carry pictures. */
async function renderDiagrams(input: ReportInput): Promise<DrawnDiagrams> {
  const out: Record<string, string> = {};
  for (const slot of input.review.slots) {
    for (const block of slot.blocks) {
      if (block.kind !== 'diagram' || block.source !== 'mermaid') continue;
      try {
        const result = await renderMermaid(block.mermaid);
        if (result.ok) out[block.id] = result.svg;
      } catch {
        // renderMermaid answers a diagram it cannot read; it throws only when Mermaid itself does not load.
        return { svgs: out, loaded: false };
      }
    }
  }
  return { svgs: out, loaded: true };
}

const NOT_DRAWN = 'Its diagrams are in it as text: Mermaid could not be loaded to draw them.';

const hasMermaid = (input: ReportInput) =>
  input.review.slots.some((s) => s.blocks.some((b) => b.kind === 'diagram' && b.source === 'mermaid'));

/** Exports the sprint report (Markdown, HTML, CSV, JSON) and prints it; a print-only copy of the report lives here. */
export function ReportPanel({ input }: { input: ReportInput }) {
  const pushToast = useAppStore((s) => s.pushToast);
  const reportError = useAppStore((s) => s.reportError);
  const [diagrams, setDiagrams] = useState<DiagramSvgs>({});
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const model = useMemo(() => buildReportModel(input), [input]);
  const printHtml = useMemo(() => reportBodyHtml(model, diagrams), [model, diagrams]);
  const base = reportFileBase(model.sprintName);

  // The print copy carries drawn diagrams, so Ctrl+P prints them too; Mermaid loads only if there is one.
  useEffect(() => {
    if (!hasMermaid(input)) return;
    let live = true;
    void renderDiagrams(input).then(({ svgs }) => live && setDiagrams(svgs)); // else the print copy has their text
    return () => {
      live = false;
    };
  }, [input]);

  const announce = (outcome: string, name: string, drawn = true) => {
    if (outcome === 'cancelled') return;
    pushToast({
      kind: 'success',
      message: drawn ? `Report ${outcome}: ${name}` : `Report ${outcome}: ${name}. ${NOT_DRAWN}`,
    });
  };
  // While one export is saved the others ignore presses; the button pressed keeps the focus (aria-disabled, not
  // disabled: a disabled button drops the focus to the page).
  const run = async (task: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await task();
    } catch (error) {
      reportError(error);
    } finally {
      running.current = false;
      setBusy(false);
    }
  };
  const exportMarkdown = () =>
    run(async () => {
      const name = `${base}.md`;
      announce(await saveOrDownload(name, reportToMarkdown(model), 'text/markdown'), name);
    });
  const exportCsv = () =>
    run(async () => {
      const name = `${base}.csv`;
      announce(await saveOrDownload(name, reportToCsv(model), 'text/csv'), name);
    });
  const exportJson = () =>
    run(async () => {
      const name = `${base}.json`;
      announce(await saveOrDownload(name, reportToJson(model, new Date().toISOString()), 'application/json'), name);
    });
  const copy = useCopyNotes('the sprint report', 'Export Markdown');
  const exportHtml = () =>
    run(async () => {
      const { svgs, loaded } = hasMermaid(input) ? await renderDiagrams(input) : { svgs: {}, loaded: true };
      const name = `${base}.html`;
      announce(await saveOrDownload(name, reportToHtml(model, svgs), 'text/html'), name, loaded);
    });
  /** Draws the print copy's diagrams, then lets it take them before printing. */
  const preparePrint = async () => {
    if (hasMermaid(input)) setDiagrams((await renderDiagrams(input)).svgs);
    await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
  };
  const print = () =>
    run(async () => {
      await preparePrint();
      window.print();
    });
  // The desktop app prints the same print layout straight to a PDF file.
  const savePdf = () =>
    run(async () => {
      await preparePrint();
      const name = `${base}.pdf`;
      const { path } = await getApi().savePdf({ suggestedName: name });
      announce(path ? 'saved' : 'cancelled', name);
    });

  return (
    <section className="panel" aria-labelledby="report-title">
      <h3 id="report-title">Sprint report</h3>
      <p>
        Goal and outcome, committed vs completed, buffer, demo metrics, accepted items, feedback and carried-over work.
        CSV and JSON carry the same sections as data. Print uses a clean layout; in the desktop app it can print to PDF.
      </p>
      <div className="actions">
        <button type="button" className="primary" aria-disabled={busy || undefined} onClick={exportMarkdown}>
          Export Markdown
        </button>
        <button type="button" className="primary" aria-disabled={busy || undefined} onClick={exportHtml}>
          Export HTML
        </button>
        <button type="button" aria-disabled={busy || undefined} onClick={exportCsv}>
          Export CSV
        </button>
        <button type="button" aria-disabled={busy || undefined} onClick={exportJson}>
          Export JSON
        </button>
        {/* Pasted text names an attached image: its bytes would not fit where it is pasted. */}
        <CopyNotesButtons onCopy={(format) => void copy(reportToMarkdown(model, 'named'), format)} />
        <button type="button" aria-disabled={busy || undefined} onClick={print}>
          Print report
        </button>
        {window.cadence ? (
          <button type="button" aria-disabled={busy || undefined} onClick={savePdf}>
            Save as PDF
          </button>
        ) : null}
      </div>
      {/* Paper only (hidden on screen). Text is escaped by the pure builder; the SVG comes from Mermaid (strict). */}
      <div className="review-print" aria-hidden="true" dangerouslySetInnerHTML={{ __html: printHtml }} />
    </section>
  );
}
