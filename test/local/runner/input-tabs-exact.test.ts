// Every cell of every input tab comes back from each runner action exactly as the file held it (value, formula and result,
// error, rich text, style, note; merges, widths, views, rules); only what the action is documented to write differs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { KNOWN_ACTIONS } from '../../../local/runner/args';
import { runWorkbook } from '../../../local/runner/run-workbook';
import { ensureBuilt } from '../../bundle/ensure-built';
import { FORM, asOfText } from '../../entry/rollup-workbook';
import { OWN_NOTE, richWorkbook } from './rich-workbook';

let dir: string;
let input: string;
let before: ExcelJS.Workbook;

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

beforeAll(async () => {
  ensureBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-exact-'));
  input = path.join(dir, 'sổ.xlsx');
  fs.writeFileSync(input, await richWorkbook());
  before = await load(input);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const PARTS = [
  'value',
  'type',
  'numFmt',
  'font',
  'alignment',
  'border',
  'fill',
  'protection',
  'note',
] as const;
type Part = (typeof PARTS)[number];

/** What exceljs exposes of a cell (a missing cell reads as exceljs makes it: empty, with its row's or column's style). */
function look(c: ExcelJS.Cell): Record<Part, string> {
  const s = c.style;
  const parts = [c.value, c.type, s.numFmt, s.font, s.alignment, s.border, s.fill, s.protection, c.note];
  return Object.fromEntries(PARTS.map((p, i) => [p, JSON.stringify(parts[i] ?? null)])) as Record<
    Part,
    string
  >;
}

function addresses(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => void out.push(c.address)));
  return out;
}

/** The tab's settings exceljs exposes: merges, views, columns, row heights, rules. */
function settings(ws: ExcelJS.Worksheet): Record<string, string> {
  const heights: Record<number, unknown> = {};
  ws.eachRow((row, r) => {
    if (row.height || row.hidden) heights[r] = [row.height, row.hidden];
  });
  const columns = (ws.columns ?? []).map((c) => [c.width ?? null, !!c.hidden]);
  const model = ws.model as unknown as { merges: string[]; dataValidations?: unknown };
  const holder = ws as unknown as { conditionalFormattings: unknown; dataValidations: { model: unknown } };
  return {
    merges: JSON.stringify([...model.merges].sort()),
    views: JSON.stringify(ws.views),
    columns: JSON.stringify(columns),
    rows: JSON.stringify(heights),
    validations: JSON.stringify(holder.dataValidations.model),
    conditionalFormats: JSON.stringify(holder.conditionalFormattings),
  };
}

interface Diff {
  /** `Tab!A1` → the parts that differ. */
  cells: Map<string, Part[]>;
  /** `Tab settingName` of the tab settings that differ. */
  settings: string[];
}

/** Differences between the input file's tabs and the same tabs of `after`. */
function diff(after: ExcelJS.Workbook): Diff {
  const out: Diff = { cells: new Map(), settings: [] };
  for (const ws of before.worksheets) {
    const other = after.getWorksheet(ws.name);
    if (!other) {
      out.settings.push(`${ws.name} gone`);
      continue;
    }
    for (const a of new Set([...addresses(ws), ...addresses(other)])) {
      const [x, y] = [look(ws.getCell(a)), look(other.getCell(a))];
      const parts = PARTS.filter((p) => x[p] !== y[p]);
      if (parts.length) out.cells.set(`${ws.name}!${a}`, parts);
    }
    const [sx, sy] = [settings(ws), settings(other)];
    for (const k of Object.keys(sx)) if (sx[k] !== sy[k]) out.settings.push(`${ws.name} ${k}`);
  }
  return out;
}

async function run(action: string, actions: string[] = [action]): Promise<ExcelJS.Workbook> {
  const printed: string[] = [];
  const out = path.join(dir, action);
  const result = await runWorkbook({
    workbook: input,
    out,
    asOf: asOfText(30, 3, 12, 0),
    actions,
    print: (l) => printed.push(l),
    printError: (l) => printed.push(l),
  });
  expect({ exitCode: result.exitCode, printed }).toMatchObject({ exitCode: 0 });
  return load(path.join(out, 'sổ.xlsx'));
}

/** The last row of `Cấu hình` holding a setting in the input file. */
function lastSetting(): number {
  let last = 0;
  before.getWorksheet('Cấu hình')!.eachRow((row, r) => {
    if (row.getCell(1).value !== null) last = r;
  });
  return last;
}

const cellOf = (wb: ExcelJS.Workbook, at: string) => {
  const [tab, a] = at.split('!');
  return wb.getWorksheet(tab)!.getCell(a);
};

/** The cells validation marks: the `Tab` links of `Kiểm tra` point at them. */
function marked(after: ExcelJS.Workbook): string[] {
  const cells: string[] = [];
  after.getWorksheet('Kiểm tra')!.eachRow((row, r) => {
    const link = (row.getCell(1).value as ExcelJS.CellHyperlinkValue).hyperlink;
    if (r > 1) cells.push(`${FORM}!${/range=([A-Z]+\d+)/.exec(link)![1]}`);
  });
  return [...new Set(cells)].sort();
}

describe.each(['clear-examples', 'remind', 'corrections', 'report'])('%s', (action) => {
  it('writes every cell and setting of every input tab back as read', async () => {
    const d = diff(await run(action));
    expect(d).toEqual({ cells: new Map(), settings: [] });
  });
});

