// The NTM_ custom functions through the built dist/Code.js in a bare context: JSDoc, the zone they read,
// vi-VN numbers with units, ranges paired with single values, blanks, and Vietnamese errors.
import { createRuntime } from '../../local/runtime';
import { loadBundle } from '../../local/runner/bundle';
import { CODE_JS, ensureBuilt } from '../bundle/ensure-built';
import { loadFunctions, plain } from './custom-functions-bundle';

const NAMES = ['NTM_NUMBER', 'NTM_PROGRESS', 'NTM_PLANNED', 'NTM_BACKLOG', 'NTM_PER_DAY', 'NTM_WEEK'];
const fx = loadFunctions('Asia/Ho_Chi_Minh');

describe('the functions in dist/Code.js', () => {
  it('are top-level functions with the parameters of docs/functions.md', () => {
    const list = fx.context.NTM.entryList as { name: string; params: string[]; doc: string[] }[];
    const params = Object.fromEntries(
      list.filter((e) => NAMES.includes(e.name)).map((e) => [e.name, e.params]),
    );
    expect(params).toEqual({
      NTM_NUMBER: ['text', 'unit'],
      NTM_PROGRESS: ['done', 'target'],
      NTM_PLANNED: ['target', 'start', 'due', 'asOf', 'kind'],
      NTM_BACKLOG: ['target', 'done', 'start', 'due', 'asOf', 'kind'],
      NTM_PER_DAY: ['target', 'done', 'due', 'asOf', 'kind'],
      NTM_WEEK: ['dateTime', 'deadline'],
    });
    for (const name of NAMES) expect(typeof fx.context[name]).toBe('function');
  });

  it('carry Vietnamese JSDoc: a description, one @param per parameter in order, @return and @customfunction', () => {
    const list = fx.context.NTM.entryList as { name: string; params: string[]; doc: string[] }[];
    for (const e of list.filter((x) => NAMES.includes(x.name))) {
      expect(e.doc[0]).toMatch(/[ạảãáàâấầậẩẫăắằặẳẵđêếềệểễộốồổỗơớờợởỡưứừựửữỷỹ]/i);
      const params = e.doc
        .filter((l) => l.startsWith('@param'))
        .map((l) => /^@param \{[^}]+\} (\w+) \S/.exec(l)?.[1]);
      expect(params).toEqual(e.params);
      expect(e.doc.filter((l) => /^@return \{[^}]+\} \S/.test(l))).toHaveLength(1);
      expect(e.doc[e.doc.length - 1]).toBe('@customfunction');
    }
  });
});

describe('the spreadsheet zone', () => {
  it('is read once per call through getActive().getSpreadsheetTimeZone(), and nothing else is called', () => {
    const f = loadFunctions('Asia/Tokyo');
    f.call('NTM_PROGRESS', [[1], [2], [3]], 4);
    f.call('NTM_WEEK', '16/03/2023 15:00');
    expect(f.calls).toEqual([
      'SpreadsheetApp.getActive',
      'Spreadsheet.getSpreadsheetTimeZone',
      'SpreadsheetApp.getActive',
      'Spreadsheet.getSpreadsheetTimeZone',
    ]);
  });

  it('comes from the in-memory Sheets too, which sees only the two reads and no write', () => {
    ensureBuilt();
    const runtime = createRuntime({ timeZone: 'Asia/Tokyo' });
    const bundle = loadBundle(runtime.globals, () => 0, CODE_JS);
    expect(plain(bundle.call('NTM_WEEK', '16/03/2023 15:00'))).toEqual(
      new Date(Date.UTC(2023, 2, 23, 5, 30)),
    );
    expect(plain(bundle.call('NTM_NUMBER', [['3.200 m'], ['']], 'km'))).toEqual([[3.2], ['']]);
    expect(runtime.calls).toEqual({ 'SpreadsheetApp.getActive': 2, 'Spreadsheet.getSpreadsheetTimeZone': 2 });
  });

  it.each([
    ['no SpreadsheetApp', null],
    ['getActive throws', { throws: true as const }],
    ['no active spreadsheet', { noActive: true as const }],
    ['an unknown zone name', 'Mars/Olympus'],
  ])('falls back to Asia/Ho_Chi_Minh with %s', (_label, zone) => {
    const f = loadFunctions(zone);
    expect((f.call('NTM_WEEK', '16/03/2023 14:30') as Date).toISOString()).toBe('2023-03-16T07:30:00.000Z');
  });
});

