import { describe, expect, it } from 'vitest';
import { parseRetroExport } from '../../../src/domain/retro/export/json';

describe('importing a JSON file that holds no object at all', () => {
  it.each([
    ['a list (another tool’s cards)', '[{"text":"Disk alerts fire at 80%"}]'],
    ['null', 'null'],
    ['a single number', '42'],
    ['a single string', '"retro"'],
  ])('says in plain words that %s is not a retro export, without the validator’s jargon', (_, json) => {
    const parsed = parseRetroExport(json);
    expect(parsed.ok).toBe(false);
    const message = parsed.ok ? '' : parsed.message;
    expect(message).toBe(
      'This is not a Cadence retro export: make one with "Download JSON" on a retro, then import that file.',
    );
    expect(message).not.toMatch(/Invalid input|expected object|received/);
  });
});
