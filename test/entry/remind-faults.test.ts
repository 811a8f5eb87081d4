// Faults around sending, through the real bundle: the lock held, a mail failure, a run that dies after `Đang gửi`.
import type { WorkbookData } from '../../local/workbook-data';
import { ensureBuilt } from '../bundle/ensure-built';
import { at, commune, ledgerOf, sent, session } from './remind-helpers';

beforeAll(() => ensureBuilt());

const T1 = at(2023, 3, 22, 14, 30);
const T2 = at(2023, 3, 22, 15, 30);
const T3 = at(2023, 3, 23, 11, 30);

/** Runs `remind` once on `workbook` as of `now`; `before` may inject a fault into the runtime first. */
function remind(workbook: WorkbookData, now: number, before?: (s: ReturnType<typeof session>) => void) {
  const s = session(workbook, now);
  before?.(s);
  const report = s.run('remind');
  return { report, mails: [...s.runtime.mail.outbox], workbook: s.runtime.dump(), session: s };
}

describe('the document lock', () => {
  it('a run that finds the lock held sends nothing, writes nothing and says why; the next run sends', () => {
    const held = remind(commune(), T1, (s) => s.runtime.lock.holdByOther());
    expect(held.report.ok).toBe(false);
    expect(held.report.summary).toMatch(/Một thao tác khác .* đang chạy/);
    expect(held.mails).toEqual([]);
    expect(ledgerOf(held.workbook)).toEqual([]);
    const next = remind(held.workbook, T1);
    expect(next.report.ok).toBe(true);
    expect(next.mails).toHaveLength(3);
  });

  it('the lock is released after a run, and a second run right after sends nothing twice', () => {
    const one = remind(commune(), T1);
    expect(one.session.run('remind').ok).toBe(true);
    expect(one.session.runtime.mail.outbox).toHaveLength(3);
  });
});

describe('a mail failure on the second of three messages', () => {
  it('is logged Lỗi with its reason, the others go, and the next run retries only it', () => {
    const one = remind(commune(), T1, (s) => s.runtime.mail.failNext((_m, i) => i === 1));
    expect(one.report.ok).toBe(true);
    expect(sent(one.mails).map((l) => l.split(' | ')[0])).toEqual(['a@x.vn', 'd@x.vn']);
    expect(one.report.summary).toMatch(
      /1 thư lỗi, sẽ gửi lại ở lần chạy sau: Nhắc hạn – Xuân Sơn .*\(Service error: Mail\)/,
    );
    expect(ledgerOf(one.workbook)).toEqual([
      'Thịnh Bằng/Nhắc hạn/Đang gửi',
      'Thịnh Bằng/Nhắc hạn/Đã gửi',
      'Xuân Sơn/Nhắc hạn/Đang gửi',
      'Xuân Sơn/Nhắc hạn/Lỗi',
      'Trung Sơn/Nhắc hạn/Đang gửi',
      'Trung Sơn/Nhắc hạn/Đã gửi',
    ]);
    const ledgerTab = one.workbook.sheets.find((s) => s.name === 'Nhắc hạn')!;
    expect(ledgerTab.rows[4].map((c) => c?.value ?? '')).toEqual([
      expect.any(Date),
      expect.any(Date),
      'Xuân Sơn',
      'b@x.vn, c@x.vn',
      'Nhắc hạn',
      'Lỗi',
      'Service error: Mail',
    ]);
    const two = remind(one.workbook, T2);
    expect(sent(two.mails).map((l) => l.split(' | ')[0])).toEqual(['b@x.vn,c@x.vn']);
    expect(ledgerOf(two.workbook).slice(6)).toEqual([
      'Xuân Sơn/Nhắc hạn/Đang gửi',
      'Xuân Sơn/Nhắc hạn/Đã gửi',
    ]);
    expect(remind(two.workbook, T2).mails).toEqual([]);
  });
});

