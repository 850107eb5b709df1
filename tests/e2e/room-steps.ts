import type { Browser, Page, WebSocketRoute } from 'playwright-core';
import { expect } from 'vitest';
import type { ParticipantView, ServerMessage } from '../../src/domain/room/protocol';

/** The name phones use for the room in these tests; Chromium maps it to the room's loopback address. */
export const ROOM_HOST = 'room.test';
export const ROOM_ADDRESS = '127.0.0.2';
export const PHONE = { width: 390, height: 844 };

/** A participant's phone: its page, and every WebSocket frame it received, raw, for the secrecy checks. */
export interface Phone {
  name: string;
  page: Page;
  frames: string[];
  /** Drops the phone's socket as a Wi-Fi drop would (the page sees an abnormal close); it may reconnect. */
  dropSocket: () => Promise<void>;
}

export async function newPhone(browser: Browser, name: string): Promise<Phone> {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const frames: string[] = [];
  page.on('websocket', (ws) => {
    ws.on('framereceived', (frame) => frames.push(String(frame.payload)));
  });
  // The socket runs through a pass-through route so the test can cut it: going offline in Chromium
  // leaves an open WebSocket alone.
  let current: WebSocketRoute | null = null;
  await page.routeWebSocket(/\/room\/socket/, (ws) => {
    current = ws;
    ws.connectToServer();
  });
  const dropSocket = async () => {
    await current?.close({ code: 4000, reason: 'network dropped' });
  };
  return { name, page, frames, dropSocket };
}

/** The join link as a phone opens it: the panel's link with the room's name in place of its address. */
export async function joinLinkFor(screen: Page): Promise<URL> {
  const href = await screen.getByRole('link', { name: /\/j$/ }).getAttribute('href');
  const url = new URL(href ?? '');
  url.hostname = ROOM_HOST;
  return url;
}

/** The code as the shared screen shows it ("ABC 234"), without the space. */
export async function codeOn(screen: Page): Promise<string> {
  const shown = await screen.locator('.room-code [aria-hidden="true"]').textContent();
  return (shown ?? '').replace(/\s/g, '');
}

/** Picks the person's name on the join screen and waits until the room shows them in. */
export async function pickName(phone: Phone, name: string): Promise<void> {
  await phone.page.getByRole('button', { name: `I am ${name}` }).click();
  await phone.page.getByText(`You are ${name}`).waitFor();
}

/** Every view this phone received. */
export function viewsOf(phone: Phone): ParticipantView[] {
  return phone.frames
    .map((f) => JSON.parse(f) as ServerMessage)
    .filter((m): m is Extract<ServerMessage, { type: 'view' }> => m.type === 'view')
    .map((m) => m.view);
}

/** No horizontal scroll at 320 px, and every visible button at least 44 px tall; the viewport is restored. */
export async function expectUsableAt320(phone: Phone, where: string): Promise<void> {
  const { page } = phone;
  await page.setViewportSize({ width: 320, height: PHONE.height });
  try {
    const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
    expect(scrollWidth, `horizontal scroll at 320 px on ${where}`).toBeLessThanOrEqual(320);
    const small: string[] = [];
    for (const button of await page.getByRole('button').all()) {
      if (!(await button.isVisible())) continue;
      const box = await button.boundingBox();
      if (box && box.height < 44) small.push(`${await button.textContent()} (${box.height} px)`);
    }
    expect(small, `buttons under 44 px tall on ${where}`).toEqual([]);
  } finally {
    await page.setViewportSize(PHONE);
  }
}

/** Texts of the elements matched whose words the page broke across lines (hard to read on a card). */
export function brokenTexts(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements
      .filter((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        return lines.size > 1;
      })
      .map((element) => element.textContent ?? ''),
  );
}
