// Test harness: Debian's Chromium through playwright-core (missing = a failure naming the install line), console errors kept, screenshots under test-artifacts/.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  CHROMIUM_INSTALL,
  CHROMIUM_PATH,
  findChromium,
  openChromium,
  type OpenBrowser,
} from '../../local/browser/chromium';

/** Where screenshots go (ignored by git). */
export const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts');

/** The browser, or an error that says how to install it: a browser test never skips. */
export async function launchChromium(): Promise<OpenBrowser> {
  if (!findChromium())
    throw new Error(
      `Chromium không có ở ${CHROMIUM_PATH}: cài bằng "sudo ${CHROMIUM_INSTALL}" rồi chạy lại.`,
    );
  return openChromium();
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught page errors, as they came. */
  errors: string[];
}

/** A new page that records console errors, page errors and any request that tries to leave the page. */
export async function watchedPage(browser: OpenBrowser): Promise<WatchedPage> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/*', (route) => {
    errors.push(`request ${route.request().url()}`);
    return route.abort();
  });
  return { page, errors };
}

/** Saves a full-page screenshot as test-artifacts/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}
