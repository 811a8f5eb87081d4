// Tabs the add-on creates open with readable column widths; tabs people already have are never resized.
import { DEFAULT_WIDTHS, insertTab } from '../../src/sheets/new-tab';
import { writeCheckTab } from '../../src/sheets/check-tab';
import { buildCheckTable } from '../../src/sheets/check/check-table';
import { removeGlobals, useRuntime } from './ledger/with-runtime';

afterEach(removeGlobals);

const widthsOf = (dump: ReturnType<ReturnType<typeof useRuntime>['dump']>, tab: string) =>
  dump.sheets.find((s) => s.name === tab)?.columnWidths ?? {};

describe('insertTab', () => {
  it('gives a new output tab its default widths with one call per run of equal widths', () => {
    const rt = useRuntime();
    insertTab(rt.spreadsheet, 'Tổng hợp');
    expect(widthsOf(rt.dump(), 'Tổng hợp')).toMatchObject({
      1: 110,
      2: 110,
      3: 300,
      4: 80,
      7: 80,
      8: 70,
      12: 110,
    });
    // 110,110 | 300 | 80×4 | 70 | 110 | 80,80 | 110 → 7 calls for 12 columns
    expect((rt.calls['Sheet.setColumnWidth'] ?? 0) + (rt.calls['Sheet.setColumnWidths'] ?? 0)).toBe(7);
  });

  it('leaves other tabs at the default width', () => {
    const rt = useRuntime();
    insertTab(rt.spreadsheet, 'Câu trả lời biểu mẫu 1');
    expect(widthsOf(rt.dump(), 'Câu trả lời biểu mẫu 1')).toEqual({});
  });

  it('is used when an action creates a missing output tab, and never resizes a tab that exists', () => {
    const rt = useRuntime();
    const table = buildCheckTable([]);
    writeCheckTab(table);
    expect(widthsOf(rt.dump(), 'Kiểm tra')[6]).toBe(DEFAULT_WIDTHS['Kiểm tra'][5]);
    const before = rt.calls['Sheet.setColumnWidth'] ?? 0;
    rt.spreadsheet.getSheetByName('Kiểm tra')!.setColumnWidth(6, 500);
    writeCheckTab(table);
    expect(widthsOf(rt.dump(), 'Kiểm tra')[6]).toBe(500);
    expect(rt.calls['Sheet.setColumnWidth']).toBe(before + 1);
  });
});
