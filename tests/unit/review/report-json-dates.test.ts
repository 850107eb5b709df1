import { describe, expect, it } from 'vitest';
import { reportToJson } from '../../../src/domain/review/report-json';
import { fixture } from './report-fixture';

describe('sprint report as JSON, for scripts and dashboards', () => {
  it('gives the sprint’s first and last day as ISO dates beside the words, so a script need not read English', () => {
    const file = JSON.parse(reportToJson(fixture().model, '2026-11-13T16:00:00.000Z')) as Record<string, unknown>;
    expect(file).toMatchObject({
      dates: 'Mon 2 Nov – Fri 13 Nov 2026',
      startDate: '2026-11-02',
      endDate: '2026-11-13',
    });
    // Right after the words, in a stable place: the sprint's fields stay together.
    const keys = Object.keys(file);
    expect(keys.slice(keys.indexOf('sprint'), keys.indexOf('sprint') + 4)).toEqual([
      'sprint',
      'dates',
      'startDate',
      'endDate',
    ]);
  });
});
