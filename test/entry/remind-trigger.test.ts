// The hourly trigger: one trigger however often it is installed, what the UI says, and each hourly run (reminders, then the rollup once after a deadline).
import type { WorkbookData } from '../../local/workbook-data';
import { dayFromYmd } from '../../src/core/zone';
import { ensureBuilt } from '../bundle/ensure-built';
import { at, commune, sent, session } from './remind-helpers';

beforeAll(() => ensureBuilt());

const T1 = at(2023, 3, 22, 14, 30);
const lastAlert = (s: ReturnType<typeof session>) => s.runtime.ui.alerts[s.runtime.ui.alerts.length - 1];

/** `Thao tác` of each `Nhật ký` row. */
function logged(workbook: WorkbookData): string[] {
  const tab = workbook.sheets.find((t) => t.name === 'Nhật ký');
  return tab ? tab.rows.slice(1).map((r) => String(r[2]?.value ?? '')) : [];
}

describe('installing and removing', () => {
  it('installing twice leaves one hourly trigger; the message says whose account mails and its quota', () => {
    const s = session(commune(), T1);
    s.bundle.call('ntmInstallReminderTrigger');
    expect(lastAlert(s).message).toMatch(/^Đã bật nhắc hạn tự động: mỗi giờ một lần/);
    expect(lastAlert(s).message).toContain(
      'Thư gửi từ tài khoản can-bo@example.vn và tính vào hạn mức gửi thư hằng ngày của tài khoản này (hôm nay còn 100 người nhận).',
    );
    s.bundle.call('ntmInstallReminderTrigger');
    expect(lastAlert(s).message).toMatch(
      /^Nhắc hạn tự động đã bật từ trước trên tài khoản này: vẫn chỉ có một trình kích hoạt\./,
    );
    expect(s.runtime.triggers.list()).toEqual([
      expect.objectContaining({ handler: 'onHourlyNtm', type: 'CLOCK', everyHours: 1 }),
    ]);
    s.bundle.call('ntmPreviewReminders');
    expect(s.runtime.ui.dialogs[0].html).toContain(
      'Nhắc hạn tự động: ĐANG BẬT (mỗi giờ một lần). Đang bật cho: can-bo@example.vn (từ 22/03/2023 14:30). Trình kích hoạt của tài khoản này',
    );
    s.bundle.call('ntmRemoveReminderTrigger');
    expect(lastAlert(s).message).toMatch(/^Đã tắt nhắc hạn tự động trên tài khoản can-bo@example.vn\./);
    expect(s.runtime.triggers.list()).toEqual([]);
    s.bundle.call('ntmRemoveReminderTrigger');
    expect(lastAlert(s).message).toBe('Nhắc hạn tự động chưa bật nên không có gì để tắt.');
  });

  it('a trigger another officer installed: shown as theirs, and only they can remove it', () => {
    const s = session(commune(), T1);
    s.runtime.properties.document['ntm.reminderTriggerOwner'] = `pho@sonbang.vn|${at(2023, 3, 20, 8, 0)}`;
    s.bundle.call('ntmPreviewReminders');
    expect(s.runtime.ui.dialogs[0].html).toContain(
      'Nhắc hạn tự động: ĐANG BẬT (mỗi giờ một lần). Đang bật cho: pho@sonbang.vn (từ 20/03/2023 08:00). Tài khoản này chưa bật',
    );
    s.bundle.call('ntmRemoveReminderTrigger');
    expect(lastAlert(s).message).toMatch(
      /^Tài khoản của bạn chưa bật nhắc hạn tự động\. Trình kích hoạt của pho@sonbang.vn vẫn chạy mỗi giờ và vẫn gửi thư: chỉ tài khoản đó tắt được/,
    );
  });

  it('the menu has preview and send, and both switches in the Tự động submenu', () => {
    const s = session(commune(), T1);
    s.bundle.call('onOpen', {});
    const items = s.runtime.ui.menus.find((m) => m.title === 'NTM')!.items;
    expect(items).toEqual(
      expect.arrayContaining([
        { label: 'Xem trước nhắc hạn', functionName: 'ntmPreviewReminders' },
        { label: 'Gửi nhắc hạn', functionName: 'ntmSendReminders' },
        {
          label: 'Bật nhắc hạn tự động (mỗi giờ)',
          functionName: 'ntmInstallReminderTrigger',
          submenu: 'Tự động',
        },
        { label: 'Tắt nhắc hạn tự động', functionName: 'ntmRemoveReminderTrigger', submenu: 'Tự động' },
      ]),
    );
    expect(s.bundle.api.actions.remind).toBe('ntmSendReminders');
  });
});

