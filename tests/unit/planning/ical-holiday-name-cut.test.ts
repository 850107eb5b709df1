import { describe, expect, it } from 'vitest';
import { applyImportEntry } from '../../../src/domain/planning/ical-import-apply';
import type { ImportTarget, ProposedEntry } from '../../../src/domain/planning/ical-import';

describe('a holiday imported from a calendar with a long name', () => {
  it('keeps the name to the limit without cutting an emoji in half', () => {
    const cal: ImportTarget = { holidays: [], timeOff: [], onCall: [] };
    const entry = {
      key: '0:2026-12-24',
      summary: `${'x'.repeat(79)}🎄 Christmas Eve`,
      startDate: '2026-12-24',
      endDate: '2026-12-24',
      memberId: null,
      several: [],
      busy: 'busy',
      source: null,
    } as unknown as ProposedEntry;
    const team = { members: [], settings: { workingDays: [1, 2, 3, 4, 5] } };
    applyImportEntry(team, cal, entry, 'holidays', new Set(), () => 'h-1');
    expect(cal.holidays.map((h) => h.name)).toEqual(['x'.repeat(79)]);
  });
});