describe('NTM_NUMBER', () => {
  it.each([
    ['3.200', 3200],
    ['0,38', 0.38],
    ['1.234,5', 1234.5],
    ['0.7', 0.7],
    ['0.500', 0.5],
    ['-5', -5],
    ['3.200 m', 3200],
    ['3200m', 3200],
    ['0,5 km', 0.5],
    [' 12 vườn ', 12],
    [42, 42],
  ])('reads %p as %p', (text, value) => {
    expect(fx.call('NTM_NUMBER', text)).toBe(value);
  });

  it('converts m and km into the unit asked for and keeps a same unit as it is', () => {
    expect(fx.call('NTM_NUMBER', '3.200 m', 'km')).toBe(3.2);
    expect(fx.call('NTM_NUMBER', '0,5 km', 'm')).toBe(500);
    expect(fx.call('NTM_NUMBER', '24 Cong trinh', 'công trình')).toBe(24);
    expect(fx.call('NTM_NUMBER', '7', 'vườn')).toBe(7);
  });

  it('maps a range cell by cell, blanks staying blank; a number without unit is taken as already in the unit', () => {
    expect(
      fx.call(
        'NTM_NUMBER',
        [
          ['3.200 m', ''],
          ['0,5 km', '  '],
          [1.5, '2.000m'],
        ],
        'km',
      ),
    ).toEqual([
      [3.2, ''],
      [0.5, ''],
      [1.5, 2],
    ]);
    expect(fx.call('NTM_NUMBER', '')).toBe('');
  });

  it('pairs a range of texts with a range of units of the same shape', () => {
    expect(fx.call('NTM_NUMBER', [['1 km'], ['300 m']], [['m'], ['km']])).toEqual([[1000], [0.3]]);
  });

  it('asks for digits when a number is written in words, naming the cell of a range', () => {
    expect(fx.errorOf('NTM_NUMBER', 'ba')).toBe('NTM_NUMBER: "ba" là chữ, hãy nhập bằng chữ số (ví dụ 3)');
    expect(fx.errorOf('NTM_NUMBER', [['1'], ['2'], ['ba vườn']])).toBe(
      'NTM_NUMBER: ô thứ 3 (dòng 3, cột 1): "ba" là chữ, hãy nhập bằng chữ số (ví dụ 3)',
    );
  });

  it('refuses a unit that does not convert, a foreign-style number, a tick box and a date, in Vietnamese', () => {
    expect(fx.errorOf('NTM_NUMBER', '3 hộ', 'vườn')).toBe(
      'NTM_NUMBER: "3 hộ" có đơn vị "hộ", khác ĐVT của chỉ tiêu là "vườn"; hãy nhập số theo vườn, không kèm đơn vị khác',
    );
    expect(fx.errorOf('NTM_NUMBER', '1,234.5')).toContain('viết theo kiểu nước ngoài');
    expect(fx.errorOf('NTM_NUMBER', true)).toContain('ô đánh dấu');
    expect(fx.errorOf('NTM_NUMBER', new Date(0))).toContain('ngày tháng');
    expect(fx.errorOf('NTM_NUMBER', '5', 3)).toMatch(/^NTM_NUMBER: unit \(đơn vị\): đơn vị phải là chữ/);
  });
});

