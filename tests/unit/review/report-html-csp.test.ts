import { describe, expect, it } from 'vitest';
import { reportToHtml } from '../../../src/domain/review/report-html';
import { fixture } from './report-fixture';

/** The policy the file's own `<meta>` declares, directive by directive; null when it declares none. */
function policyOf(html: string): Map<string, string[]> | null {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!meta?.[1]) return null;
  const directives = meta[1].split(';').map((d) => d.trim().split(/\s+/));
  return new Map(directives.map(([name = '', ...sources]) => [name, sources]));
}

/** The sources a fetch directive allows, falling back to default-src as a browser does. */
const sources = (policy: Map<string, string[]>, directive: string) =>
  policy.get(directive) ?? policy.get('default-src') ?? ['*'];

describe('the sprint report as an HTML file opened in a browser', () => {
  const html = reportToHtml(fixture({}, true).model, { b3: '<svg><style>.node{fill:#fff}</style></svg>' });

  it('forbids every script, as the retro export does, before any user text is read', () => {
    const policy = policyOf(html);
    expect(policy).not.toBeNull();
    expect(sources(policy!, 'script-src')).toEqual(["'none'"]);
    expect(sources(policy!, 'object-src')).toEqual(["'none'"]);
    // Declared before the title, the first place user text appears.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<title>'));
  });

  it('still shows what the report holds: its styles, the diagrams drawn inline, the attached images', () => {
    const policy = policyOf(html)!;
    expect(sources(policy, 'style-src')).toContain("'unsafe-inline'");
    expect(sources(policy, 'img-src')).toContain('data:');
    // Nothing is fetched from anywhere else: the file is self-contained.
    expect([...policy.values()].flat()).not.toContain('*');
  });
});
