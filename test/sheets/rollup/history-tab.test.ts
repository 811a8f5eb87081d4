// `Lịch sử` against the in-memory Sheets: one block per week, replaced in place, other rows and the officer's columns kept.
import type { Day, Instant } from '../../../src/core/types';
import type { Runtime } from '../../../local/runtime';
import { rollup, type Rollup } from '../../../src/core/rollup';
import { readModel } from '../../../src/core/model';
import { validate } from '../../../src/core/validation';
import { writeHistory } from '../../../src/sheets/history-tab';
import { readAllTabs } from '../../../src/sheets/tab-io';
import { at, messyWorkbook } from '../../entry/rollup-workbook';
import { removeGlobals, useRuntime } from '../ledger/with-runtime';

afterEach(() => removeGlobals());

function rollupAt(asOf: Instant, week?: Day): Rollup {
  const { model } = readModel(readAllTabs());
  return rollup(model!, validate(model!, asOf, new Set()), asOf, week);
}
const history = (rt: Runtime) => rt.spreadsheet.getSheetByName('Lịch sử')!;
const values = (rt: Runtime) => history(rt).getDataRange().getValues();
const shown = (rt: Runtime) => history(rt).getDataRange().getDisplayValues();
const weeksOf = (rt: Runtime) =>
  shown(rt)
    .slice(1)
    .map((r) => r[0]);

describe('writeHistory', () => {
  it('creates the tab with the contract header and the week as a date', () => {
    const rt = useRuntime({ workbook: messyWorkbook() });
    const out = writeHistory(rollupAt(at(23, 3, 14, 30)));
    expect(out).toEqual({ weekRows: 12, written: 13 });
    expect(shown(rt)[0]).toEqual([
      'Tuần',
      'Thôn',
      'Mã',
      'Nội dung',
      'ĐVT',
      'Chỉ tiêu',
      'Lũy kế',
      'Tuần này',
      'Tỷ lệ',
      'Kế hoạch đến nay',
      'Nợ tồn',
      'Cần/ngày',
      'Trạng thái',
    ]);
    expect(weeksOf(rt)).toEqual(new Array(12).fill('23/03/2023'));
    expect(values(rt)[1][0]).toBeInstanceOf(Date);
    expect(history(rt).getFrozenRows()).toBe(1);
  });

  it('writes nothing when the week is rolled up again with the same figures', () => {
    const rt = useRuntime({ workbook: messyWorkbook() });
    writeHistory(rollupAt(at(23, 3, 14, 30)));
    const before = values(rt);
    const setValues = rt.calls['Range.setValues'] ?? 0;
    expect(writeHistory(rollupAt(at(23, 3, 14, 30)))).toEqual({ weekRows: 12, written: 0 });
    expect(rt.calls['Range.setValues'] ?? 0).toBe(setValues);
    expect(values(rt)).toEqual(before);
  });

  it('appends a later week, then replaces an earlier week in place, rewriting only from its first changed row', () => {
    const rt = useRuntime({ workbook: messyWorkbook() });
    writeHistory(rollupAt(at(23, 3, 14, 30)));
    expect(writeHistory(rollupAt(at(30, 3, 12, 0)))).toEqual({ weekRows: 12, written: 12 });
    const week30 = values(rt).slice(13);
    const thinhBang = values(rt).slice(1, 5);
    // Week 23/03 again, a week later: Bằng Phúc's late report now counts (sheet row 6: BP HANG_RAO 150 + 300).
    const again = writeHistory(rollupAt(at(30, 3, 12, 0), rollupAt(at(23, 3, 14, 30)).week));
    expect(again.weekRows).toBe(12);
    expect(again.written).toBe(25 - 5); // sheet rows 6 (the first changed line) to 25
    expect(weeksOf(rt)).toEqual([...new Array(12).fill('23/03/2023'), ...new Array(12).fill('30/03/2023')]);
    expect(values(rt)[5].slice(1, 8)).toEqual([
      'Bằng Phúc',
      'HANG_RAO',
      'Trồng hàng rào xanh',
      'm',
      620,
      450,
      300,
    ]);
    expect(values(rt).slice(1, 5)).toEqual(thinhBang);
    expect(values(rt).slice(13)).toEqual(week30);
  });

  it('keeps the officer’s own column and a week typed as text, and inserts a missing week in week order', () => {
    const rt = useRuntime({ workbook: messyWorkbook() });
    writeHistory(rollupAt(at(30, 3, 12, 0)));
    const sheet = history(rt);
    sheet.getRange(1, 14, 2, 1).setValues([['Ghi chú'], ["'001"]]);
    sheet.getRange(2, 1).setValue("'30/03/2023");
    writeHistory(rollupAt(at(23, 3, 14, 30)));
    const v = values(rt);
    expect(v[0][13]).toBe('Ghi chú');
    expect(v.slice(1, 13).every((r) => r[13] === '')).toBe(true);
    // The 30/03 block moved down below the new 23/03 block, with the officer's note and text as they were.
    expect(v[13][0]).toBe('30/03/2023');
    expect(v[13][13]).toBe('001');
    expect(weeksOf(rt)).toEqual([...new Array(12).fill('23/03/2023'), ...new Array(12).fill('30/03/2023')]);
  });

  it('clears the rows a shorter block leaves over', () => {
    const rt = useRuntime({ workbook: messyWorkbook() });
    writeHistory(rollupAt(at(23, 3, 14, 30)));
    const r = rollupAt(at(23, 3, 14, 30));
    r.lines = r.lines.slice(0, 2);
    expect(writeHistory(r).weekRows).toBe(6);
    expect(history(rt).getLastRow()).toBe(7);
  });

  it('finds its columns in a header someone reordered, and fills the titles it lacks at the end', () => {
    const rt = useRuntime({ workbook: messyWorkbook() });
    const sheet = rt.spreadsheet.insertSheet('Lịch sử');
    sheet.getRange(1, 1, 1, 3).setValues([['thon', 'TUẦN', 'Mã']]);
    writeHistory(rollupAt(at(23, 3, 14, 30)));
    const v = shown(rt);
    expect(v[0].slice(0, 4)).toEqual(['thon', 'TUẦN', 'Mã', 'Nội dung']);
    expect(v[1].slice(0, 3)).toEqual(['Thịnh Bằng', '23/03/2023', 'HANG_RAO']);
    expect(v[0]).toHaveLength(13);
  });
});
