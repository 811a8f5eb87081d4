// `npm run smoke`: runs Tự kiểm tra through dist/Code.js in the local runtime, then prints what to click in the real sheet and compare.
import { loadBundle } from '../runner/bundle';
import { createRuntime } from '../runtime';

export interface SmokeIo {
  print: (line: string) => void;
  /** Compiled bundle to load (default dist/Code.js). */
  bundleFile?: string;
}

/** What to do in the real sheet after `npm run push`, step by step. */
export const REAL_SHEET_STEPS: readonly string[] = [
  '1. npm run push (bản dựng vừa kiểm tra ở trên lên đúng bảng tính trong .clasp.json).',
  '2. Mở bảng tính, tải lại trang; chờ menu NTM hiện ra.',
  '3. Chọn NTM › Hướng dẫn › Tự kiểm tra (lần đầu: cấp quyền, rồi chọn lại).',
  '4. Đọc hộp thoại: mỗi dòng OK hoặc KHÁC. So từng dòng với các dòng ở trên: cùng thứ tự, cùng chữ, trừ số gid, số của tab nháp và số thư còn lại.',
  '5. Tab "NTM tự kiểm tra …" không còn trong bảng tính; tab Nhật ký có một dòng "Tự kiểm tra".',
  '6. Các dòng cũng ở Tiện ích › Apps Script › Lần thực thi (Executions) của lần chạy ntmSelfTest.',
  '7. Dòng KHÁC: xem docs/deploy.md, mục "Tự kiểm tra trong bảng tính thật".',
];

/** Exit code 0 when every local line is OK, else 1 (the bundle disagrees with itself before Google is involved). */
export function runSmoke(io: SmokeIo): number {
  const runtime = createRuntime();
  const bundle = loadBundle(runtime.globals, () => Date.now(), io.bundleFile);
  const outcome = bundle.call('ntmSelfTest') as { ok: boolean; summary: string };
  const [head, ...lines] = outcome.summary.split('\n');
  io.print(`Tự kiểm tra trong bộ giả lập (dist/Code.js): ${head}`);
  for (const line of lines) io.print(`  ${line}`);
  io.print('');
  io.print('Trong bảng tính thật (cần tài khoản Google; lệnh này không gọi Google):');
  for (const step of REAL_SHEET_STEPS) io.print(`  ${step}`);
  return outcome.ok && lines.every((l) => l.startsWith('OK')) ? 0 : 1;
}