describe('the hourly run', () => {
  /** One hour of the trigger: a session as of `now` on the workbook and document properties the last one left, no UI. */
  function hour(
    workbook: WorkbookData,
    props: Record<string, string>,
    now: number,
    before?: (s: ReturnType<typeof session>) => void,
  ) {
    const s = session(workbook, now);
    Object.assign(s.runtime.properties.document, props);
    s.runtime.ui.available = false;
    before?.(s);
    s.bundle.call('onHourlyNtm', {});
    return {
      s,
      workbook: s.runtime.dump(),
      props: { ...s.runtime.properties.document },
      mails: sent(s.runtime.mail.outbox),
    };
  }

  it('sends like the menu, rolls the week up once on its first run after the deadline, and logs only what happened', () => {
    const s0 = session(commune(), T1 - 3600_000);
    s0.bundle.call('ntmInstallReminderTrigger');
    const installed = { ...s0.runtime.properties.document };
    expect(installed['ntm.rolledUpWeek']).toBe(String(dayFromYmd(2023, 3, 16)));

    const h1 = hour(s0.runtime.dump(), installed, T1);
    expect(h1.mails).toHaveLength(3);
    expect(h1.s.runtime.ui.alerts).toEqual([]);
    expect(h1.workbook.sheets.map((t) => t.name)).not.toContain('Tổng hợp');

    const h2 = hour(h1.workbook, h1.props, at(2023, 3, 22, 15, 30));
    expect(h2.mails).toEqual([]);

    const h3 = hour(h2.workbook, h2.props, at(2023, 3, 23, 15, 0));
    expect(h3.mails).toEqual([
      'canbo@sonbang.vn,pho@sonbang.vn | [NTM xã Sơn Bằng] Quá hạn: 3 thôn chưa nộp báo cáo Tuần đến 23/03/2023',
    ]);
    expect(h3.props['ntm.rolledUpWeek']).toBe(String(dayFromYmd(2023, 3, 23)));
    const names = h3.workbook.sheets.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['Tổng hợp', 'Lịch sử']));
    const summary = h3.workbook.sheets.find((t) => t.name === 'Tổng hợp')!;
    expect(JSON.stringify(summary.rows.slice(0, 4))).toContain('23/03/2023');

    const h4 = hour(h3.workbook, h3.props, at(2023, 3, 23, 16, 0));
    expect(h4.mails).toEqual([]);
    expect(logged(h4.workbook)).toEqual([
      'Bật nhắc hạn tự động',
      'Nhắc hạn tự động',
      'Nhắc hạn tự động',
      'Tổng hợp tuần tự động',
    ]);
  });

  it('an hour that finds the lock held sends nothing, rolls nothing up, logs why, and the next hour catches up', () => {
    const props = { 'ntm.rolledUpWeek': String(dayFromYmd(2023, 3, 16)) };
    const held = hour(commune(), props, at(2023, 3, 23, 15, 0), (s) => s.runtime.lock.holdByOther());
    expect(held.mails).toEqual([]);
    expect(held.props['ntm.rolledUpWeek']).toBe(String(dayFromYmd(2023, 3, 16)));
    expect(logged(held.workbook)).toEqual(['Nhắc hạn tự động']);
    const next = hour(held.workbook, held.props, at(2023, 3, 23, 16, 0));
    expect(next.mails).toHaveLength(1);
    expect(next.props['ntm.rolledUpWeek']).toBe(String(dayFromYmd(2023, 3, 23)));
  });
  it('an hour whose reminders stop on an unreadable ledger still rolls the passed week up, and logs both', () => {
    const props = { 'ntm.rolledUpWeek': String(dayFromYmd(2023, 3, 16)) };
    const broken = commune({
      ledger: [
        [new Date(at(2023, 3, 22, 14, 30)), 'tuần trước', 'Xuân Sơn', 'b@x.vn', 'Nhắc hạn', 'Đã gửi', ''],
      ],
    });
    const h = hour(broken, props, at(2023, 3, 23, 15, 0));
    expect(h.mails).toEqual([]);
    expect(h.props['ntm.rolledUpWeek']).toBe(String(dayFromYmd(2023, 3, 23)));
    expect(h.workbook.sheets.map((t) => t.name)).toEqual(expect.arrayContaining(['Tổng hợp', 'Lịch sử']));
    const log = h.workbook.sheets
      .find((t) => t.name === 'Nhật ký')!
      .rows.slice(1)
      .map((r) => `${r[2]?.value}: ${r[3]?.value}`);
    expect(log).toEqual([
      expect.stringMatching(/^Nhắc hạn tự động: Lỗi: Tab Nhắc hạn, ô B2: không đọc được tuần/),
      expect.stringMatching(/^Tổng hợp tuần tự động: Đã tổng hợp Tuần đến 23\/03\/2023/),
    ]);
  });
});
