// A page's HTML printed to PDF by Chromium synchronously (`--print-to-pdf`), for the local Blob.getAs('application/pdf'): no Chromium, no PDF.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_FLAGS, CHROMIUM_INSTALL, CHROMIUM_PATH, findChromium } from './chromium';

/** Longest a conversion may take before it counts as failed. */
const TIMEOUT_MS = 120_000;

/** Thrown when the browser is not installed: the message names the install line. */
export class ChromiumMissingError extends Error {}

/**
 * The PDF bytes of `html` (A4 unless its @page says otherwise, no header or footer), printed by the Chromium at
 * `executable` in a fresh profile and a temporary folder removed afterwards. Throws when Chromium is missing or
 * writes no PDF: a conversion never pretends.
 */
export function printPdfSync(html: string, executable: string = CHROMIUM_PATH): Buffer {
  if (!findChromium(executable))
    throw new ChromiumMissingError(
      `Chromium không có ở ${executable} nên không chuyển được trang HTML sang PDF: cài bằng "sudo ${CHROMIUM_INSTALL}" rồi chạy lại.`,
    );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-pdf-'));
  try {
    const page = path.join(dir, 'page.html');
    const out = path.join(dir, 'page.pdf');
    fs.writeFileSync(page, html, 'utf8');
    execFileSync(
      executable,
      [
        ...CHROMIUM_FLAGS,
        `--user-data-dir=${path.join(dir, 'profile')}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${out}`,
        pathToFileURL(page).href,
      ],
      { stdio: 'ignore', timeout: TIMEOUT_MS },
    );
    const pdf = fs.existsSync(out) ? fs.readFileSync(out) : Buffer.alloc(0);
    if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-')
      throw new Error(`Chromium (${executable}) không ghi ra tệp PDF.`);
    return pdf;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
