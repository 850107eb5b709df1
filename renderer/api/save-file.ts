import { getApi } from './client';

export type SaveOutcome = 'saved' | 'downloaded' | 'cancelled';

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Exports a file the way the platform expects: a save dialog in the desktop app, a download in browser mode.
 * Text content only; pass base64 with encoding 'base64' for binary files.
 */
export async function saveOrDownload(
  suggestedName: string,
  content: string,
  mime: string,
  encoding: 'utf8' | 'base64' = 'utf8',
): Promise<SaveOutcome> {
  if (window.cadence) {
    const { path } = await getApi().saveFile({ suggestedName, content, encoding });
    return path ? 'saved' : 'cancelled';
  }
  const bytes = encoding === 'base64' ? Uint8Array.from(atob(content), (c) => c.charCodeAt(0)) : content;
  download(suggestedName, new Blob([bytes], { type: mime }));
  return 'downloaded';
}
