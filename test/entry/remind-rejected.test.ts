// Reminders through the real bundle: a village whose only report of the week was rejected is told so, with its own form link.
import type { CellData, WorkbookData } from '../../local/workbook-data';
import { ensureBuilt } from '../bundle/ensure-built';
import { at, commune, sent, session } from './remind-helpers';

beforeAll(() => ensureBuilt());

const T1 = at(2023, 3, 22, 14, 30);
const ANSWERS = 'Câu trả lời biểu mẫu 1';
const XUAN_SON_LINK = 'https://docs.google.com/forms/d/e/F/viewform?usp=pp_url&entry.1=Xu%C3%A2n+S%C6%A1n';
const cell = (value: string | number | Date | null): CellData => ({ value });

/** Xuân Sơn's only report of the week of 23/03 names a day after it was sent: received, left out whole. Thôn has links. */
function workbook(): WorkbookData {
  const wb = commune({ xuanSonReports: null });
  wb.sheets
    .find((t) => t.name === ANSWERS)!
    .rows.push([new Date(at(2023, 3, 21, 9, 0)), 'b@x.vn', 'Xuân Sơn', '25/03/2023', 'ba trăm'].map(cell));
  const thon = wb.sheets.find((t) => t.name === 'Thôn')!;
  thon.rows[0].push(cell('Link báo cáo'));
  thon.rows[1].push(cell('javascript:alert(1)'));
  thon.rows[2].push(cell(XUAN_SON_LINK));
  return wb;
}

test('the rejected-only village: received but not counted, its problems and its own link; the others as usual', () => {
  const s = session(workbook(), T1);
  expect(s.run('remind').ok).toBe(true);
  const mails = s.runtime.mail.outbox;
  expect(sent(mails)).toEqual([
    'a@x.vn | [NTM xã Sơn Bằng] Nhắc báo cáo Tuần đến 23/03/2023 – thôn Thịnh Bằng',
    'b@x.vn,c@x.vn | [NTM xã Sơn Bằng] Nhắc sửa báo cáo Tuần đến 23/03/2023 – thôn Xuân Sơn',
    'd@x.vn | [NTM xã Sơn Bằng] Nhắc báo cáo Tuần đến 23/03/2023 – thôn Trung Sơn',
  ]);
  const [thinh, xuan] = mails;
  expect(xuan.body).not.toContain('chưa nhận được');
  expect(xuan.body).toContain(
    'Xã Sơn Bằng đã nhận báo cáo của thôn Xuân Sơn cho Tuần đến 23/03/2023, nhưng báo cáo chưa được tính vì có 2 lỗi.',
  );
  expect(xuan.body).toContain(
    '1. Báo cáo gửi lúc 21/03/2023 09:00\n   Cả báo cáo này chưa được tính cho đến khi sửa.',
  );
  expect(xuan.body).toContain('     Đã ghi: "ba trăm"');
  expect(xuan.body).toContain(`   Gửi lại báo cáo với số đã sửa tại: ${XUAN_SON_LINK}`);
  expect(xuan.htmlBody).toContain(`<a href="${XUAN_SON_LINK.replace(/&/g, '&amp;')}">`);
  // Thịnh Bằng's Link báo cáo is not a web link: its reminder falls back to no link at all, never the bad one.
  expect(thinh.body).toContain('chưa nhận được báo cáo');
  expect(`${thinh.body}${thinh.htmlBody}`).not.toContain('javascript:');
});

test('once the village sends a good report the same week, nobody reminds it', () => {
  const wb = workbook();
  wb.sheets
    .find((t) => t.name === ANSWERS)!
    .rows.push([new Date(at(2023, 3, 22, 8, 0)), 'b@x.vn', 'Xuân Sơn', null, 300].map(cell));
  const s = session(wb, T1);
  s.run('remind');
  expect(sent(s.runtime.mail.outbox).map((l) => l.split(' | ')[0])).toEqual(['a@x.vn', 'd@x.vn']);
});
