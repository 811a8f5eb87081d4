// The reminder emails: escaped HTML, clean subjects, countdowns, progress in vi-VN numbers, the escalation list, size.
import { formatCountdown, formatDeadline } from '../../../src/core/reminders/countdown';
import { escapeHtml, html, safeUrl } from '../../../src/core/reminders/html';
import { MAX_BODY_BYTES, reminderMessage, utf8Length } from '../../../src/core/reminders/messages';
import type { ProgressLine, ReminderItem } from '../../../src/core/reminders/reminder-types';
import { at, model, village, WEEK_16_03, TZ } from './fixtures';

const DEADLINE = at(2023, 3, 16, 14, 30);

function villageItem(name: string, kind: ReminderItem['kind'] = 'Nhắc hạn'): ReminderItem {
  return { week: WEEK_16_03, village: name, kind, recipients: ['a@x.vn'], deadline: DEADLINE };
}

const PROGRESS: ProgressLine[] = [
  {
    code: 'HANG_RAO',
    name: 'Trồng hàng rào xanh',
    unit: 'm',
    target: 3200,
    cumulative: 1000,
    backlog: 464.5,
    perDay: 35.483870967,
  },
  {
    code: 'CUNG_HOA',
    name: 'Cứng hóa giao thông',
    unit: 'km',
    target: 0.38,
    cumulative: 0.1,
    backlog: 0,
    perDay: 0.0045,
  },
  {
    code: 'KDC_KM',
    name: 'Khu dân cư kiểu mẫu',
    unit: 'đạt/chưa',
    kind: 'Đạt/Chưa',
    target: 1,
    cumulative: 0,
    backlog: 0,
    perDay: null,
  },
  {
    code: 'NHA_VS',
    name: 'Nhà vệ sinh tự hoại',
    unit: 'cái',
    target: 25,
    cumulative: 25,
    backlog: 0,
    perDay: 0,
  },
];

describe('html', () => {
  test('escapeHtml escapes & < > " and \'', () => {
    expect(escapeHtml(`<b>"A" & 'B'</b>`)).toBe('&lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt;');
  });

  test('the template escapes values but keeps nested templates', () => {
    const inner = html`<i>${'<x>'}</i>`;
    expect(html`<p>${'a<b'}${inner}${['<', html`<br>`]}</p>`.value).toBe(
      '<p>a&lt;b<i>&lt;x&gt;</i>&lt;<br></p>',
    );
  });

  test('only http(s) links are kept', () => {
    expect(safeUrl(' https://forms.gle/abc?x=1&y=2 ')).toBe('https://forms.gle/abc?x=1&y=2');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('https://x.vn/"><script>')).toBeNull();
  });
});

describe('countdown and deadline', () => {
  test('before, at and after the deadline', () => {
    expect(formatCountdown(DEADLINE, at(2023, 3, 16, 10, 0))).toBe('còn 4 giờ 30 phút');
    expect(formatCountdown(DEADLINE, at(2023, 3, 15, 14, 30))).toBe('còn 1 ngày');
    expect(formatCountdown(DEADLINE, at(2023, 3, 16, 14, 0))).toBe('còn 30 phút');
    expect(formatCountdown(DEADLINE, DEADLINE)).toBe('còn dưới 1 phút');
    expect(formatCountdown(DEADLINE, at(2023, 3, 16, 15, 35, 59_000))).toBe('đã quá hạn 1 giờ 5 phút');
  });

  test('the deadline reads as time, weekday and date in the zone', () => {
    expect(formatDeadline(DEADLINE, TZ)).toBe('14:30 Thứ 5, 16/03/2023');
    expect(formatDeadline(at(2023, 3, 19, 8, 5), TZ)).toBe('08:05 Chủ nhật, 19/03/2023');
  });
});