describe('a run that dies after Đang gửi', () => {
  it('a Đang gửi row left behind (no Đã gửi) keeps that message from ever going again', () => {
    const W23 = new Date(at(2023, 3, 23));
    const wb = commune({
      ledger: [[new Date(T1 - 60_000), W23, 'Xuân Sơn', 'b@x.vn, c@x.vn', 'Nhắc hạn', 'Đang gửi', '']],
    });
    const one = remind(wb, T1);
    expect(sent(one.mails).map((l) => l.split(' | ')[0])).toEqual(['a@x.vn', 'd@x.vn']);
    const two = remind(one.workbook, T2);
    expect(two.mails).toEqual([]);
    // The final reminder is another message (another kind): Xuân Sơn gets it once inside the last 3 hours if still missing.
    const three = remind(two.workbook, T3);
    expect(three.mails.map((m) => m.subject)).not.toContainEqual(expect.stringContaining('Xuân Sơn'));
  });

  it('a Lỗi whose Đang gửi row someone deleted does not reopen a later attempt that died after Đang gửi', () => {
    const W23 = new Date(at(2023, 3, 23));
    const row = (minutesBefore: number, result: string) => [
      new Date(T1 - minutesBefore * 60_000),
      W23,
      'Xuân Sơn',
      'b@x.vn, c@x.vn',
      'Nhắc hạn',
      result,
      '',
    ];
    // An earlier failed attempt, its Đang gửi deleted when the tab was tidied; then a retry that died after Đang gửi.
    const wb = commune({ ledger: [row(30, 'Lỗi'), row(5, 'Đang gửi')] });
    const one = remind(wb, T1);
    expect(sent(one.mails).map((l) => l.split(' | ')[0])).toEqual(['a@x.vn', 'd@x.vn']);
    // The same rows sorted by Kết quả (Đang gửi above Lỗi) read the same.
    expect(
      sent(remind(commune({ ledger: [row(5, 'Đang gửi'), row(30, 'Lỗi')] }), T1).mails).map(
        (l) => l.split(' | ')[0],
      ),
    ).toEqual(['a@x.vn', 'd@x.vn']);
  });

  it('the ledger write after a sent mail fails: the run stops there, and the sent message is never sent again', () => {
    const wb = commune({ ledger: [] });
    const one = remind(wb, T1, (s) => {
      const tab = s.runtime.spreadsheet.getSheetByName('Nhắc hạn')!;
      const append = tab.appendRow.bind(tab);
      let calls = 0;
      tab.appendRow = (row: unknown[]) => {
        if (++calls === 2) throw new Error('Service Spreadsheets timed out while accessing document');
        return append(row);
      };
    });
    expect(one.report.ok).toBe(false);
    expect(sent(one.mails).map((l) => l.split(' | ')[0])).toEqual(['a@x.vn']);
    expect(ledgerOf(one.workbook)).toEqual(['Thịnh Bằng/Nhắc hạn/Đang gửi']);
    const two = remind(one.workbook, T2);
    expect(sent(two.mails).map((l) => l.split(' | ')[0])).toEqual(['b@x.vn,c@x.vn', 'd@x.vn']);
    const everyone = [...one.mails, ...two.mails].map((m) => m.to);
    expect(new Set(everyone).size).toBe(everyone.length);
  });
});

describe('limits met while sending', () => {
  it('the quota drops between the plan and the send: Lỗi with the quota left, nothing sent, retried next run', () => {
    const one = remind(commune(), T1, (s) => {
      const mail = s.runtime.globals.MailApp as { getRemainingDailyQuota(): number };
      let calls = 0;
      mail.getRemainingDailyQuota = () => (++calls === 1 ? 100 : 0);
    });
    expect(one.mails).toEqual([]);
    expect(ledgerOf(one.workbook).filter((l) => l.endsWith('/Lỗi'))).toHaveLength(3);
    const notes = one.workbook.sheets
      .find((t) => t.name === 'Nhắc hạn')!
      .rows.slice(1)
      .map((r) => String(r[6]?.value ?? ''));
    const quotaNote = expect.stringMatching(
      /^hạn mức gửi thư hôm nay của tài khoản còn 0 người nhận, thư cần [12]; sẽ gửi lại/,
    );
    expect(notes.filter(Boolean)).toEqual([quotaNote, quotaNote, quotaNote]);
    expect(remind(one.workbook, T2).mails).toHaveLength(3);
  });

  it('over 50 addresses go in batches of 50; a later batch failing is logged Đã gửi for those who got it, never resent', () => {
    const wb = commune();
    const many = Array.from({ length: 51 }, (_, i) => `tv${i + 1}@x.vn`);
    const thon = wb.sheets.find((t) => t.name === 'Thôn')!;
    thon.rows[2][2] = { value: many.join('; ') };
    const one = remind(wb, T1, (s) => s.runtime.mail.failNext((m) => m.to === 'tv51@x.vn'));
    const toXuanSon = one.mails.filter((m) => m.subject.includes('Xuân Sơn'));
    expect(toXuanSon.map((m) => m.to.split(',').length)).toEqual([50]);
    const row = one.workbook.sheets
      .find((t) => t.name === 'Nhắc hạn')!
      .rows.find((r) => r[2]?.value === 'Xuân Sơn' && r[5]?.value === 'Đã gửi')!;
    expect(String(row[3]?.value).split(', ')).toEqual(many.slice(0, 50));
    expect(row[6]?.value).toBe(
      'chưa gửi được tới tv51@x.vn (Service error: Mail); không gửi lại để người đã nhận không nhận hai lần',
    );
    expect(one.report.summary).toContain(
      'Nhắc hạn – Xuân Sơn (Tuần đến 23/03/2023): chưa gửi được tới tv51@x.vn',
    );
    expect(remind(one.workbook, T2).mails).toEqual([]);
  });
});
