import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileBaseName } from '../../../src/domain/retro/export/outline';
import { reportFileBase } from '../../../src/domain/review/report-model';
import { retro } from './build';

describe('the file name of a retro export with a title in another language', () => {
  it.each([
    ['Rétro — Équipe Süd', '2026-11-20-retro-equipe-sud'],
    ['Ретро спринта 7', '2026-11-20-ретро-спринта-7'],
    ['振り返り 7', '2026-11-20-振り返り-7'],
    ['Retro: Sprint 7!', '2026-11-20-retro-sprint-7'],
  ])('names "%s" by its words: %s', (title, name) => {
    expect(fileBaseName(retro({ title }), 'UTC')).toBe(name);
  });
});

/**
 * A file name holds at most 255 bytes (ext4, APFS): a long title in a script of 3 or 4 bytes a letter made a
 * name the save was refused. Each name is written to disk here, as the save would.
 */
describe('the file name of an export with a long title in a script of many bytes a letter', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'cadence-file-name-'));
  const japanese = 'スプリント振り返り'.repeat(12);
  // Letters outside the BMP (CJK extension B): 4 bytes each in UTF-8.
  const rare = '𠀀𠀁𠀂𠀃𠀄'.repeat(20);

  it.each([
    ['a sprint report', reportFileBase(japanese), '.html', 'sprint-report-スプリント振り返り'],
    ['a sprint report', reportFileBase(rare), '.json', 'sprint-report-𠀀𠀁𠀂𠀃𠀄'],
    ['a retro', fileBaseName(retro({ title: rare }), 'UTC'), '.csv', '2026-11-20-𠀀𠀁𠀂𠀃𠀄'],
  ])('%s saves, named by the start of its title: %s', (_what, base, extension, start) => {
    const file = path.join(folder, `${base}${extension}`);
    writeFileSync(file, 'saved');
    expect(readFileSync(file, 'utf8')).toBe('saved');
    expect(base.startsWith(start)).toBe(true);
  });
});
