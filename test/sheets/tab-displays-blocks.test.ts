// Display texts of a long tab read a block of ROW_BLOCK rows at a time: the same grid as one read of the whole area, no call over the block.
import { FakeRange } from '../../local/runtime/range';
import { ROW_BLOCK, readTab } from '../../src/sheets/tab-io';
import type { CellData } from '../../local/workbook-data';
import { installGlobals, removeGlobals } from '../local/runtime/install-globals';

afterEach(() => {
  jest.restoreAllMocks();
  removeGlobals();
});

const DAY = 86_400_000;

describe('readTab of a tab longer than ROW_BLOCK', () => {
  it('reads the dates as shown in blocks of ROW_BLOCK rows and gives the grid of one whole read', () => {
    const rows = 2 * ROW_BLOCK + 1;
    const lines: (CellData | null)[][] = [[{ value: 'Thôn' }, { value: 'Ngày' }, { value: 'Số' }]];
    for (let r = 2; r <= rows; r++)
      lines.push([
        { value: `Thôn ${r % 7}` },
        { value: new Date(Date.UTC(2023, 0, 1) + (r % 400) * DAY), numberFormat: 'dd/MM/yyyy' },
        r % 3 ? { value: r, numberFormat: '#,##0' } : null,
      ]);
    const rt = installGlobals({
      workbook: { sheets: [{ name: 'Báo cáo', rows: lines }], timeZone: 'Asia/Ho_Chi_Minh', locale: 'vi_VN' },
    });
    const sheet = rt.spreadsheet.getSheetByName('Báo cáo')!;
    const whole = sheet.getDataRange().getDisplayValues();
    const heights: number[] = [];
    const read = FakeRange.prototype.getDisplayValues;
    jest.spyOn(FakeRange.prototype, 'getDisplayValues').mockImplementation(function (this: FakeRange) {
      heights.push(this.getNumRows());
      return read.call(this);
    });
    const tab = readTab(sheet);
    expect(tab.displays).toEqual(whole);
    expect(tab.displays[ROW_BLOCK + 1].slice(1)).toEqual(['03/01/2023', '50.002']);
    expect(tab.displays[rows - 1].slice(1)).toEqual(['02/01/2023', '100.001']);
    // One run of columns (Ngày, Số: the first data row's Số is formatted, so its texts are read), three blocks.
    expect(heights).toEqual([ROW_BLOCK, ROW_BLOCK, 1]);
  });
});
