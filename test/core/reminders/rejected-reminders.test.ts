// A village whose reports of the week were all left out whole is not told "chưa nhận được": received, not counted, what to fix.
import { dueReminders, reminderMessage } from '../../../src/core/reminders';
import type { Model } from '../../../src/core/types';
import { validate } from '../../../src/core/validation';
import { at, day, model, village, type RowSpec } from '../validation/fixtures';

const NOW = at('22/03/2023 15:00');
const WEEK = day('23/03/2023');

/** Week of 23/03: Thịnh Bằng sent one report, rejected (its day is after it was sent) with a word for a number; Trung Bằng
 *  sent a rejected one and a good one. The week before, Thịnh Bằng had another rejected report. */
const ROWS: RowSpec[] = [
  { row: 2, ts: '15/03/2023 09:00', village: 'Thịnh Bằng', date: '20/03/2023', cells: { HANG_RAO: '5' } },
  {
    row: 3,
    ts: '20/03/2023 08:00',
    village: 'Thịnh Bằng',
    date: '25/03/2023',
    cells: { HANG_RAO: '10', VUON_CT: 'ba' },
  },
  { row: 4, ts: '20/03/2023 09:00', village: 'Trung Bằng', date: '25/03/2023', cells: { HANG_RAO: '10' } },
  { row: 5, ts: '21/03/2023 09:00', village: 'Trung Bằng', cells: { HANG_RAO: '10' } },
];

function withLinks(m: Model): Model {
  m.villages = m.villages.map((v) =>
    v.name === 'Thịnh Bằng'
      ? { ...v, leader: 'Nguyễn Văn A', reportLink: 'https://forms.example/v?entry.1=ThinhBang' }
      : v,
  );
  return m;
}

function due(m: Model, now = NOW) {
  return dueReminders({ model: m, validation: validate(m, now, new Set()), ledger: [], now });
}

test('only the village with no counted report is reminded, carrying the rejected reports of that week only', () => {
  const d = due(model(ROWS));
  expect(d.due.map((i) => [i.village, i.kind])).toEqual([['Thịnh Bằng', 'Nhắc hạn']]);
  const [item] = d.due;
  expect(item.rejected?.map((r) => [r.row, r.sentAt, r.problems.map((p) => p.question)])).toEqual([
    [3, '20/03/2023 08:00', ['Ngày báo cáo', '[VUON_CT] vuon_ct']],
  ]);
});

test('a village that sent nothing this week gets the usual reminder, without rejected reports', () => {
  const d = due(model(ROWS.filter((r) => r.row !== 3)));
  expect(d.due.map((i) => [i.village, i.rejected])).toEqual([['Thịnh Bằng', undefined]]);
  expect(reminderMessage(d.due[0], { model: model([]), now: NOW }).body).toContain('chưa nhận được báo cáo');
});

test('a rejected report counts from when it was sent: the expired reminder before it does not carry it, the final one does', () => {
  const late = ROWS.map((r) => (r.row === 3 ? { ...r, ts: '23/03/2023 11:45', date: '25/03/2023' } : r));
  const d = due(model(late), at('23/03/2023 12:00'));
  const thisWeek = d.expired.filter((i) => i.week === WEEK);
  expect(thisWeek.map((i) => [i.village, i.kind, i.rejected])).toEqual([
    ['Thịnh Bằng', 'Nhắc hạn', undefined],
  ]);
  // The week before, its rejected report of 15/03 is carried by that week's items.
  expect(
    d.expired
      .filter((i) => i.week === day('16/03/2023') && i.village === 'Thịnh Bằng')
      .map((i) => i.rejected?.[0].row),
  ).toEqual([2, 2]);
  expect(d.due.map((i) => [i.village, i.kind, i.rejected?.length])).toEqual([
    ['Thịnh Bằng', 'Nhắc lần cuối', 1],
  ]);
});