describe.each(['validate', 'rollup'])('%s', (action) => {
  it("changes only the marks (background, note) of the cells Kiểm tra lists; a person's own colour and note stay", async () => {
    const after = await run(action);
    const d = diff(after);
    expect(d.settings).toEqual([]);
    expect([...d.cells.keys()].sort()).toEqual(marked(after));
    expect(marked(after)).toHaveLength(7);
    for (const [at, parts] of d.cells) {
      const [was, now] = [cellOf(before, at), cellOf(after, at)];
      expect(String(now.note)).toMatch(/^NTM: (Lỗi|Cảnh báo): /);
      if (at === `${FORM}!E8`) {
        // The person's background is never painted over; their note comes after the add-on's paragraph.
        expect(parts).toEqual(['note']);
        expect(String(now.note).endsWith(`\n\n${OWN_NOTE}`)).toBe(true);
        continue;
      }
      expect(parts).toEqual(['fill', 'note']);
      expect(was.fill).toEqual({ type: 'pattern', pattern: 'none' });
      expect(['FFF4CCCC', 'FFFFF2CC']).toContain((now.fill as ExcelJS.FillPattern).fgColor?.argb);
    }
  });
});

describe('export', () => {
  it('adds nothing to the input tabs beyond what the rollup before it changed', async () => {
    const exported = diff(await run('export', ['rollup', 'export']));
    expect(exported).toEqual(diff(await run('rollup')));
  });
});

describe('setup', () => {
  it('bolds and explains the header rows, formats date and number cells, adds missing settings; nothing else', async () => {
    const after = await run('setup');
    const d = diff(after);
    for (const [at, parts] of d.cells) {
      const [tab, a] = at.split('!');
      const row = Number(/\d+/.exec(a)![0]);
      if (tab === 'Cấu hình' && row > lastSetting()) continue; // a setting set-up adds, below the person's
      expect(tab).not.toBe(FORM); // Google's answers tab is not set-up's
      const [was, now] = [cellOf(before, at), cellOf(after, at)];
      if (row === 1) {
        expect([at, parts.filter((p) => p !== 'font' && p !== 'note')]).toEqual([at, []]);
        if (parts.includes('font')) expect(now.font).toEqual({ ...was.font, bold: true });
      } else {
        expect([at, parts]).toEqual([at, ['numFmt']]);
        expect([at, now.numFmt]).toEqual([at, expect.stringMatching(/^(dd\/mm\/yyyy|#,##0)$/)]);
      }
    }
    expect(d.cells.get('Thôn!A1')).toEqual(['font']);
    expect(d.cells.get('Thôn!D2')).toEqual(['numFmt']);
    // Set-up's rules: lists and dates to pick from, highlighted blanks, frozen headers.
    expect(d.settings.sort()).toEqual([
      'Chỉ tiêu conditionalFormats',
      'Chỉ tiêu validations',
      'Chỉ tiêu views',
      'Cấu hình validations',
      'Cấu hình views',
      'Thôn conditionalFormats',
    ]);
    // Set-up freezes the header row; the column the person froze stays frozen.
    expect(after.getWorksheet('Chỉ tiêu')!.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    // The person's rule and format the add-on does not model stay beside set-up's.
    const targets = after.getWorksheet('Chỉ tiêu') as unknown as {
      dataValidations: { model: Record<string, ExcelJS.DataValidation> };
      conditionalFormattings: { ref: string; rules: { type: string }[] }[];
    };
    const lengths = Object.entries(targets.dataValidations.model).filter(([, r]) => r.type === 'textLength');
    expect(new Set(lengths.map(([a]) => a))).toEqual(
      new Set(Array.from({ length: 19 }, (_, i) => `L${i + 2}`)),
    );
    expect(targets.conditionalFormattings.filter((f) => f.ref === 'G2:J5')).toEqual([
      expect.objectContaining({ rules: [expect.objectContaining({ type: 'cellIs' })] }),
    ]);
  });
});

describe('form', () => {
  it("adds the form's setting and the links column of Thôn; nothing else", async () => {
    const after = await run('form');
    const d = diff(after);
    const links = [...d.cells.keys()].filter((at) => at.startsWith('Thôn!'));
    expect(links).toEqual(['Thôn!I1', 'Thôn!I2', 'Thôn!I3', 'Thôn!I4', 'Thôn!I5']);
    const others = [...d.cells.keys()].filter((at) => !at.startsWith('Thôn!'));
    expect(others.length).toBeGreaterThan(0);
    for (const at of others) expect(at).toMatch(new RegExp(`^Cấu hình![A-C]${lastSetting() + 1}$`));
    expect(d.settings).toEqual([]);
  });
});

it('covers every action the runner offers', () => {
  expect([...KNOWN_ACTIONS].sort()).toEqual(
    [
      'clear-examples',
      'corrections',
      'export',
      'form',
      'remind',
      'report',
      'report-month',
      'rollup',
      'send-report',
      'setup',
      'validate',
    ].sort(),
  );
});

it('keeps rich text, errors, formulas with results, dates, formats, merges and comments of the input file', async () => {
  const after = await run('validate');
  const villages = after.getWorksheet('Thôn')!;
  expect(villages.getCell('F5').value).toEqual({ error: '#REF!' });
  expect(villages.getCell('F6').value).toEqual({ formula: 'D2/0', result: { error: '#DIV/0!' } });
  expect((villages.getCell('F3').value as ExcelJS.CellRichTextValue).richText[0]).toEqual({
    text: 'Chú ý: ',
    font: { bold: true, color: { argb: 'FFC00000' } },
  });
  expect((villages.model as unknown as { merges: string[] }).merges).toEqual(['F1:H2']);
});
