import { numberText, plural } from './words';

const UNITS = ['KB', 'MB', 'GB'] as const;

/**
 * A file's size as Cadence writes it everywhere (the Backups list, the refusals of a file too large): "812 bytes",
 * "1.5 KB", "1.0 MB" (just under a megabyte, never "1024.0 KB"), "20 MB" (exactly). A tenth of the unit, rounded
 * up, so a file over a limit never reads as the limit ("20.1 MB; … up to 20 MB"); a size of whole units exactly
 * is written without the tenth, as the limits are. 1 KB is 1024 bytes.
 */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return plural(bytes, 'byte');
  let unit = 1024;
  let index = 0;
  // bytes * 10 / unit is exact (the unit is a power of two), so a size of whole tenths is not rounded up past them.
  while (Math.ceil((bytes * 10) / unit) >= 10240 && index < UNITS.length - 1) {
    unit *= 1024;
    index++;
  }
  const name = UNITS[index] ?? 'GB';
  if (bytes % unit === 0) return `${numberText(bytes / unit)} ${name}`;
  return `${(Math.ceil((bytes * 10) / unit) / 10).toFixed(1)} ${name}`;
}
