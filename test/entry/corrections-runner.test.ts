// Correction requests through the real bundle: a messy answers tab, one email per village to its Thôn addresses, once per problem set.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readWorkbook } from '../../local/xlsx';
import type { CellData, WorkbookData } from '../../local/workbook-data';
import { ensureBuilt } from '../bundle/ensure-built';
import { tabValues } from './tab-values';
import { asOf, at, commune, ledgerOf, runActions, sent, session, writeXlsx } from './remind-helpers';

beforeAll(() => ensureBuilt());

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-corrections-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const ANSWERS = 'Câu trả lời biểu mẫu 1';
const T = at(2023, 3, 21, 10, 0);
const EDIT = 'https://docs.google.com/forms/d/e/F/viewform?edit2=2_ThinhBang';
const PREFILLED = 'https://docs.google.com/forms/d/e/F/viewform?usp=pp_url&entry.1=Xu%C3%A2n+S%C6%A1n';

type V = string | number | Date | null;
const cell = (value: V): CellData => ({ value });

/**
 * The reminders' commune with a messy week: Thịnh Bằng's leader typed words (from his own address, with an edit link),
 * Xuân Sơn a negative amount (no edit link: its prefilled link in Thôn), Thôn Mới (no address) a letter, and a row
 * naming no village of Thôn. Trung Sơn's rows are right.
 */
function messy(): WorkbookData {
  const wb = commune({ xuanSonReports: null, trungSonReports: null });
  const answers = wb.sheets.find((t) => t.name === ANSWERS)!;
  answers.rows[0].push(cell('Link sửa'));
  const row = (t: number, email: string, village: string, amount: V, edit = '') =>
    [new Date(t), email, village, null, amount, edit].map(cell);
  answers.rows.push(
    row(at(2023, 3, 20, 8, 0), 'ca.nhan@gmail.com', 'Thịnh Bằng', 'ba trăm', EDIT),
    row(at(2023, 3, 20, 9, 0), 'b@x.vn', 'Xuân Sơn', '-5'),
    row(at(2023, 3, 20, 9, 30), 'd@x.vn', 'Trung Sơn', '50'),
    row(at(2023, 3, 20, 10, 0), '', 'Thôn Mới', 'x'),
    row(at(2023, 3, 20, 11, 0), 'la@x.vn', 'Xóm Lạ', '10'),
  );
  const thon = wb.sheets.find((t) => t.name === 'Thôn')!;
  thon.rows[0].push(cell('Link báo cáo'));
  thon.rows[2].push(cell(PREFILLED));
  return wb;
}

/** Runs `corrections` once in a session of the bundle; `before` may inject a fault. */
function corrections(
  workbook: WorkbookData,
  now = T,
  mailQuota?: number,
  before?: (s: ReturnType<typeof session>) => void,
) {
  const s = session(workbook, now, mailQuota);
  before?.(s);
  const report = s.run('corrections');
  return { report, mails: [...s.runtime.mail.outbox], workbook: s.runtime.dump() };
}

/** Sets the value of a cell of the answers tab (0-based row and column), as a leader editing the response would. */
function edit(workbook: WorkbookData, row: number, col: number, value: V): WorkbookData {
  const copy = structuredClone(workbook);
  copy.sheets.find((t) => t.name === ANSWERS)!.rows[row][col] = cell(value);
  return copy;
}

