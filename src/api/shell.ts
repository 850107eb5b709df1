/**
 * What only the desktop shell can do. In browser mode these are absent and the renderer
 * falls back (a download instead of a save dialog).
 */
export interface ShellPort {
  /** Shows a save dialog and writes the file; resolves with the path, or null when cancelled. */
  saveFile?(input: { suggestedName: string; content: string; encoding: 'utf8' | 'base64' }): Promise<string | null>;
  /** Prints the page (with its print styles) to a PDF chosen in a save dialog; null when cancelled. */
  savePdf?(input: { suggestedName: string }): Promise<string | null>;
  /** Opens a folder of the data dir (e.g. backups) in the system file manager. */
  openFolder?(path: string): Promise<void>;
  /**
   * Puts the window in or out of full screen (presentation mode), answering whether it is now. The page's
   * own Fullscreen API stays refused in the desktop app: every permission but the clipboard write is.
   */
  setFullScreen?(on: boolean): Promise<boolean>;
}
