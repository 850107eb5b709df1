import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage } from './helpers/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every screen's "no axe violations" rests on this check: it must see a violation, in every document. */
describe('the e2e accessibility check', () => {
  it('names each violation and the element it is on, and checks again after the page changes and reloads', async () => {
    const page = await newPage(browser);
    await page.setContent('<!doctype html><html lang="en"><title>t</title><main><h1>Fine</h1></main></html>');
    await expectNoAxeViolations(page, 'a clean page');

    // A button with no name, added after the first check (axe is already in the page).
    await page.evaluate(() => document.querySelector('main')!.append(document.createElement('button')));
    await expect(expectNoAxeViolations(page, 'the page with a nameless button')).rejects.toThrow(
      /axe violations on the page with a nameless button.*button-name: Buttons must have discernible text \(button\)/s,
    );

    // A new document (axe is gone with the old one) with grey text too light to read.
    await page.setContent(
      '<!doctype html><html lang="en"><title>t</title><main><h1>Fine</h1><p style="color:#bbb;background:#fff">faint</p></main></html>',
    );
    await expect(expectNoAxeViolations(page, 'a faint page')).rejects.toThrow(/color-contrast: .*\(p\)/s);
    await page.close();
  });
});
