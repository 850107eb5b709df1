import { promises as fs } from 'node:fs';
import { BrowserWindow, dialog, shell } from 'electron';
import type { ShellPort } from '../src/api/shell';

/** What only the desktop app can do for the api: save dialogs, PDF printing, opening a folder, full screen. */
export const desktopShell: ShellPort = {
  async saveFile({ suggestedName, content, encoding }) {
    const window = BrowserWindow.getFocusedWindow();
    const options = { defaultPath: suggestedName };
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return null;
    await fs.writeFile(result.filePath, Buffer.from(content, encoding));
    return result.filePath;
  },
  async savePdf({ suggestedName }) {
    const window = BrowserWindow.getFocusedWindow();
    if (!window) return null;
    const result = await dialog.showSaveDialog(window, {
      defaultPath: suggestedName,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (result.canceled || !result.filePath) return null;
    // The page's @media print styles apply, so the PDF is the same clean report as a printout.
    const pdf = await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
    await fs.writeFile(result.filePath, pdf);
    return result.filePath;
  },
  async setFullScreen(on) {
    const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    if (!window) return false;
    window.setFullScreen(on);
    return window.isFullScreen();
  },
  async openFolder(folder) {
    const error = await shell.openPath(folder);
    if (error) throw new Error(error);
  },
};

/**
 * Asks whether to leave a page whose forms hold changes not saved yet (a reload, closing the window, quitting): the
 * page's beforeunload held the unload. True to discard them; Keep editing is the default and Escape's answer.
 */
export function askDiscardUnsaved(window: BrowserWindow | null): boolean {
  const options = {
    type: 'question' as const,
    buttons: ['Keep editing', 'Discard changes'],
    defaultId: 0,
    cancelId: 0,
    title: 'Unsaved changes',
    message: 'Discard your unsaved changes?',
    detail: 'A form holds changes that are not saved yet. Keep editing to save them, or discard them.',
  };
  const choice = window ? dialog.showMessageBoxSync(window, options) : dialog.showMessageBoxSync(options);
  return choice === 1;
}