describe('village reminder', () => {
  const now = at(2023, 3, 16, 10, 0);

  test('says the village, the week, the deadline with its countdown, progress, the link and how to report', () => {
    const m = reminderMessage(villageItem('Thịnh Bằng'), {
      model: model(),
      now,
      progress: PROGRESS,
      formUrl: 'https://forms.gle/abc?a=1&b=2',
    });
    expect(m.subject).toBe('[NTM xã Sơn Bằng] Nhắc báo cáo Tuần đến 16/03/2023 – thôn Thịnh Bằng');
    for (const body of [m.body, m.htmlBody]) {
      expect(body).toContain('thôn Thịnh Bằng');
      expect(body).toContain('Tuần đến 16/03/2023');
      expect(body).toContain('14:30 Thứ 5, 16/03/2023 (còn 4 giờ 30 phút)');
      expect(body).toContain('3.200');
      expect(body).toContain('464,5');
      expect(body).toContain('35,5 m/ngày');
      expect(body).toContain('0,38');
      expect(body).toContain('Cách báo cáo');
      expect(body).toContain('Trưởng Thịnh Bằng');
    }
    expect(m.body).toContain('https://forms.gle/abc?a=1&b=2');
    expect(m.htmlBody).toContain('href="https://forms.gle/abc?a=1&amp;b=2"');
    expect(m.body).toContain('- Khu dân cư kiểu mẫu (đạt/chưa): chỉ tiêu Đạt; đã làm Chưa đạt\n');
    expect(m.body).toContain('- Nhà vệ sinh tự hoại (cái): chỉ tiêu 25; đã làm 25; nợ tồn 0\n');
    expect(m.htmlBody).toContain('>Chưa đạt</td>');
    expect(m.body).not.toContain('Nhắc lần cuối');
    expect(m.zalo.split('\n')).toEqual([
      '[NTM xã Sơn Bằng] Nhắc báo cáo Tuần đến 16/03/2023',
      'Thôn Thịnh Bằng chưa gửi báo cáo. Hạn 14:30 Thứ 5, 16/03/2023 (còn 4 giờ 30 phút).',
      'Báo cáo tại: https://forms.gle/abc?a=1&b=2',
    ]);
  });

  test('a unit that counts things owes whole things, at a pace a leader can act on', () => {
    const homes: ProgressLine = {
      code: 'HO_VS',
      name: 'Hộ có nhà vệ sinh',
      unit: 'hộ',
      kind: 'Cộng dồn',
      target: 40,
      cumulative: 12,
      backlog: 7.55,
      perDay: 0.4,
    };
    const m = reminderMessage(villageItem('Thịnh Bằng'), { model: model(), now, progress: [homes] });
    expect(m.body).toContain(
      '- Hộ có nhà vệ sinh (hộ): chỉ tiêu 40; đã làm 12; nợ tồn 8; cần làm 3 hộ mỗi tuần\n',
    );
    expect(m.htmlBody).toContain('>8</td>');
    expect(m.htmlBody).toContain('>3 hộ mỗi tuần</td>');
    expect(m.htmlBody).not.toContain('7,55');
  });

  test('small amounts still owed show two significant digits, never a bare 0', () => {
    const road: ProgressLine = {
      code: 'DUONG_MR',
      name: 'Mở rộng nền đường',
      unit: 'km',
      kind: 'Cộng dồn',
      target: 0.15,
      cumulative: 0.01,
      backlog: 0.0077,
      perDay: 0.14 / 88,
    };
    const m = reminderMessage(villageItem('Thịnh Bằng'), { model: model(), now, progress: [road] });
    expect(m.body).toContain(
      '- Mở rộng nền đường (km): chỉ tiêu 0,15; đã làm 0,01; nợ tồn 0,0077; cần làm 1,59 m/ngày\n',
    );
    expect(m.htmlBody).toContain('>1,59 m/ngày</td>');
  });

  test('a very long progress list is cut with “… và N chỉ tiêu khác” and stays within the budget', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({
      ...PROGRESS[0],
      code: `C${i}`,
      name: `Chỉ tiêu ${i} ${'<'.repeat(300)}`,
    }));
    const m = reminderMessage(villageItem('Thịnh Bằng'), { model: model(), now, progress: many });
    expect(utf8Length(m.body) + utf8Length(m.htmlBody)).toBeLessThanOrEqual(MAX_BODY_BYTES);
    const shown = (m.body.match(/^- Chỉ tiêu \d+/gm) ?? []).length;
    expect(shown).toBeGreaterThan(0);
    expect(m.body).toContain(`… và ${300 - shown} chỉ tiêu khác`);
    expect(m.htmlBody).toContain(`… và ${300 - shown} chỉ tiêu khác`);
  });

  test('the final reminder says so; without progress or link there is no table and no link', () => {
    const m = reminderMessage(villageItem('Thôn 2', 'Nhắc lần cuối'), {
      model: model(),
      now: at(2023, 3, 16, 12, 0),
      formUrl: 'ftp://x',
    });
    expect(m.subject).toBe('[NTM xã Sơn Bằng] Nhắc lần cuối: báo cáo Tuần đến 16/03/2023 – Thôn 2');
    expect(m.body).toContain('lần nhắc cuối cùng');
    expect(m.body).toContain('còn 2 giờ 30 phút');
    expect(m.htmlBody).not.toContain('<table');
    expect(m.htmlBody).not.toContain('href');
    expect(m.zalo).not.toContain('Báo cáo tại');
  });

  test('a village name with <b> comes out escaped in the HTML, never as a tag', () => {
    const name = '<b>Xóm</b> "Mới" & Co';
    const mod = model({ villages: [village(name, ['a@x.vn'], 2, { leader: '<script>x</script>' })] });
    const m = reminderMessage(villageItem(name), {
      model: mod,
      now,
      progress: [{ ...PROGRESS[0], name: '<i>HR</i>' }],
    });
    expect(m.htmlBody).toContain('&lt;b&gt;Xóm&lt;/b&gt; &quot;Mới&quot; &amp; Co');
    expect(m.htmlBody).not.toContain('<b>Xóm');
    expect(m.htmlBody).not.toContain('<script>');
    expect(m.htmlBody).not.toContain('<i>HR');
    expect(m.htmlBody).toContain('&lt;i&gt;HR&lt;/i&gt;');
    expect(m.body).toContain('<b>Xóm</b>');
  });

  test('the subject has no line break even when names hold some', () => {
    const name = 'Thôn\r\nBcc: x@y.vn';
    const mod = model({ settings: { communeName: 'Sơn\nBằng' }, villages: [village(name, ['a@x.vn'], 2)] });
    const m = reminderMessage(villageItem(name), { model: mod, now });
    expect(m.subject).not.toMatch(/[\r\n]/);
    expect(m.subject).toBe('[NTM xã Sơn Bằng] Nhắc báo cáo Tuần đến 16/03/2023 – Thôn Bcc: x@y.vn');
  });
});