test('the wording: received but not counted, each problem with what to type, the link to fix, no "chưa nhận được"', () => {
  const m = withLinks(model(ROWS));
  const item = due(m).due[0];
  const msg = reminderMessage(item, {
    model: m,
    now: NOW,
    formUrl: 'https://forms.example/v?entry.1=ThinhBang',
  });
  expect(msg.subject).toBe('[NTM xã Sơn Bằng] Nhắc sửa báo cáo Tuần đến 23/03/2023 – thôn Thịnh Bằng');
  expect(msg.body).not.toMatch(/chưa nhận được|xin bỏ qua/);
  expect(msg.body).toContain(
    'Xã Sơn Bằng đã nhận báo cáo của thôn Thịnh Bằng cho Tuần đến 23/03/2023, nhưng báo cáo chưa được tính vì có 2 lỗi. Xin sửa trước hạn để kết quả của thôn được tính.',
  );
  expect(msg.body).toContain('Hạn nộp: 14:30 Thứ 5, 23/03/2023 (còn 23 giờ 30 phút).');
  expect(msg.body).toContain(
    [
      'Các lỗi cần sửa:',
      '1. Báo cáo gửi lúc 20/03/2023 08:00',
      '   Cả báo cáo này chưa được tính cho đến khi sửa.',
      '   - Câu hỏi: Ngày báo cáo',
      '     Đã ghi: "25/03/2023"',
      '     Sai ở đâu: Ngày báo cáo 25/03/2023 muộn hơn ngày gửi báo cáo 20/03/2023.',
      '     Cần ghi: Hãy ghi ngày đã làm việc, không sau ngày gửi.',
      '   - Câu hỏi: [VUON_CT] vuon_ct',
      '     Đã ghi: "ba"',
    ].join('\n'),
  );
  expect(msg.body).toContain(
    '   Gửi lại báo cáo với số đã sửa tại: https://forms.example/v?entry.1=ThinhBang',
  );
  expect(msg.htmlBody).toContain(
    '<a href="https://forms.example/v?entry.1=ThinhBang">Gửi lại báo cáo với số đã sửa tại</a>',
  );
  expect(msg.zalo).toContain('Thôn Thịnh Bằng đã gửi báo cáo nhưng chưa được tính vì có 2 lỗi.');
});

test('the edit link of the rejected response comes first; the final reminder says it is the last', () => {
  const m = withLinks(model(ROWS));
  m.reports[0].rows[1].editLink = 'https://forms.example/edit?r=3';
  const final = due(m, at('23/03/2023 12:00')).due[0];
  expect(final.kind).toBe('Nhắc lần cuối');
  const msg = reminderMessage(final, { model: m, now: at('23/03/2023 12:00') });
  expect(msg.subject).toBe(
    '[NTM xã Sơn Bằng] Nhắc lần cuối: sửa báo cáo Tuần đến 23/03/2023 – thôn Thịnh Bằng',
  );
  expect(msg.body).toContain('Đây là lần nhắc cuối cùng trước hạn.');
  expect(msg.body).toContain('   Sửa chính báo cáo này tại: https://forms.example/edit?r=3');
});

test('names are escaped in the HTML', () => {
  const rows = ROWS.map((r) => (r.village === 'Thịnh Bằng' ? { ...r, village: '<i>Thịnh</i>' } : r));
  const m = model(rows, {
    villages: [village('<i>Thịnh</i>', ['a@x.vn'], 120, 2), village('Trung Bằng', ['trungbang@x.vn'], 80, 3)],
  });
  m.indicators = m.indicators.map((i) => ({
    ...i,
    targets: Object.fromEntries(
      Object.entries(i.targets).map(([k, v]) => [k === 'Thịnh Bằng' ? '<i>Thịnh</i>' : k, v]),
    ),
  }));
  const item = due(m).due[0];
  const msg = reminderMessage(item, { model: m, now: NOW });
  expect(msg.htmlBody).toContain('&lt;i&gt;Thịnh&lt;/i&gt;');
  expect(msg.htmlBody).not.toContain('<i>Thịnh');
  expect(item.week).toBe(WEEK);
});
