import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectNoAxeViolations, screenshot } from './helpers/browser';

export { download } from './helpers/browser';

/** Page steps shared by the retro and postmortem runs. */
export async function next(page: Page, phase: string) {
  await page.getByRole('button', { name: 'Next phase →' }).click();
  await page.getByRole('heading', { level: 3, name: phase }).waitFor();
}

export async function addCard(page: Page, column: string, text: string, author?: string) {
  await page.getByLabel(`New card in ${column}`).fill(text);
  if (author) await page.getByLabel(`Author for ${column}`).selectOption({ label: author });
  await page.getByRole('button', { name: `Add card to ${column}` }).click();
  await expect.poll(() => page.getByLabel(`New card in ${column}`).inputValue()).toBe('');
}

export async function groupWith(page: Page, cardText: string, ontoTitle: string) {
  await page.getByLabel(`Group “${cardText.slice(0, 40)}” with`).selectOption({ label: ontoTitle });
  await page.getByRole('button', { name: `Group “${cardText.slice(0, 40)}”`, exact: true }).click();
}

export async function vote(page: Page, voter: string, topic: string, times: number) {
  const select = page.getByLabel('Entering votes for');
  const value = await select.locator('option', { hasText: new RegExp(`^${voter} `) }).getAttribute('value');
  await select.selectOption(value ?? '');
  for (let i = 0; i < times; i++) {
    const before = await page.locator('.vote__budget').textContent();
    await page.getByRole('button', { name: `Add vote to ${topic}` }).click();
    await expect.poll(() => page.locator('.vote__budget').textContent()).not.toBe(before);
  }
}

export async function addAction(
  page: Page,
  fields: { text: string; owner: string; due: string; type: string; ticket: string; linked?: string },
) {
  const form = page.locator('form.action-form').last();
  await form.getByLabel('Action', { exact: true }).fill(fields.text);
  await form.getByLabel('Owner').selectOption({ label: fields.owner });
  await form.getByLabel('Due date').fill(fields.due);
  await form.getByLabel('Type').selectOption({ label: fields.type });
  await form.getByLabel('Ticket key (optional)').fill(fields.ticket);
  if (fields.linked) await form.getByLabel('Linked to').selectOption({ label: fields.linked });
  await form.getByRole('button', { name: 'Add action' }).click();
  await page.locator('.action-item').filter({ hasText: fields.text }).first().waitFor();
}

export async function check(page: Page, name: string, where: string) {
  await screenshot(page, `retro-${name}`);
  await expectNoAxeViolations(page, where);
}