describe('escalation', () => {
  const now = at(2023, 3, 16, 15, 35);
  const item: ReminderItem = {
    week: WEEK_16_03,
    village: 'Toàn xã',
    kind: 'Quá hạn',
    recipients: ['canbo@sonbang.vn'],
    deadline: DEADLINE,
    missingVillages: ['Thịnh Bằng', 'Thôn 3'],
  };

  test('lists the missing villages with leaders, addresses and phones', () => {
    const m = reminderMessage(item, { model: model(), now });
    expect(m.subject).toBe('[NTM xã Sơn Bằng] Quá hạn: 2 thôn chưa nộp báo cáo Tuần đến 16/03/2023');
    expect(m.body).toContain('đã quá hạn 1 giờ 5 phút');
    expect(m.body).toContain('- Thịnh Bằng: trưởng thôn Trưởng Thịnh Bằng, email a@x.vn, ĐT 092\n');
    expect(m.body).toContain(
      '- Thôn 3: trưởng thôn Trưởng Thôn 3, chưa có email hợp lệ trong tab Thôn, ĐT 094\n',
    );
    expect(m.htmlBody).toContain('<b>Thôn 3</b>');
    expect(m.htmlBody).toContain('094');
    expect(m.zalo).toBe(
      '[NTM xã Sơn Bằng] Quá hạn báo cáo Tuần đến 16/03/2023\nChưa nộp (2): Thịnh Bằng, Thôn 3.',
    );
  });

  test('hundreds of villages: lists are cut with “… và N thôn khác” and the bodies stay within the budget', () => {
    const long = 'X'.repeat(5000);
    const villages = Array.from({ length: 600 }, (_, i) =>
      village(`Thôn số ${i + 1} <&> ${'"'.repeat(150)}`, [`t${i}@x.vn`], i + 2, {
        leader: long,
        phone: long,
      }),
    );
    const big: ReminderItem = { ...item, missingVillages: villages.map((v) => v.name) };
    const m = reminderMessage(big, { model: model({ villages }), now });
    expect(utf8Length(m.body) + utf8Length(m.htmlBody)).toBeLessThanOrEqual(MAX_BODY_BYTES);
    const shown = (m.body.match(/^- Thôn số/gm) ?? []).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(600);
    expect(m.body).toContain(`… và ${600 - shown} thôn khác`);
    expect(m.zalo).toContain('… và 580 thôn khác');
    expect(m.subject).toContain('600 thôn chưa nộp');
  });
});

test('utf8Length counts Vietnamese letters as multi-byte', () => {
  expect(utf8Length('abc')).toBe(3);
  expect(utf8Length('ă')).toBe(2);
  expect(utf8Length('ạ')).toBe(3);
  expect(utf8Length('😀')).toBe(4);
});
