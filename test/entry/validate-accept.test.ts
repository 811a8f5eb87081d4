// The officer's Đồng ý in Kiểm tra: the value counts, stays listed, survives rebuilds and sorting, ends when the value changes.
import { validateWorkbook } from '../../src/entry/validate-workbook';
import { AS_OF, COL, FORM, checkRecords, install, uninstall, valuesOf } from '../sheets/check/harness';

afterEach(() => {
  uninstall();
  jest.restoreAllMocks();
});

const form = (rt: ReturnType<typeof install>) => rt.spreadsheet.getSheetByName(FORM)!;
const pick = (r: Record<string, unknown>) => [r['Dòng'], r['Cột'], r['Mức độ'], r['Giá trị'], r['Xác nhận']];

describe('the officer’s Đồng ý', () => {
  function confirm(rt: ReturnType<typeof install>, row: number, text: string): void {
    const check = rt.spreadsheet.getSheetByName('Kiểm tra')!;
    const values = valuesOf(rt, 'Kiểm tra');
    const i = values.findIndex((r) => r[1] === row);
    check.getRange(i + 1, (values[0] as string[]).indexOf('Xác nhận') + 1).setValue(text);
  }

  it('accepts the value: it counts, stays listed as accepted, and is kept across rebuilds', () => {
    const rt = install();
    validateWorkbook(AS_OF);
    confirm(rt, 4, 'dong y');
    const second = validateWorkbook(AS_OF);
    const counted = second.validation.rows.find((r) => r.row === 4)!;
    expect(counted.amounts.HANG_RAO).toBe(3200);
    expect(pick(checkRecords(rt)[1])).toEqual([4, COL.hangRao, 'Lỗi', '3.200', 'Đồng ý']);
    expect(second.counts).toMatchObject({ errors: 3, accepted: 1 });
    expect(form(rt).getRange('E4').getBackground()).toBe('#ffffff');
    expect(form(rt).getRange('E4').getNote()).toMatch(/cán bộ đã xác nhận/);

    const third = validateWorkbook(AS_OF);
    expect(third.validation.rows.find((r) => r.row === 4)!.amounts.HANG_RAO).toBe(3200);
    expect(checkRecords(rt)[1]['Xác nhận']).toBe('Đồng ý');
  });

  it('survives the officer sorting Kiểm tra (the key travels with the row)', () => {
    const rt = install();
    validateWorkbook(AS_OF);
    confirm(rt, 4, 'Đồng ý');
    const check = rt.spreadsheet.getSheetByName('Kiểm tra')!;
    const [header, ...rows] = valuesOf(rt, 'Kiểm tra');
    check
      .getRange(2, 1, rows.length, (header as unknown[]).length)
      .setValues([...rows].reverse().map((r) => r.map((v) => (typeof v === 'string' && v ? `'${v}` : v))));
    validateWorkbook(AS_OF);
    expect(checkRecords(rt).find((r) => r['Dòng'] === 4)!['Xác nhận']).toBe('Đồng ý');
  });

  it('survives the officer deleting the Khóa column (the key is recomputed from the row)', () => {
    const rt = install();
    validateWorkbook(AS_OF);
    confirm(rt, 4, 'Đồng ý');
    const key = checkRecords(rt)[1]['Khóa'];
    expect(typeof key === 'string' && key.length > 0).toBe(true);
    const check = rt.spreadsheet.getSheetByName('Kiểm tra')!;
    check.deleteColumns((valuesOf(rt, 'Kiểm tra')[0] as string[]).indexOf('Khóa') + 1, 1);
    expect(checkRecords(rt)[1]['Khóa']).toBeUndefined();
    const again = validateWorkbook(AS_OF);
    expect(again.validation.rows.find((r) => r.row === 4)!.amounts.HANG_RAO).toBe(3200);
    expect(checkRecords(rt)[1]['Xác nhận']).toBe('Đồng ý');
    expect(checkRecords(rt)[1]['Khóa']).toBe(key);
  });

  it('ends when the cell’s value changes', () => {
    const rt = install();
    validateWorkbook(AS_OF);
    confirm(rt, 4, 'Đồng ý');
    validateWorkbook(AS_OF);
    form(rt).getRange('E4').setValue("'3.300");
    const after = validateWorkbook(AS_OF);
    expect(pick(checkRecords(rt)[1])).toEqual([4, COL.hangRao, 'Lỗi', '3.300', '']);
    expect(after.validation.rows.find((r) => r.row === 4)!.amounts.HANG_RAO).toBeUndefined();
  });

  it('has no effect on a whole-row problem or on words: Không thể xác nhận comes back', () => {
    const rt = install();
    validateWorkbook(AS_OF);
    confirm(rt, 5, 'Đồng ý');
    confirm(rt, 6, 'Đồng ý');
    const again = validateWorkbook(AS_OF);
    expect(
      checkRecords(rt)
        .filter((r) => r['Dòng'] === 5 || r['Dòng'] === 6)
        .map((r) => r['Xác nhận']),
    ).toEqual(['Không thể xác nhận', 'Không thể xác nhận']);
    expect(again.counts.accepted).toBe(0);
  });
});
