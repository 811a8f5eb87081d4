// NTM_PLANNED, NTM_BACKLOG, NTM_PER_DAY and NTM_WEEK through dist/Code.js: Date cells read in the spreadsheet's
// zone (Asia/Ho_Chi_Minh, Asia/Tokyo, America/New_York), day-first text dates, ranges, blanks and errors.
import { dayFromYmd, instantOf } from '../../src/core/zone';
import { loadFunctions } from './custom-functions-bundle';

const d = (day: number, month: number) => dayFromYmd(2023, month, day);
/** A date cell as Sheets hands it to a custom function: midnight of that day in the spreadsheet's zone. */
const cell = (day: number, month: number, zone: string, minute = 0) =>
  new Date(instantOf(d(day, month), minute, zone));
/** The worked example of docs/rollup.md by hand: 23/03 is day 9 of the 62 days 15/03..15/05. */
const EXAMPLE_PLAN = 3200 * (9 / 62);

describe.each(['Asia/Ho_Chi_Minh', 'Asia/Tokyo', 'America/New_York'])(
  'in a spreadsheet set to %s',
  (zone) => {
    const fx = loadFunctions(zone);

    it('NTM_PLANNED gives the worked example of docs/rollup.md from date cells and from typed dates alike', () => {
      expect(EXAMPLE_PLAN).toBeCloseTo(464.516, 3);
      expect(fx.call('NTM_PLANNED', 3200, cell(15, 3, zone), cell(15, 5, zone), cell(23, 3, zone))).toBe(
        EXAMPLE_PLAN,
      );
      expect(fx.call('NTM_PLANNED', '3.200 m', '15/03/2023', '2023-05-15', '23/3/2023 16:45')).toBe(
        EXAMPLE_PLAN,
      );
    });

    it('takes the day of an as-of instant in the spreadsheet zone, late evening included', () => {
      const lateEvening = cell(23, 3, zone, 23 * 60 + 59);
      expect(fx.call('NTM_PLANNED', 3200, cell(15, 3, zone), cell(15, 5, zone), lateEvening)).toBe(
        EXAMPLE_PLAN,
      );
    });

    it('NTM_BACKLOG and NTM_PER_DAY give the figures of the worked example', () => {
      const args = [cell(15, 3, zone), cell(15, 5, zone), cell(23, 3, zone)];
      expect(fx.call('NTM_BACKLOG', 3200, 400, ...args)).toBeCloseTo(EXAMPLE_PLAN - 400, 9);
      expect(fx.call('NTM_BACKLOG', 3200, 500, ...args)).toBe(0);
      expect(fx.call('NTM_PER_DAY', 3200, 400, cell(15, 5, zone), cell(23, 3, zone))).toBe(2800 / 54);
    });

    it('NTM_WEEK gives the Thứ 5 14:30 deadline closing the week, in the spreadsheet zone', () => {
      const deadline16 = cell(16, 3, zone, 14 * 60 + 30);
      expect(fx.call('NTM_WEEK', '16/03/2023 14:30')).toEqual(deadline16);
      expect(fx.call('NTM_WEEK', cell(16, 3, zone, 14 * 60 + 30))).toEqual(deadline16);
      expect(fx.call('NTM_WEEK', new Date(deadline16.getTime() + 1))).toEqual(
        cell(23, 3, zone, 14 * 60 + 30),
      );
      expect(fx.call('NTM_WEEK', cell(9, 3, zone, 14 * 60 + 31))).toEqual(deadline16);
      expect(fx.call('NTM_WEEK', '10/03/2023', 'Chủ nhật 08:00')).toEqual(cell(12, 3, zone, 8 * 60));
    });
  },
);

describe('dates and zones', () => {
  it('reads a date cell in the spreadsheet zone, not in the zone the script runs in', () => {
    // Tokyo midnight of 23/03 is still 22/03 in Ho Chi Minh City: the plan must follow the sheet's zone.
    const tokyo = loadFunctions('Asia/Tokyo');
    const hcm = loadFunctions('Asia/Ho_Chi_Minh');
    const asOf = cell(23, 3, 'Asia/Tokyo');
    const args = [3200, '15/03/2023', '15/05/2023', asOf];
    expect(tokyo.call('NTM_PLANNED', ...args)).toBe(EXAMPLE_PLAN);
    expect(hcm.call('NTM_PLANNED', ...args)).toBe(3200 * (8 / 62));
  });

  it('keeps deadlines on local 14:30 across a daylight-saving change (New York, 12/03/2023)', () => {
    const ny = loadFunctions('America/New_York');
    expect((ny.call('NTM_WEEK', '10/03/2023 09:00') as Date).toISOString()).toBe('2023-03-16T18:30:00.000Z');
    expect((ny.call('NTM_WEEK', '02/03/2023 15:00') as Date).toISOString()).toBe('2023-03-09T19:30:00.000Z');
  });
});