describe('the runner action on a messy answers tab', () => {
  it('one email per village with errors, only to its Thôn addresses; run again on its output: nothing sent', async () => {
    const input = path.join(dir, 'xa.xlsx');
    await writeXlsx(input, messy());
    const one = await runActions(input, asOf(2023, 3, 21, 10, 0), path.join(dir, 'out1'), ['corrections']);
    expect(one.result.exitCode).toBe(0);
    expect(one.result.reports.map((r) => [r.action, r.ok])).toEqual([['corrections', true]]);
    expect(sent(one.mails)).toEqual([
      'a@x.vn | [NTM xã Sơn Bằng] Thôn Thịnh Bằng: cần sửa 1 số liệu báo cáo',
      'b@x.vn,c@x.vn | [NTM xã Sơn Bằng] Thôn Xuân Sơn: cần sửa 1 số liệu báo cáo',
    ]);
    expect(one.mails.map((m) => m.cc)).toEqual(['', '']);
    expect(JSON.stringify(one.mails)).not.toContain('ca.nhan@gmail.com');
    const [thinh, xuan] = one.mails;
    expect(thinh.body).toContain(
      '1. Báo cáo gửi lúc 20/03/2023 08:00\n   - Câu hỏi: [HANG_RAO] Hàng rào xanh trồng mới (m)\n     Đã ghi: "ba trăm"',
    );
    expect(thinh.body).toContain(`   Sửa chính báo cáo này tại: ${EDIT}`);
    expect(xuan.body).toContain('Cần ghi: Hãy ghi khối lượng đã làm được, là số không âm (ví dụ 5).');
    expect(xuan.body).toContain(`   Gửi lại báo cáo với số đã sửa tại: ${PREFILLED}`);
    expect(one.lines.join('\n')).toContain(
      'Không gửi được yêu cầu sửa cho Thôn Mới (1 lỗi): thôn chưa có địa chỉ email hợp lệ; hãy ghi ở tab Thôn, cột Email, dòng 5.',
    );
    expect(one.lines.join('\n')).toContain(
      '1 lỗi ở dòng báo cáo không rõ thôn: không gửi được cho thôn nào, chỉ xem ở tab Kiểm tra.',
    );

    const written = (await readWorkbook(one.file)).workbook;
    expect(ledgerOf(written)).toEqual([
      'Thịnh Bằng/Yêu cầu sửa/Đang gửi',
      'Thịnh Bằng/Yêu cầu sửa/Đã gửi',
      'Xuân Sơn/Yêu cầu sửa/Đang gửi',
      'Xuân Sơn/Yêu cầu sửa/Đã gửi',
    ]);
    const [head, ...rows] = tabValues(written, 'Nhắc hạn').filter((r) => r.length > 0);
    expect(head).toEqual(['Thời gian', 'Tuần', 'Thôn', 'Người nhận', 'Loại', 'Kết quả', 'Ghi chú', 'Khóa']);
    const keys = rows.map((r) => r[7]);
    expect(keys).toEqual([
      expect.stringMatching(/^[0-9a-f]{16}$/),
      keys[0],
      expect.stringMatching(/^[0-9a-f]{16}$/),
      keys[2],
    ]);
    expect(keys[0]).not.toBe(keys[2]);
    // The ledger's Tuần of a request is the week holding the run's time.
    expect(rows.map((r) => r[1])).toEqual(Array(4).fill(new Date(at(2023, 3, 23))));
    expect(rows.map((r) => r[3])).toEqual(['a@x.vn', 'a@x.vn', 'b@x.vn, c@x.vn', 'b@x.vn, c@x.vn']);

    const two = await runActions(one.file, asOf(2023, 3, 21, 11, 0), path.join(dir, 'out2'), ['corrections']);
    expect(two.mails).toEqual([]);
    expect(ledgerOf((await readWorkbook(two.file)).workbook)).toHaveLength(4);
  });

  it('remind never sends them, even with errors open and no reminder due', async () => {
    const input = path.join(dir, 'xa.xlsx');
    await writeXlsx(input, messy());
    const run = await runActions(input, asOf(2023, 3, 21, 10, 0), path.join(dir, 'out'), ['remind']);
    expect(run.mails).toEqual([]);
  });
});

describe('a set changes', () => {
  it('a new problem is a new email listing all open problems; after the fix nothing is sent', () => {
    const one = corrections(messy());
    expect(one.mails).toHaveLength(2);
    // Thịnh Bằng's leader edits the response: a new mistake in the same answer makes a new set.
    const worse = edit(one.workbook, 5, 4, '3.200 kg');
    const two = corrections(worse, at(2023, 3, 21, 11, 0));
    expect(sent(two.mails)).toEqual([
      'a@x.vn | [NTM xã Sơn Bằng] Thôn Thịnh Bằng: cần sửa 1 số liệu báo cáo',
    ]);
    expect(two.mails[0].body).toContain('Đã ghi: "3.200 kg"');
    // Then the right figure: the next validation clears it, nothing goes out, the ledger is unchanged.
    const fixed = edit(two.workbook, 5, 4, '300');
    const three = corrections(fixed, at(2023, 3, 21, 12, 0));
    expect(three.mails).toEqual([]);
    expect(ledgerOf(three.workbook)).toEqual(ledgerOf(two.workbook));
    // Xuân Sơn's set was mailed and is still open: never mailed twice.
    expect(three.report.summary).toMatch(/^Không có thư yêu cầu sửa nào cần gửi/);
  });
});

