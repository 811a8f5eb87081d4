// A page's HTML printed to PDF by Chromium, as the browser's own "Save as PDF" would (A4, the page's @page margins).
import type { BrowserContext } from 'playwright-core';

/** The PDF bytes of `html` printed on A4 with its print style sheet; the page loads nothing from the network. */
export async function htmlToPdf(context: BrowserContext, html: string): Promise<Buffer> {
  const page = await context.newPage();
  try {
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    return await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  } finally {
    await page.close();
  }
}
