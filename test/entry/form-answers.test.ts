// Answers sent through the form the add-on built: they validate and roll up with no manual step, get their Link sửa,
// and survive every later change of Chỉ tiêu and Thôn (the answers tab keeps its columns).
import { TAB } from '../../src/core/contract';
import { ensureBuilt } from '../bundle/ensure-built';
import { START, seedWorld, shownColumn, shownTab, theForm, type FormWorld } from './form-world';

beforeAll(() => ensureBuilt());

const HANG_RAO = '[HANG_RAO] Trồng hàng rào xanh (m)';
const VUON_CT = '[VUON_CT] Cải tạo vườn (vườn)';

function built(): FormWorld & { formId: string; tab: string } {
  const w = seedWorld();
  expect(w.call('ntmBuildReportForm').ok).toBe(true);
  const f = w.rt.forms.list()[0];
  return { ...w, formId: f.id, tab: f.sheet! };
}

/** Rows of the Kiểm tra tab about one tab (no header). */
const checkRowsOf = (w: FormWorld, tab: string) =>
  shownTab(w.rt, TAB.check)
    .slice(1)
    .filter((r) => r[0] === tab);

/** The Tổng hợp row of a village and indicator code. */
function rollupRow(w: FormWorld, village: string, code: string): Record<string, string> {
  const rows = shownTab(w.rt, TAB.rollup);
  const h = rows.findIndex((r) => r[0] === 'Thôn' && r[1] === 'Mã');
  const row = rows.slice(h + 1).find((r) => r[0] === village && r[1] === code)!;
  return Object.fromEntries(rows[h].map((title, i) => [title, row[i]]));
}

it('a leader submits through the form: the row validates, gets its edit link, and rolls up with no manual step', () => {
  const w = built();
  w.setNow(START + 3600_000);
  const sent = w.rt.forms.submit(w.formId, {
    Thôn: 'Thịnh Bằng',
    'Ngày báo cáo': '2023-03-20',
    [HANG_RAO]: '0,32 km',
    [VUON_CT]: '2',
    Ảnh: 'https://drive.google.com/x',
  });
  expect(w.rt.forms.triggerRuns).toEqual([{ handler: 'onFormSubmitNtm', ok: true }]);
  expect(shownColumn(w.rt, w.tab, 'Link sửa')).toEqual([sent.editUrl]);
  expect(checkRowsOf(w, w.tab)).toEqual([]);
  expect(w.call('menuRollup').ok).toBe(true);
  expect(rollupRow(w, 'Thịnh Bằng', 'HANG_RAO')).toMatchObject({ 'Lũy kế': '320', 'Tuần này': '320' });
  expect(rollupRow(w, 'Thịnh Bằng', 'VUON_CT')).toMatchObject({ 'Lũy kế': '2' });
});

it('a mistake is flagged at once; the leader fixes it through the Link sửa of that response and the flag goes', () => {
  const w = built();
  w.setNow(START + 3600_000);
  const sent = w.rt.forms.submit(w.formId, {
    Thôn: 'Thịnh Bằng',
    [VUON_CT]: '200',
    Ảnh: 'https://drive.google.com/x',
  });
  expect(checkRowsOf(w, w.tab).map((r) => [r[1], r[3], r[4], r[6]])).toEqual([['2', VUON_CT, 'Lỗi', '200']]);
  const link = shownColumn(w.rt, w.tab, 'Link sửa')[0];
  expect(link).toBe(sent.editUrl);
  w.setNow(START + 2 * 3600_000);
  w.rt.forms.edit(link, { [VUON_CT]: '2' });
  expect(checkRowsOf(w, w.tab)).toEqual([]);
  expect(shownColumn(w.rt, w.tab, 'Link sửa')).toEqual([sent.editUrl]);
});

it('responses sent before the trigger existed get their Link sửa when the form action runs', () => {
  const w = built();
  const trigger = w.rt.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp;
  for (const t of trigger.getProjectTriggers()) trigger.deleteTrigger(t);
  w.setNow(START + 60_000);
  const a = w.rt.forms.submit(w.formId, { Thôn: 'Hạ Bằng', [HANG_RAO]: '100' });
  const b = w.rt.forms.submit(w.formId, { Thôn: 'Tân Bằng', [HANG_RAO]: '150' });
  expect(shownTab(w.rt, w.tab)[0]).not.toContain('Link sửa');
  expect(w.call('ntmBuildReportForm').summary).toContain(
    'Đã ghi link sửa của 2 câu trả lời vào cột "Link sửa".',
  );
  expect(shownColumn(w.rt, w.tab, 'Link sửa')).toEqual([a.editUrl, b.editUrl]);
});

