// The report's PDF without Chromium: the runner says how to install it, writes no PDF, and goes on.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pdfFileOf, writePagePdfs } from '../../../local/runner/report-pdf';

describe('writePagePdfs', () => {
  it('names the PDF after the page', () => {
    expect(pdfFileOf('/out/bao-cao-tuan.html')).toBe('/out/bao-cao-tuan.pdf');
  });

  it('without Chromium prints the install line and writes nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-pdf-'));
    const lines: string[] = [];
    const page = { file: path.join(dir, 'bao-cao-tuan.html'), html: '<!DOCTYPE html><p>x</p>' };
    const written = await writePagePdfs([page], (l) => lines.push(l), path.join(dir, 'no-chromium'));
    expect(written).toEqual([]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('sudo apt-get install -y chromium');
    expect(fs.readdirSync(dir)).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('with no page to print does not look for Chromium', async () => {
    const lines: string[] = [];
    expect(await writePagePdfs([], (l) => lines.push(l), '/nowhere/chromium')).toEqual([]);
    expect(lines).toEqual([]);
  });
});
