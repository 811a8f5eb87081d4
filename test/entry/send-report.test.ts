// "Gửi báo cáo tuần" through dist/Code.js (docs/report.md "Sending"): the PDF goes once a week, again only when the officer says yes; quota, addresses and Chromium problems send nothing.
import { createRuntime, type RuntimeOptions } from '../../local/runtime';
import { loadBundle } from '../../local/runner/bundle';
import type { WorkbookData } from '../../local/workbook-data';
import { ensureBuilt } from '../bundle/ensure-built';
import { isPdf, pdfPageCount } from '../browser/pdf-pages';
import { reportWorkbook } from './report-workbook';
import { ZONE, at } from './rollup-workbook';
import { tabValues } from './tab-values';

beforeAll(() => ensureBuilt());

const NOON = at(30, 3, 12, 0);
const LEDGER = 'Nhắc hạn';

function office(options: { workbook?: WorkbookData } & Omit<RuntimeOptions, 'workbook'> = {}) {
  let clock: number = NOON;
  const runtime = createRuntime({
    workbook: reportWorkbook(),
    timeZone: ZONE,
    now: () => clock,
    ...options,
  });
  const bundle = loadBundle(runtime.globals, () => clock);
  const send = () => bundle.call(bundle.api.actions['send-report']) as { ok: boolean; summary: string };
  /** The ledger's rows below its header ([] when the tab is missing). */
  const ledger = () => {
    const wb = runtime.dump();
    return wb.sheets.some((s) => s.name === LEDGER)
      ? tabValues(wb, LEDGER)
          .slice(1)
          .filter((r) => r.length > 0)
      : [];
  };
  return { runtime, bundle, send, ledger, setNow: (ms: number) => void (clock = ms) };
}

/** The workbook with `Email cán bộ` given `value`. */
function withOfficers(value: string): WorkbookData {
  const wb = reportWorkbook();
  const settings = wb.sheets.find((s) => s.name === 'Cấu hình')!;
  const row = settings.rows.find((r) => r[0]?.value === 'Email cán bộ')!;
  row[1] = value === '' ? null : { value };
  return wb;
}

describe('NTM → Gửi báo cáo tuần, as of 30/03/2023 12:00', () => {
  const o = office();
  const first = o.send();

  it('is the runner action send-report and a menu item right after the weekly and monthly report items', () => {
    expect(o.bundle.api.actions['send-report']).toBe('menuSendWeeklyReport');
    o.bundle.call('onOpen', { authMode: 'NONE' });
    const labels = o.runtime.ui.menus.find((m) => m.title === 'NTM')!.items.map((i) => i.label);
    const i = labels.indexOf('Báo cáo tuần trước');
    expect(labels.slice(i + 1, i + 3)).toEqual(['Báo cáo tháng', 'Gửi báo cáo tuần']);
  });

  it('mails the report as a real PDF to Email cán bộ and says so', () => {
    expect(first.ok).toBe(true);
    expect(first.summary).toMatch(
      /^Đã gửi báo cáo tuần đến 30\/03\/2023 kèm tệp bao-cao-tuan-30-03-2023\.pdf tới canbo@sonbang\.vn\. Đã lập báo cáo Tuần đến 30\/03\/2023/,
    );
    expect(o.runtime.mail.outbox).toHaveLength(1);
    const mail = o.runtime.mail.outbox[0];
    expect(mail.to).toBe('canbo@sonbang.vn');
    expect(mail.subject).toBe('[NTM xã Sơn Bằng] Báo cáo tuần đến 30/03/2023');
    expect(mail.body).toContain(
      'BÁO CÁO TUẦN Kết quả thực hiện phong trào xây dựng nông thôn mới từ ngày 24/03/2023',
    );
    expect(mail.htmlBody).toContain('Tân &lt;b&gt;Sơn&lt;/b&gt;');
    expect(mail.attachments).toHaveLength(1);
    const pdf = mail.attachments![0];
    expect(pdf.name).toBe('bao-cao-tuan-30-03-2023.pdf');
    expect(pdf.contentType).toBe('application/pdf');
    expect(isPdf(pdf.bytes)).toBe(true);
    expect(pdfPageCount(pdf.bytes)).toBeGreaterThanOrEqual(2);
  });

  it('writes Đang gửi then Đã gửi in Nhắc hạn, kind Báo cáo tuần, for the commune and the week', () => {
    const rows = o.ledger();
    expect(rows.map((r) => r.slice(1, 6))).toEqual([
      [expect.any(Date), 'Toàn xã', 'canbo@sonbang.vn', 'Báo cáo tuần', 'Đang gửi'],
      [expect.any(Date), 'Toàn xã', 'canbo@sonbang.vn', 'Báo cáo tuần', 'Đã gửi'],
    ]);
    expect((rows[0][1] as Date).getTime()).toBe(at(30, 3, 0, 0));
  });

  it('asks before sending the same week again; No sends nothing and writes nothing', () => {
    o.setNow(at(30, 3, 13, 5));
    const alerts = o.runtime.ui.alerts.length;
    o.runtime.ui.respond('NO');
    const again = o.send();
    expect(o.runtime.ui.alerts[alerts]).toEqual({
      title: 'Gửi báo cáo tuần',
      message: 'Báo cáo tuần đến 30/03/2023 đã gửi lúc 30/03/2023 12:00. Gửi lại?',
    });
    expect(again).toEqual({
      ok: true,
      summary: 'Báo cáo tuần đến 30/03/2023 đã gửi lúc 30/03/2023 12:00. Không gửi lại.',
    });
    expect(o.runtime.mail.outbox).toHaveLength(1);
    expect(o.ledger()).toHaveLength(2);
  });

  it('sends it again when the officer says Yes, noting it in the ledger; the next question names the new time', () => {
    o.runtime.ui.respond('YES');
    const again = o.send();
    expect(again.ok).toBe(true);
    expect(again.summary).toMatch(/^Đã gửi báo cáo tuần đến 30\/03\/2023 \(gửi lại\) kèm tệp/);
    expect(o.runtime.mail.outbox).toHaveLength(2);
    expect(isPdf(o.runtime.mail.outbox[1].attachments![0].bytes)).toBe(true);
    const rows = o.ledger();
    expect(rows.map((r) => r[5])).toEqual(['Đang gửi', 'Đã gửi', 'Đang gửi', 'Đã gửi']);
    expect(rows[3][6]).toBe('gửi lại theo xác nhận của cán bộ (lần trước: 30/03/2023 12:00)');
    o.runtime.ui.respond('NO');
    const alerts = o.runtime.ui.alerts.length;
    o.send();
    expect(o.runtime.ui.alerts[alerts].message).toBe(
      'Báo cáo tuần đến 30/03/2023 đã gửi lúc 30/03/2023 13:05. Gửi lại?',
    );
  });
});