describe('NTM_PROGRESS', () => {
  it('is Lũy kế / Chỉ tiêu, for single values and text with units', () => {
    expect(fx.call('NTM_PROGRESS', 400, 3200)).toBe(0.125);
    expect(fx.call('NTM_PROGRESS', '0,4 km', '3.200 m')).toBe(0.125);
    expect(fx.call('NTM_PROGRESS', '400 m', '0,8 km')).toBe(0.5);
    expect(fx.call('NTM_PROGRESS', '3 vườn', '35')).toBe(3 / 35);
  });

  it('pairs a column of amounts with one target, and two 2-D ranges cell by cell', () => {
    expect(fx.call('NTM_PROGRESS', [[400], [''], ['1.600']], '3.200')).toEqual([[0.125], [''], [0.5]]);
    expect(
      fx.call(
        'NTM_PROGRESS',
        [
          [1, 2],
          [3, ''],
        ],
        [
          [4, 4],
          [6, 6],
        ],
      ),
    ).toEqual([
      [0.25, 0.5],
      [0.5, ''],
    ]);
    expect(fx.call('NTM_PROGRESS', [[5]], [[10], [20]])).toEqual([[0.5], [0.25]]);
  });

  it('refuses ranges of different shapes, giving both sizes', () => {
    expect(fx.errorOf('NTM_PROGRESS', [[1], [2], [3]], [[1, 2, 3]])).toBe(
      'NTM_PROGRESS: các vùng ô không cùng kích thước (done (lũy kế đã làm): 3 dòng × 1 cột, target (chỉ tiêu): 1 dòng × 3 cột); hãy chọn các vùng có cùng số dòng và số cột, hoặc một ô đơn để dùng chung cho mọi ô',
    );
  });

  it('refuses a 0 or negative target, a negative amount and mismatched units, naming argument and cell', () => {
    expect(fx.errorOf('NTM_PROGRESS', [[1], [2]], [[4], [0]])).toMatch(
      /^NTM_PROGRESS: target \(chỉ tiêu\), ô thứ 2 \(dòng 2, cột 1\): Chỉ tiêu phải là một số lớn hơn 0/,
    );
    expect(fx.errorOf('NTM_PROGRESS', -1, 4)).toBe(
      'NTM_PROGRESS: done (lũy kế đã làm): "-1" là số âm; chỉ tiêu và khối lượng đã làm không âm, hãy nhập số từ 0 trở lên',
    );
    expect(fx.errorOf('NTM_PROGRESS', '2 hộ', '5 vườn')).toContain(
      '"2 hộ" có đơn vị "hộ", khác ĐVT của chỉ tiêu là "vườn"',
    );
  });

  it('refuses a bare target against an amount in m or km, which could be either, instead of a wrong ratio', () => {
    // 700 is in the indicator's ĐVT, which the formula cannot see: "0,5 km" against it could be 0,5/700 or 500/700.
    expect(fx.errorOf('NTM_PROGRESS', [[120], ['0,5 km']], 700)).toBe(
      'NTM_PROGRESS: done (lũy kế đã làm), ô thứ 2 (dòng 2, cột 1): "0,5 km" ghi đơn vị km nhưng chỉ tiêu 700 không ghi đơn vị, ' +
        'nên không biết 700 là m hay km; hãy ghi đơn vị của chỉ tiêu (ví dụ "700 m" hoặc "700 km"), hoặc ghi lũy kế theo đơn vị của chỉ tiêu, không kèm đơn vị',
    );
    expect(fx.errorOf('NTM_BACKLOG', 0.7, '200 m', '15/03/2023', '15/05/2023', '23/03/2023')).toContain(
      'chỉ tiêu 0,7 không ghi đơn vị',
    );
    expect(fx.errorOf('NTM_PER_DAY', 3200, '0,4 km', '15/05/2023', '23/03/2023')).toContain(
      'không biết 3.200 là m hay km',
    );
    // A target that names its unit sets it for a bare amount; other units have nothing to convert.
    expect(fx.call('NTM_PROGRESS', [[120], ['0,5 km']], '700 m')).toEqual([[120 / 700], [500 / 700]]);
    expect(fx.call('NTM_PROGRESS', '3 vườn', 35)).toBe(3 / 35);
  });

  it('refuses a missing argument instead of answering blank', () => {
    expect(fx.errorOf('NTM_PROGRESS', 1)).toBe(
      'NTM_PROGRESS: thiếu đối số target (chỉ tiêu); hãy viết =NTM_PROGRESS(done; target)',
    );
  });
});
