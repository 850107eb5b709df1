import { fileSize } from './file-size';

/**
 * How large a workspace file may be, in bytes: one bound for the screen (the file's size), the contract (an
 * import's UTF-8 length), browser mode's body limit (derived from it) and the export, so a file one accepts the
 * others take. It lives in the domain, not in the contract, because the export (a service) checks it too; the
 * contract re-exports it for the renderer. The export is compact; the large bench workspace (20 teams, 10,000 items,
 * 500 retros) is 19 MB of it, and 33 MB as older versions pretty-printed it.
 */
export const MAX_WORKSPACE_FILE_BYTES = 100 * 1024 * 1024;
/** The bound as people read it. */
export const MAX_WORKSPACE_FILE_SIZE = fileSize(MAX_WORKSPACE_FILE_BYTES);

/** Whether text fits the workspace file's bound once saved as UTF-8 (see fitsInBytes). */
export function fitsWorkspaceFile(text: string, bound: number = MAX_WORKSPACE_FILE_BYTES): boolean {
  return fitsInBytes(text, bound);
}

/**
 * Whether text fits `bound` bytes once saved as UTF-8, counted without encoding it (a UTF-16 unit is 1 to 3 bytes):
 * every file bound Cadence states ("up to 2 MB") is the file's size, as the file manager and the command line see it.
 * Counted by hand: the renderer imports this too, where Node's Buffer.byteLength does not exist, and
 * TextEncoder.encodeInto would need a buffer as large as the bound (100 MB) to answer.
 */
export function fitsInBytes(text: string, bound: number): boolean {
  if (text.length > bound) return false;
  if (text.length * 3 <= bound) return true;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= bound; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair: one character of four bytes
      i++;
    } else bytes += 3;
  }
  return bytes <= bound;
}
