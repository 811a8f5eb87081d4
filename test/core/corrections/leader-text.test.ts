// Every open error a leader can get, rewritten: what is wrong, and a `Hãy …` sentence saying what to type; no officer-only step.
import { DEFAULT_FIX, splitMessage } from '../../../src/core/corrections/leader-text';
import { leaderProblem } from '../../../src/core/corrections';
import { validate } from '../../../src/core/validation';
import { at, model, type RowSpec } from '../validation/fixtures';

/** One row per kind of error a known village's report can have. */
const ERRORS: RowSpec[] = [
  { row: 2, ts: '16/03/2023 08:00', village: 'Thịnh Bằng', cells: { HANG_RAO: 'ba chục' } },
  { row: 3, ts: '16/03/2023 08:05', village: 'Thịnh Bằng', cells: { HANG_RAO: 'hai trăm mét' } },
  { row: 4, ts: '16/03/2023 08:10', village: 'Thịnh Bằng', cells: { HANG_RAO: '1234.567' } },
  { row: 5, ts: '16/03/2023 08:15', village: 'Thịnh Bằng', cells: { HANG_RAO: '5 kg' } },
  { row: 6, ts: '16/03/2023 08:20', village: 'Thịnh Bằng', cells: { HANG_RAO: '-5' } },
  { row: 7, ts: '16/03/2023 08:25', village: 'Thịnh Bằng', cells: { VUON_CT: '2,5' } },
  { row: 8, ts: '16/03/2023 08:30', village: 'Thịnh Bằng', cells: { HANG_RAO: '900' } },
  { row: 9, ts: '16/03/2023 08:35', village: 'Thịnh Bằng', cells: { NUOC_THAI: '500' } },
  { row: 10, ts: '16/03/2023 08:40', village: 'Thịnh Bằng', cells: { KDC_KM: 'gần xong' } },
  { row: 11, ts: '16/03/2023 08:45', village: 'Thịnh Bằng', date: '32/03/2023', cells: { HANG_RAO: '1' } },
  { row: 12, ts: '16/03/2023 08:50', village: 'Thịnh Bằng', date: '20/03/2023', cells: { HANG_RAO: '1' } },
  { row: 13, ts: '16/03/2023 08:55', village: 'Thịnh Bằng', date: '01/01/2023', cells: { HANG_RAO: '1' } },
  { row: 14, ts: '16/03/2023 09:00', village: 'Thịnh Bằng', cells: { HANG_RAO: true } },
];

const problems = validate(model(ERRORS), at('31/12/2023 00:00'), new Set()).problems.filter(
  (p) => p.level === 'Lỗi',
);

test('the messy rows give one error each (the table covers every rule)', () => {
  expect(problems.map((p) => p.row)).toEqual(ERRORS.map((r) => r.row));
});

test.each(problems.map((p) => [p.row, p] as const))(
  'row %i: a Hãy sentence to type, the wrong part kept, no officer step',
  (_row, p) => {
    const l = leaderProblem(p);
    expect(l.fix).toMatch(/^Hãy \S.*\.$/);
    expect(l.fix).not.toBe(DEFAULT_FIX);
    expect(l.wrong).toMatch(/^\S.*\.$/);
    expect(`${l.wrong} ${l.fix}`).not.toMatch(/Xác nhận|Cả dòng/);
    expect(l.value).toBe(p.value);
  },
);

test.each<[string, string, string]>([
  ['"ba" là chữ, hãy nhập bằng chữ số (ví dụ 3)', '"ba" là chữ.', 'Hãy nhập bằng chữ số (ví dụ 3).'],
  [
    'Vượt 150% chỉ tiêu của thôn A (chỉ tiêu 100 m, lũy kế sẽ là 900 m): hãy kiểm tra lại số đã nhập và ghi phần làm thêm từ lần báo cáo trước, không ghi tổng đến nay; nếu số đúng, cán bộ ghi Đồng ý ở cột Xác nhận.',
    'Vượt 150% chỉ tiêu của thôn A (chỉ tiêu 100 m, lũy kế sẽ là 900 m).',
    'Hãy kiểm tra lại số đã nhập và ghi phần làm thêm từ lần báo cáo trước, không ghi tổng đến nay.',
  ],
  [
    'Ngày báo cáo "32/03/2023" không phải ngày: hãy ghi theo kiểu ngày/tháng/năm (ví dụ 16/03/2023). Cả dòng chưa được tính.',
    'Ngày báo cáo "32/03/2023" không phải ngày.',
    'Hãy ghi theo kiểu ngày/tháng/năm (ví dụ 16/03/2023).',
  ],
  [
    'Ngày báo cáo "32/03/2023" không phải ngày (tháng 3/2023 chỉ có 31 ngày; hãy kiểm tra lại ngày): hãy ghi theo kiểu ngày/tháng/năm (ví dụ 16/03/2023). Cả dòng chưa được tính.',
    'Ngày báo cáo "32/03/2023" không phải ngày (tháng 3/2023 chỉ có 31 ngày; hãy kiểm tra lại ngày).',
    'Hãy ghi theo kiểu ngày/tháng/năm (ví dụ 16/03/2023).',
  ],
  ['Số không rõ', 'Số không rõ.', DEFAULT_FIX],
])('splitMessage(%p)', (message, wrong, fix) => {
  expect(splitMessage(message)).toEqual({ wrong, fix });
});

test('an acceptable error says the officer may confirm a right value; a whole-row one does not', () => {
  const byRow = (r: number) => leaderProblem(problems.find((p) => p.row === r)!);
  expect(byRow(6).officerMayAccept).toBe(true);
  expect(byRow(8).officerMayAccept).toBe(true);
  expect(byRow(2).officerMayAccept).toBe(false);
  expect(byRow(12)).toMatchObject({ officerMayAccept: false, wholeRow: true });
});