describe('ranges, blanks and errors with dates', () => {
  const fx = loadFunctions('Asia/Ho_Chi_Minh');
  const zone = 'Asia/Ho_Chi_Minh';

  it('pair a column of targets and starts with one due date and one as-of date; blank rows stay blank', () => {
    const out = fx.call(
      'NTM_PLANNED',
      [[3200], [''], [35]],
      [['15/03/2023'], ['15/03/2023'], [cell(1, 4, zone)]],
      '15/05/2023',
      '23/03/2023',
    );
    expect(out).toEqual([[EXAMPLE_PLAN], [''], [0]]);
    const weeks = fx.call('NTM_WEEK', [
      ['16/03/2023 14:30', ''],
      ['16/03/2023 14:31', '30/03/2023'],
    ]);
    expect(weeks).toEqual([
      [cell(16, 3, zone, 870), ''],
      [cell(23, 3, zone, 870), cell(30, 3, zone, 870)],
    ]);
  });

  it('give the whole target from the due date on, and nothing before the start', () => {
    expect(fx.call('NTM_PLANNED', 3200, '15/03/2023', '15/05/2023', '15/05/2023')).toBe(3200);
    expect(fx.call('NTM_PLANNED', 3200, '15/03/2023', '15/05/2023', '14/03/2023')).toBe(0);
    expect(fx.call('NTM_PER_DAY', 3200, 400, '15/05/2023', '20/05/2023')).toBe(2800);
  });

  it('refuse a date without year, month first, a number instead of a date, and a reversed span', () => {
    expect(fx.errorOf('NTM_PLANNED', 3200, '15/3', '15/05/2023', '23/03/2023')).toBe(
      'NTM_PLANNED: start (ngày bắt đầu): "15/3" thiếu năm; hãy ghi ngày/tháng/năm, ví dụ 16/03/2023',
    );
    expect(fx.errorOf('NTM_PER_DAY', 3200, 400, '05/15/2023', '23/03/2023')).toMatch(
      /^NTM_PER_DAY: due \(hạn hoàn thành\): "05\/15\/2023": không có tháng 15/,
    );
    expect(fx.errorOf('NTM_BACKLOG', 3200, 400, 45000, '15/05/2023', '23/03/2023')).toContain(
      'start (ngày bắt đầu): Ô chứa số 45000, không phải ngày',
    );
    expect(fx.errorOf('NTM_PLANNED', 1, '15/05/2023', '15/03/2023', '23/03/2023')).toBe(
      'NTM_PLANNED: due (hạn hoàn thành): hạn 15/03/2023 trước ngày bắt đầu 15/05/2023; hãy kiểm tra lại hai ngày',
    );
  });

  it('name the cell of a bad date inside a range', () => {
    expect(fx.errorOf('NTM_WEEK', [['16/03/2023', '31/02/2023']])).toBe(
      'NTM_WEEK: ô thứ 2 (dòng 1, cột 2): "31/02/2023": tháng 2/2023 chỉ có 28 ngày; hãy kiểm tra lại ngày',
    );
    expect(
      fx.errorOf('NTM_BACKLOG', [[1], [2]], 0, '15/03/2023', [['15/05/2023'], ['hôm qua']], '23/03/2023'),
    ).toMatch(/^NTM_BACKLOG: due \(hạn hoàn thành\), ô thứ 2 \(dòng 2, cột 1\): "hôm qua" không phải ngày/);
  });

  it('refuse a badly written deadline, and take a blank one as Thứ 5 14:30', () => {
    expect(fx.errorOf('NTM_WEEK', '16/03/2023', 'Thứ 8 14:30')).toMatch(
      /^NTM_WEEK: deadline \(hạn báo cáo\): "Thứ 8 14:30" không phải thứ trong tuần/,
    );
    expect(fx.call('NTM_WEEK', '16/03/2023 15:00', '')).toEqual(cell(23, 3, zone, 870));
  });

  it('take the indicator kind last: Đạt/Chưa plans 0 before Hạn and the whole target from it, with a blank Cần/ngày', () => {
    const span = ['15/03/2023', '15/05/2023'];
    expect(fx.call('NTM_PLANNED', 1, ...span, '14/05/2023', 'Đạt/Chưa')).toBe(0);
    expect(fx.call('NTM_PLANNED', 1, ...span, '15/05/2023', 'dat chua')).toBe(1);
    expect(fx.call('NTM_BACKLOG', 1, 0, ...span, '20/05/2023', 'Đạt / Chưa')).toBe(1);
    expect(fx.call('NTM_BACKLOG', 1, 0, ...span, '23/03/2023', 'Đạt/Chưa')).toBe(0);
    expect(fx.call('NTM_PER_DAY', 1, 0, '15/05/2023', '23/03/2023', 'Đạt/Chưa')).toBe('');
    // Without a kind (or blank, or Lũy kế) the counted formula: 9 of 62 days.
    expect(fx.call('NTM_PLANNED', 1, ...span, '23/03/2023')).toBe(9 / 62);
    expect(fx.call('NTM_PLANNED', 1, ...span, '23/03/2023', '')).toBe(9 / 62);
    expect(fx.call('NTM_PLANNED', 1, ...span, '23/03/2023', 'Lũy kế')).toBe(9 / 62);
  });

  it('pair a column of kinds with the other columns, as the Loại column of Chỉ tiêu', () => {
    const out = fx.call('NTM_PER_DAY', [[3200], [1], [35]], [[400], [0], [35]], '15/05/2023', '23/03/2023', [
      ['Cộng dồn'],
      ['Đạt/Chưa'],
      [''],
    ]);
    expect(out).toEqual([[2800 / 54], [''], [0]]);
    expect(
      fx.errorOf('NTM_PLANNED', 1, '15/03/2023', '15/05/2023', '23/03/2023', [['Đạt/Chưa'], ['có/không']]),
    ).toBe(
      'NTM_PLANNED: kind (loại chỉ tiêu), ô thứ 2 (dòng 2, cột 1): "có/không" không phải loại chỉ tiêu; hãy ghi như cột Loại của tab Chỉ tiêu: "Cộng dồn", "Lũy kế" hoặc "Đạt/Chưa"',
    );
    expect(fx.errorOf('NTM_PER_DAY', 1, 0, '15/05/2023', '23/03/2023', 2)).toMatch(
      /^NTM_PER_DAY: kind \(loại chỉ tiêu\): "2" không phải loại chỉ tiêu/,
    );
  });
});