it('after adding, renaming and removing an indicator and a village, the form follows and no answer is lost', () => {
  const w = built();
  w.setNow(START + 3600_000);
  w.rt.forms.submit(w.formId, {
    Thôn: 'Hạ Bằng',
    [HANG_RAO]: '100',
    [VUON_CT]: '1',
    Ảnh: 'https://drive.google.com/a',
  });
  w.rt.forms.submit(w.formId, {
    Thôn: 'Tân Bằng',
    [HANG_RAO]: '150',
    [VUON_CT]: '2',
    Ảnh: 'https://drive.google.com/b',
  });
  const answersBefore = shownTab(w.rt, w.tab);

  const targets = w.rt.spreadsheet.getSheetByName(TAB.targets)!;
  const values = targets.getDataRange().getValues();
  const rowOf = (code: string) => values.findIndex((r) => r[0] === code) + 1;
  targets.getRange(rowOf('HANG_RAO'), 2).setValue('Hàng rào xanh trồng mới');
  targets.deleteRow(rowOf('VUON_CT'));
  targets
    .getRange(targets.getLastRow() + 1, 1, 1, 4)
    .setValues([['CAY_XANH', 'Trồng cây xanh', 'cây', 'Cộng dồn']]);
  const villages = w.rt.spreadsheet.getSheetByName(TAB.villages)!;
  villages
    .getRange(villages.getLastRow() + 1, 1, 1, 4)
    .setValues([['Xuân Bằng', 'Vũ Thị Lan', 'xuanbang@example.vn', 150]]);
  targets.getRange(1, targets.getLastColumn() + 1).setValue('Xuân Bằng');
  targets.getRange(targets.getLastRow(), targets.getLastColumn()).setValue(50);

  const outcome = w.call('ntmBuildReportForm');
  expect(outcome.summary).toMatch(
    /^Đã cập nhật biểu mẫu: thêm 1 câu hỏi; đổi tên 1 câu hỏi \(«\[HANG_RAO\] Trồng hàng rào xanh \(m\)» → «\[HANG_RAO\] Hàng rào xanh trồng mới \(m\)»\); xóa 1 câu hỏi \(«\[VUON_CT\] Cải tạo vườn \(vườn\)»\); câu trả lời cũ vẫn giữ nguyên trong tab câu trả lời; cập nhật 1 câu hỏi/,
  );
  const form = theForm(w.rt);
  expect(form.items[0].choices).toEqual([
    'Thượng Bằng',
    'Trung Bằng',
    'Thịnh Bằng',
    'Hạ Bằng',
    'Tân Bằng',
    'Xuân Bằng',
  ]);
  const titles = form.items.map((i) => i.title);
  expect(titles).not.toContain(VUON_CT);
  expect(titles).toContain('[HANG_RAO] Hàng rào xanh trồng mới (m)');
  expect(titles.indexOf('[CAY_XANH] Trồng cây xanh (cây)')).toBe(titles.indexOf('Ảnh') - 1);
  expect(shownColumn(w.rt, TAB.villages, 'Link báo cáo')).toHaveLength(6);

  // Every answer is where it was: the removed question's column keeps its answers, the renamed one its own.
  const after = shownTab(w.rt, w.tab);
  expect(after[0]).toEqual(
    expect.arrayContaining([
      VUON_CT,
      '[HANG_RAO] Hàng rào xanh trồng mới (m)',
      '[CAY_XANH] Trồng cây xanh (cây)',
    ]),
  );
  const col = (rows: string[][], title: string) => rows.map((r) => r[rows[0].indexOf(title)]).slice(1);
  expect(col(after, VUON_CT)).toEqual(col(answersBefore, VUON_CT));
  expect(col(after, '[HANG_RAO] Hàng rào xanh trồng mới (m)')).toEqual(col(answersBefore, HANG_RAO));
  expect(col(after, 'Link sửa')).toEqual(col(answersBefore, 'Link sửa'));

  // The new questions take answers that roll up; the answers to the removed indicator are flagged, not lost silently.
  w.rt.forms.submit(w.formId, {
    Thôn: 'Xuân Bằng',
    '[CAY_XANH] Trồng cây xanh (cây)': '12',
    Ảnh: 'https://drive.google.com/c',
  });
  expect(w.call('ntmBuildReportForm').summary).toMatch(/^Biểu mẫu đã khớp/);
  expect(w.call('menuRollup').ok).toBe(true);
  expect(rollupRow(w, 'Xuân Bằng', 'CAY_XANH')).toMatchObject({ 'Chỉ tiêu': '50', 'Lũy kế': '12' });
  expect(rollupRow(w, 'Hạ Bằng', 'HANG_RAO')).toMatchObject({ 'Lũy kế': '100' });
  const notes = shownTab(w.rt, TAB.check)
    .slice(1)
    .filter((r) => r[0] === w.tab)
    .map((r) => r[5]);
  expect(notes).toEqual([expect.stringContaining('ghi mã [VUON_CT] không có trong tab Chỉ tiêu')]);
});
