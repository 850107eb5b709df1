import { describe, expect, it } from 'vitest';
import { fileBaseName } from '../../../src/domain/retro/export/outline';
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
