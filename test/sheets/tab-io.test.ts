// Reading a tab: one getValues per block of ROW_BLOCK rows (a tab of Sheets' 10 million cells is not returned by one call), never one per row.
import { ROW_BLOCK, readTab, readValues } from '../../src/sheets/tab-io';
import type { CellData } from '../../local/workbook-data';
import { installGlobals, removeGlobals } from '../local/runtime/install-globals';

afterEach(() => removeGlobals());

function tabOf(rows: number) {
  const lines: CellData[][] = [[{ value: 'Thôn' }, { value: 'Ghi chú' }]];
  for (let r = 2; r <= rows; r++) lines.push([{ value: `Thôn ${r % 7}` }, { value: `dòng ${r}` }]);
  const rt = installGlobals({
    workbook: { sheets: [{ name: 'Báo cáo', rows: lines }], timeZone: 'Asia/Ho_Chi_Minh', locale: 'vi_VN' },
  });
  return { rt, sheet: rt.spreadsheet.getSheetByName('Báo cáo')! };
}

describe('readTab and readValues read in blocks of rows', () => {
  it('a tab of 2·ROW_BLOCK + 1 rows: three getValues, the same grid as one read of the whole area', () => {
    const rows = 2 * ROW_BLOCK + 1;
    const { rt, sheet } = tabOf(rows);
    const whole = sheet.getDataRange().getValues();
    const calls = rt.calls['Range.getValues'] ?? 0;
    const read = rt.cells.read;
    const tab = readTab(sheet);
    expect(rt.calls['Range.getValues'] - calls).toBe(3);
    expect(rt.cells.read - read).toBe(rows * 2); // every cell once: text columns need no display texts
    expect(tab.values).toEqual(whole);
    expect(tab.values[rows - 1]).toEqual([`Thôn ${rows % 7}`, `dòng ${rows}`]);
    expect(tab.displays[ROW_BLOCK]).toEqual(whole[ROW_BLOCK]);
    expect(readValues(sheet)).toEqual(whole);
    expect(rt.calls['Range.getValues'] - calls).toBe(6);
  });

  it('a tab of ROW_BLOCK rows: one getValues', () => {
    const { rt, sheet } = tabOf(ROW_BLOCK);
    const calls = rt.calls['Range.getValues'] ?? 0;
    expect(readValues(sheet)).toHaveLength(ROW_BLOCK);
    expect(rt.calls['Range.getValues'] - calls).toBe(1);
  });
});