describe('limits and faults', () => {
  it('quota 1: the request that fits goes, the other waits and goes on the next run', () => {
    const one = corrections(messy(), T, 1);
    expect(sent(one.mails).map((l) => l.split(' | ')[0])).toEqual(['a@x.vn']);
    expect(one.report.summary).toContain(
      '1 thư chờ lần chạy sau vì hạn mức gửi thư hôm nay của tài khoản không đủ (còn 1 người nhận): Xuân Sơn (1 lỗi).',
    );
    expect(ledgerOf(one.workbook)).toEqual([
      'Thịnh Bằng/Yêu cầu sửa/Đang gửi',
      'Thịnh Bằng/Yêu cầu sửa/Đã gửi',
    ]);
    const two = corrections(one.workbook, at(2023, 3, 22, 8, 0));
    expect(sent(two.mails).map((l) => l.split(' | ')[0])).toEqual(['b@x.vn,c@x.vn']);
  });

  it('a mail failure is logged Lỗi with its reason, the other goes, and the next run retries only it', () => {
    const one = corrections(messy(), T, undefined, (s) => s.runtime.mail.failNext((_m, i) => i === 0));
    expect(sent(one.mails).map((l) => l.split(' | ')[0])).toEqual(['b@x.vn,c@x.vn']);
    expect(ledgerOf(one.workbook)).toEqual([
      'Thịnh Bằng/Yêu cầu sửa/Đang gửi',
      'Thịnh Bằng/Yêu cầu sửa/Lỗi',
      'Xuân Sơn/Yêu cầu sửa/Đang gửi',
      'Xuân Sơn/Yêu cầu sửa/Đã gửi',
    ]);
    expect(one.report.summary).toContain(
      '1 thư lỗi, sẽ gửi lại ở lần chạy sau: Thịnh Bằng (1 lỗi) (Service error: Mail).',
    );
    const two = corrections(one.workbook, at(2023, 3, 21, 11, 0));
    expect(sent(two.mails).map((l) => l.split(' | ')[0])).toEqual(['a@x.vn']);
    expect(corrections(two.workbook, at(2023, 3, 21, 12, 0)).mails).toEqual([]);
  });

  it('a run that finds the lock held sends nothing and writes nothing', () => {
    const held = corrections(messy(), T, undefined, (s) => s.runtime.lock.holdByOther());
    expect(held.report.ok).toBe(false);
    expect(held.mails).toEqual([]);
    expect(ledgerOf(held.workbook)).toEqual([]);
  });
});

describe('the hourly run', () => {
  function hour(workbook: WorkbookData, now: number) {
    const s = session(workbook, now);
    s.runtime.properties.document['ntm.rolledUpWeek'] = String(Math.floor(at(2023, 3, 16) / 86_400_000));
    s.runtime.ui.available = false;
    s.bundle.call('onHourlyNtm', {});
    return { mails: sent(s.runtime.mail.outbox), workbook: s.runtime.dump() };
  }

  it('sends them only when Tự gửi yêu cầu sửa = Có', () => {
    expect(hour(messy(), T).mails).toEqual([]);
    const on = messy();
    on.sheets
      .find((t) => t.name === 'Cấu hình')!
      .rows.push([cell('Tự gửi yêu cầu sửa'), cell('Có'), cell(null)]);
    const h1 = hour(on, T);
    expect(h1.mails.map((l) => l.split(' | ')[0])).toEqual(['a@x.vn', 'b@x.vn,c@x.vn']);
    expect(hour(h1.workbook, at(2023, 3, 21, 11, 0)).mails).toEqual([]);
  });
});
