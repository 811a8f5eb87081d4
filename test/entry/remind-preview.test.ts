// The preview (menu only): what would be sent now with its Zalo text, sending and writing nothing; names that are HTML stay text.
import { ensureBuilt } from '../bundle/ensure-built';
import { at, commune, ledgerOf, session } from './remind-helpers';

beforeAll(() => ensureBuilt());

const T1 = at(2023, 3, 22, 14, 30);

function preview(now: number, options: Parameters<typeof commune>[0] = {}, quota?: number) {
  const s = session(commune(options), now, quota);
  const outcome = s.bundle.call('ntmPreviewReminders') as { ok: boolean; summary: string };
  return { s, outcome, dialog: s.runtime.ui.dialogs[0] };
}

describe('Xem trước nhắc hạn', () => {
  it('shows each message, its Zalo text, the village without an address and why, and the automation status', () => {
    const { s, outcome, dialog } = preview(T1);
    expect(outcome).toEqual({ ok: true, summary: 'Nếu gửi bây giờ: 3 thư đi ngay.' });
    expect(dialog.title).toBe('Xem trước nhắc hạn');
    expect(dialog.html).toContain('Thư sẽ gửi khi bấm Gửi nhắc hạn (3)');
    for (const v of ['Thịnh Bằng', 'Xuân Sơn', 'Trung Sơn'])
      expect(dialog.html).toContain(`Nhắc hạn – ${v} (Tuần đến 23/03/2023)`);
    expect(dialog.html).toMatch(
      /<textarea[^>]*>\[NTM xã Sơn Bằng\] Nhắc báo cáo Tuần đến 23\/03\/2023\nThôn Thịnh Bằng chưa gửi báo cáo\. Hạn 14:30 Thứ 5, 23\/03\/2023 \(còn 1 ngày\)\.<\/textarea>/,
    );
    expect(dialog.html).toContain(
      'Nhắc hạn – Thôn Mới (Tuần đến 23/03/2023): thôn chưa có địa chỉ email hợp lệ: hãy ghi ở tab Thôn, cột Email, dòng 5.',
    );
    expect(dialog.html).toContain('Nhắc hạn tự động: CHƯA BẬT');
    expect(dialog.html).toContain('còn 100 người nhận');
    expect(s.runtime.mail.outbox).toEqual([]);
    expect(s.runtime.dump().sheets.map((t) => t.name)).toEqual([
      'Cấu hình',
      'Thôn',
      'Chỉ tiêu',
      'Câu trả lời biểu mẫu 1',
    ]);
  });

  it("marks what today's quota cannot take", () => {
    const { outcome, dialog } = preview(T1, {}, 2);
    expect(outcome.summary).toBe('Nếu gửi bây giờ: 2 thư đi ngay, 1 thư chờ hạn mức.');
    expect(dialog.html.split('Lần này chưa gửi').length - 1).toBe(1);
  });

  it('with nothing due, says so', () => {
    const { outcome, dialog } = preview(at(2023, 3, 20, 9, 0));
    expect(outcome.summary).toBe('Lúc này không có thư nhắc hạn nào cần gửi.');
    expect(dialog.html).toContain('Lúc này không có thư nhắc hạn nào cần gửi.');
  });

  it("the emails carry the village's progress from the rollup: target, done, backlog and per day", () => {
    const s = session(commune(), T1);
    s.run('remind');
    const mail = s.runtime.mail.outbox.find((m) => m.to === 'a@x.vn')!;
    // 1.000 m from 15/03 to 15/05 (62 days), 100 done; on 22/03 the plan is 8/62 of it, 55 days are left.
    expect(mail.body).toContain(
      '- Trồng hàng rào xanh (m): chỉ tiêu 1.000; đã làm 100; nợ tồn 29,03; cần làm 16,4 m/ngày',
    );
    expect(mail.htmlBody).toContain('>29,03</td>');
  });
});

describe('a village name that is HTML', () => {
  const NAME = 'Trung <b>Sơn</b>';
  it('is escaped in the email, the preview and the Zalo text, and kept as typed in the ledger', () => {
    const { dialog } = preview(T1, { thirdVillage: NAME });
    expect(dialog.html).toContain('Nhắc hạn – Trung &lt;b&gt;Sơn&lt;/b&gt; (Tuần đến 23/03/2023)');
    expect(dialog.html).not.toContain('<b>Sơn</b>');
    const s = session(commune({ thirdVillage: NAME }), T1);
    s.run('remind');
    const mail = s.runtime.mail.outbox.find((m) => m.to === 'd@x.vn')!;
    expect(mail.htmlBody).toContain('thôn Trung &lt;b&gt;Sơn&lt;/b&gt;');
    expect(mail.htmlBody).not.toContain('<b>Sơn</b>');
    expect(mail.subject).toBe('[NTM xã Sơn Bằng] Nhắc báo cáo Tuần đến 23/03/2023 – thôn Trung <b>Sơn</b>');
    expect(ledgerOf(s.runtime.dump())).toContain(`${NAME}/Nhắc hạn/Đã gửi`);
  });
});
