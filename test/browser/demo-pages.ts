// The report pages the demo writes, for the browser tests: the demo run once per test file with a browser, the A4 printable width, a vi-VN figure.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runDemo } from '../../local/demo/run-demo';
import type { OpenBrowser } from '../../local/browser/chromium';
import { ensureBuilt } from '../bundle/ensure-built';
import { launchChromium, screenshot, watchedPage } from './chromium';
import { overflowing, PAGE_WIDTH, type Overflow } from './measure';
import { pdfPageCount } from './pdf-pages';

/** Printable width of A4 with the reports' @page margins (20 mm left, 15 mm right), in CSS px. */
export const A4_PRINT_WIDTH = Math.floor(((210 - 35) / 25.4) * 96);
/** A figure written the vi-VN way: 3.200 ; 0,38 ; 44,1% ; 1.000.000 (or a word such as Đạt). */
export const VI_NUMBER = /^-?\d{1,3}(\.\d{3})*(,\d+)?%?$/;

export interface DemoPage {
  /** The folder the demo wrote (the page, its PDF, the rest). */
  dir: string;
  /** The page's HTML. */
  html: string;
  browser: OpenBrowser;
}

/**
 * Registers the set-up of a test file: runs the demo into a fresh folder, reads `page` (e.g. `bao-cao-tuan.html`)
 * and opens Chromium (missing: the test fails with the install line); removes both afterwards.
 */
export function demoPage(page: string): DemoPage {
  const state = {} as DemoPage;
  beforeAll(async () => {
    ensureBuilt();
    state.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-demo-browser-'));
    const code = await runDemo({ outDir: state.dir, print: () => undefined, printError: () => undefined });
    expect(code).toBe(0);
    state.html = fs.readFileSync(path.join(state.dir, page), 'utf8');
    state.browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await state.browser?.close();
    if (state.dir) fs.rmSync(state.dir, { recursive: true, force: true });
  });
  return state;
}

/**
 * Prints the page on A4 (print media, the printable width as viewport) and asserts what an officer needs: the
 * toolbar hidden, no table reaching past the right edge, no horizontal overflow, at least `pages` PDF pages, no
 * console error. Saves test-artifacts/<name>.png.
 */
export async function expectA4Print(demo: DemoPage, name: string, pages: number): Promise<void> {
  const { page, errors } = await watchedPage(demo.browser);
  await page.setViewportSize({ width: A4_PRINT_WIDTH, height: 1123 });
  await page.setContent(demo.html, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.toolbar').isVisible()).toBe(false);
  expect(await page.evaluate<Overflow[]>(overflowing('table', A4_PRINT_WIDTH))).toEqual([]);
  expect(await page.evaluate<number>(PAGE_WIDTH)).toBeLessThanOrEqual(A4_PRINT_WIDTH);
  await screenshot(page, name);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(pages);
  expect(errors).toEqual([]);
  await page.close();
}