describe('Gửi báo cáo tuần that cannot send', () => {
  it('within too small a quota: says so in Vietnamese, sends nothing, writes no ledger row', () => {
    const o = office({ mailQuota: 0 });
    const out = o.send();
    expect(out.ok).toBe(false);
    expect(out.summary).toBe(
      'Chưa gửi báo cáo tuần đến 30/03/2023: hạn mức gửi thư hôm nay của tài khoản còn 0 người nhận, báo cáo cần 1 ' +
        '(mỗi địa chỉ ở "Email cán bộ" tính một). Hãy gửi lại vào ngày mai, hoặc bớt địa chỉ ở tab Cấu hình, tham số "Email cán bộ".',
    );
    expect(o.runtime.mail.outbox).toEqual([]);
    expect(o.ledger()).toEqual([]);
    expect(o.runtime.ui.alerts.at(-1)!.message).toBe(out.summary);
  });

  it('with no Email cán bộ: names the tab and the setting', () => {
    const o = office({ workbook: withOfficers('') });
    const out = o.send();
    expect(out.ok).toBe(false);
    expect(out.summary).toBe(
      'Chưa có địa chỉ nhận báo cáo: hãy ghi email của cán bộ vào tab Cấu hình, tham số "Email cán bộ" (cột Giá trị), ví dụ can-bo@example.vn, rồi chạy lại Gửi báo cáo tuần.',
    );
    expect(o.runtime.mail.outbox).toEqual([]);
  });

  it('to every officer once, a failed send logged Lỗi and tried again on the next run', () => {
    const o = office({ workbook: withOfficers('a@sonbang.vn; b@sonbang.vn; a@sonbang.vn') });
    o.runtime.mail.failNext(() => true);
    const failed = o.send();
    expect(failed.ok).toBe(false);
    expect(failed.summary).toMatch(
      /^Chưa gửi được báo cáo tuần đến 30\/03\/2023: Service error: Mail\. Sổ Nhắc hạn ghi "Lỗi"/,
    );
    expect(o.ledger().map((r) => r[5])).toEqual(['Đang gửi', 'Lỗi']);
    const retried = o.send();
    expect(retried.ok).toBe(true);
    expect(o.runtime.mail.outbox.map((m) => m.to)).toEqual(['a@sonbang.vn,b@sonbang.vn']);
  });

  it('where Chromium is missing locally: fails with the install line, as Google would fail rather than pretend', () => {
    const o = office({ chromium: '/nowhere/chromium' });
    const out = o.send();
    expect(out.ok).toBe(false);
    expect(out.summary).toContain('không chuyển được báo cáo sang PDF');
    expect(out.summary).toContain('sudo apt-get install -y chromium');
    expect(o.runtime.mail.outbox).toEqual([]);
    expect(o.ledger()).toEqual([]);
  });
});
