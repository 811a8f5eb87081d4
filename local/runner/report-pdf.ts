// The runner's PDF of each saved report page (DIR/bao-cao-tuan.pdf beside its .html), printed by Chromium where installed.
import { CHROMIUM_INSTALL, CHROMIUM_PATH, findChromium, openChromium } from '../browser/chromium';
import { htmlToPdf } from '../browser/html-to-pdf';
import { writeFileAtomic } from '../xlsx';
import { errorText } from '../../src/core/error-text';

/** The PDF name of a saved page: `x.html` → `x.pdf`. */
export const pdfFileOf = (htmlFile: string): string => htmlFile.replace(/\.html$/i, '.pdf');

/**
 * Writes one PDF per page (each atomically) and returns the files written. Without Chromium, or when
 * it fails, says why and how to fix it and writes nothing: the run still succeeds (the .html stays).
 */
export async function writePagePdfs(
  pages: readonly { file: string; html: string }[],
  print: (line: string) => void,
  executable: string = CHROMIUM_PATH,
): Promise<string[]> {
  if (pages.length === 0) return [];
  if (!findChromium(executable)) {
    print(
      `Chưa có trình duyệt Chromium (${executable}) nên không ghi bản PDF của báo cáo; mở tệp .html để in. ` +
        `Muốn có PDF: cài bằng lệnh "sudo ${CHROMIUM_INSTALL}" rồi chạy lại.`,
    );
    return [];
  }
  const written: string[] = [];
  let browser;
  try {
    browser = await openChromium(executable);
    for (const p of pages) {
      const file = pdfFileOf(p.file);
      writeFileAtomic(file, await htmlToPdf(browser.context, p.html));
      written.push(file);
      print(`Đã ghi ${file} (bản PDF của báo cáo, để ký và gửi).`);
    }
  } catch (e) {
    print(`Không ghi được bản PDF của báo cáo: ${errorText(e)}. Bản .html vẫn in được từ trình duyệt.`);
  } finally {
    await browser?.close().catch(() => undefined);
  }
  return written;
}
