// The docs/reminders.md schedule around a deadline, through the runner: `remind` run again and again on the workbook each run leaves.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readWorkbook } from '../../local/xlsx';
import { ensureBuilt } from '../bundle/ensure-built';
import { asOf, commune, ledgerOf, runRemind, sent, writeXlsx, type CommuneOptions } from './remind-helpers';

let dir: string;
beforeAll(() => ensureBuilt());
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-remind-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs `remind` at each time in turn, each on the workbook the previous run wrote; returns the mails of each run. */
async function chain(options: CommuneOptions, times: { when: string; quota?: number }[]) {
  let input = path.join(dir, 'sổ.xlsx');
  await writeXlsx(input, commune(options));
  const runs = [];
  for (const [i, t] of times.entries()) {
    const run = await runRemind(input, t.when, path.join(dir, `run${i + 1}`), t.quota);
    expect(run.result.exitCode).toBe(0);
    runs.push(run);
    input = run.file;
  }
  const last = (await readWorkbook(input)).workbook;
  return { runs, ledger: ledgerOf(last), last };
}

const TB = 'a@x.vn';
const XS = 'b@x.vn,c@x.vn';
const TS = 'd@x.vn';
const OFFICERS = 'canbo@sonbang.vn,pho@sonbang.vn';
const W = 'Tuần đến 23/03/2023';
const first = (to: string, village: string) =>
  `${to} | [NTM xã Sơn Bằng] Nhắc báo cáo ${W} – thôn ${village}`;
const final = (to: string, village: string) =>
  `${to} | [NTM xã Sơn Bằng] Nhắc lần cuối: báo cáo ${W} – thôn ${village}`;

describe('one week, hour by hour', () => {
  it('24 h before, again, 3 h before, at 14:30, one minute after, the next week: each message exactly once', async () => {
    const { runs, ledger } = await chain({}, [
      { when: asOf(2023, 3, 22, 14, 30) },
      { when: asOf(2023, 3, 22, 15, 30) },
      { when: asOf(2023, 3, 23, 11, 30) },
      { when: asOf(2023, 3, 23, 14, 30) },
      { when: asOf(2023, 3, 23, 14, 31) },
      { when: asOf(2023, 3, 24, 9, 0) },
      { when: asOf(2023, 3, 29, 14, 30) },
    ]);
    expect(runs.map((r) => sent(r.mails))).toEqual([
      [first(TB, 'Thịnh Bằng'), first(XS, 'Xuân Sơn'), first(TS, 'Trung Sơn')],
      [],
      // Xuân Sơn reported at 10:00: no final reminder.
      [final(TB, 'Thịnh Bằng'), final(TS, 'Trung Sơn')],
      [],
      [`${OFFICERS} | [NTM xã Sơn Bằng] Quá hạn: 3 thôn chưa nộp báo cáo ${W}`],
      [],
      [
        `${TB} | [NTM xã Sơn Bằng] Nhắc báo cáo Tuần đến 30/03/2023 – thôn Thịnh Bằng`,
        `${XS} | [NTM xã Sơn Bằng] Nhắc báo cáo Tuần đến 30/03/2023 – thôn Xuân Sơn`,
        `${TS} | [NTM xã Sơn Bằng] Nhắc báo cáo Tuần đến 30/03/2023 – thôn Trung Sơn`,
      ],
    ]);
    const escalation = runs[4].mails[0];
    expect(escalation.body).toMatch(/Thịnh Bằng[\s\S]*Trung Sơn[\s\S]*Thôn Mới/);
    expect(escalation.body).not.toContain('Xuân Sơn');
    expect(escalation.cc).toBe('');
    const pairs = (v: string, k: string) => [`${v}/${k}/Đang gửi`, `${v}/${k}/Đã gửi`];
    expect(ledger).toEqual([
      ...pairs('Thịnh Bằng', 'Nhắc hạn'),
      ...pairs('Xuân Sơn', 'Nhắc hạn'),
      ...pairs('Trung Sơn', 'Nhắc hạn'),
      ...pairs('Thịnh Bằng', 'Nhắc lần cuối'),
      ...pairs('Trung Sơn', 'Nhắc lần cuối'),
      ...pairs('Toàn xã', 'Quá hạn'),
      ...pairs('Thịnh Bằng', 'Nhắc hạn'),
      ...pairs('Xuân Sơn', 'Nhắc hạn'),
      ...pairs('Trung Sơn', 'Nhắc hạn'),
    ]);
    expect(runs[0].lines.join('\n')).toMatch(
      /Không gửi được Nhắc hạn – Thôn Mới .*tab Thôn, cột Email, dòng 5/,
    );
  });

  it("never mails the address a leader typed into the form, only the village's addresses in Thôn", async () => {
    const { runs } = await chain({}, [
      { when: asOf(2023, 3, 22, 14, 30) },
      { when: asOf(2023, 3, 23, 14, 31) },
    ]);
    const all = runs.flatMap((r) => r.mails);
    expect(all.length).toBeGreaterThan(0);
    for (const m of all) expect(`${m.to} ${m.cc} ${m.body} ${m.htmlBody}`).not.toContain('ca.nhan@gmail.com');
    expect(all.filter((m) => m.subject.includes('Thịnh Bằng')).map((m) => m.to)).toEqual([TB]);
  });

  it('a first run late in the window sends only the final reminder', async () => {
    const { runs, ledger } = await chain({}, [{ when: asOf(2023, 3, 23, 12, 0) }]);
    expect(sent(runs[0].mails)).toEqual([final(TB, 'Thịnh Bằng'), final(TS, 'Trung Sơn')]);
    // Thịnh Bằng and Trung Sơn were still missing when the first window closed: logged Hết hạn, never sent late.
    expect(ledger.slice(0, 2)).toEqual(['Thịnh Bằng/Nhắc hạn/Hết hạn', 'Trung Sơn/Nhắc hạn/Hết hạn']);
  });
});

describe('the daily quota', () => {
  it('a quota of 1: what fits goes, the rest waits; when its window closes it is logged Hết hạn, not sent late', async () => {
    const { runs, ledger } = await chain({ xuanSonReports: null }, [
      { when: asOf(2023, 3, 22, 14, 30), quota: 1 },
      { when: asOf(2023, 3, 22, 15, 30), quota: 1 },
      { when: asOf(2023, 3, 23, 11, 30), quota: 1 },
    ]);
    expect(runs.map((r) => sent(r.mails))).toEqual([
      [first(TB, 'Thịnh Bằng')],
      // Xuân Sơn needs 2 (two addresses) and does not fit; Trung Sơn after it does.
      [first(TS, 'Trung Sơn')],
      [final(TB, 'Thịnh Bằng')],
    ]);
    expect(runs[1].lines.join('\n')).toMatch(/1 thư chờ lần chạy sau .*Nhắc hạn – Xuân Sơn/);
    expect(ledger).toEqual([
      'Thịnh Bằng/Nhắc hạn/Đang gửi',
      'Thịnh Bằng/Nhắc hạn/Đã gửi',
      'Trung Sơn/Nhắc hạn/Đang gửi',
      'Trung Sơn/Nhắc hạn/Đã gửi',
      'Xuân Sơn/Nhắc hạn/Hết hạn',
      'Thịnh Bằng/Nhắc lần cuối/Đang gửi',
      'Thịnh Bằng/Nhắc lần cuối/Đã gửi',
    ]);
  });
});
