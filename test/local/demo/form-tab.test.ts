// The demo's generated form answers: read from the plan in the workbook, deterministic, and messy in the planned ways.
import { exampleInputTabs } from '../../../local/demo/example-tabs';
import { FORM_TAB, generateFormRows, generateFormTab } from '../../../local/demo/form-tab';
import { planFromWorkbook } from '../../../local/demo/plan-from-workbook';
import type { WorkbookData } from '../../../local/workbook-data';
import { instantToWall } from '../../../local/xlsx';

const ZONE = 'Asia/Ho_Chi_Minh';
const ASOF = new Date(Date.UTC(2023, 3, 6, 14, 0));
const UNTIL = new Date(Date.UTC(2023, 3, 11, 15, 0));
const workbook: WorkbookData = { sheets: exampleInputTabs(ZONE) };
const plan = planFromWorkbook(workbook, ZONE)!;
const options = { zone: ZONE, seed: 2023, asOf: ASOF, until: UNTIL };

describe('the plan read back from the workbook', () => {
  it('has the villages and indicators of the Chỉ tiêu and Thôn tabs', () => {
    const targets = workbook.sheets.find((s) => s.name === 'Chỉ tiêu')!;
    expect(plan.indicators.map((i) => i.code)).toEqual(targets.rows.slice(1).map((r) => r[0]!.value));
    expect(plan.villages.map((v) => v.name)).toContain('Thịnh Bằng');
    expect(plan.start.toISOString()).toBe('2023-03-15T00:00:00.000Z');
    const kdc = plan.indicators.find((i) => i.kind === 'Đạt/Chưa')!;
    expect(Object.keys(kdc.targets)).toEqual(['Thịnh Bằng']);
  });
});

describe('the form answers tab', () => {
  const tab = generateFormTab(plan, options);
  const header = tab.sheet.rows[0].map((c) => c!.value as string);
  const rows = tab.sheet.rows.slice(1);
  const col = (title: string) => header.indexOf(title);
  const values = (title: string) => rows.map((r) => r[col(title)]?.value ?? null);

  it('has the form columns, one [MÃ] column per indicator', () => {
    expect(tab.sheet.name).toBe(FORM_TAB);
    expect(header.slice(0, 4)).toEqual(['Dấu thời gian', 'Địa chỉ email', 'Thôn', 'Ngày báo cáo']);
    expect(header.slice(-3)).toEqual(['Ảnh', 'Ghi chú', 'Kế hoạch tuần tới']);
    for (const i of plan.indicators)
      expect(header.filter((h) => h.startsWith(`[${i.code}] `))).toHaveLength(1);
  });

  it('is the same on every run with the same seed, and differs with another seed', () => {
    expect(generateFormTab(plan, options)).toEqual(tab);
    expect(generateFormTab(plan, { ...options, seed: 7 })).not.toEqual(tab);
  });

  it('spans several weeks, in timestamp order, with a few rows after the as-of time', () => {
    const stamps = values('Dấu thời gian').map((v) => (v as Date).getTime());
    expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);
    const asOf = Date.UTC(2023, 3, 6, 7, 0);
    expect(stamps.filter((t) => t > asOf).length).toBeGreaterThan(0);
    expect(stamps[0]).toBeGreaterThanOrEqual(Date.UTC(2023, 2, 14, 17));
    const walls = stamps.map((t) => instantToWall(new Date(t), ZONE).toISOString().slice(0, 10));
    expect(new Set(walls).size).toBeGreaterThan(10);
  });

  it('holds the planted mistakes', () => {
    const cells = rows.flatMap((r) => r.map((c) => c?.value));
    expect(cells).toEqual(
      expect.arrayContaining([
        '3.200',
        '0,5 km',
        'ba',
        '2,5',
        30000,
        'Thôn Mới',
        'nguoinha.baocao@gmail.com',
      ]),
    );
    expect(values('Ngày báo cáo').some((v) => typeof v === 'string' && /^\d{1,2}\/\d{1,2}$/.test(v))).toBe(
      true,
    );
    const key = (r: (typeof rows)[number]) => JSON.stringify(r.slice(1).map((c) => c?.value ?? null));
    const keys = rows.map(key);
    expect(new Set(keys).size).toBe(keys.length - 1);
    expect(tab.mistakes.length).toBe(9);
  });

  it('has a village that did not report in the as-of week, so reminders have someone to remind', () => {
    const weekStart = Date.UTC(2023, 2, 30, 7, 30);
    const asOf = Date.UTC(2023, 3, 6, 7, 0);
    const reported = new Set(
      rows
        .filter((r) => {
          const t = (r[0]!.value as Date).getTime();
          return t > weekStart && t <= asOf;
        })
        .map((r) => r[col('Thôn')]!.value),
    );
    expect(plan.villages.filter((v) => !reported.has(v.name)).length).toBeGreaterThan(0);
  });

  it('makes as many rows as asked for the benchmark, without mistakes', () => {
    const big = generateFormTab(plan, {
      ...options,
      rows: 500,
      messy: false,
      until: new Date(Date.UTC(2023, 11, 28)),
    });
    expect(big.sheet.rows.length).toBe(501);
    expect(big.mistakes).toEqual([]);
  });
});

describe('the benchmark rows (random times, several a day per village)', () => {
  const big = generateFormTab(plan, {
    ...options,
    rows: 3000,
    messy: false,
    until: new Date(Date.UTC(2023, 11, 28)),
  });
  const header = big.sheet.rows[0].map((c) => c!.value as string);
  const at = (title: string) => header.indexOf(title);
  const codes = plan.indicators.map((i) => i.code);
  const codeAt = new Map(codes.map((code) => [code, header.findIndex((h) => h.startsWith(`[${code}] `))]));
  /** A typed amount as a number: 1250 or `1.250`, 0.05 or `0,05`. */
  const amount = (v: unknown) =>
    typeof v === 'number' ? v : Number(String(v).replace(/\./g, '').replace(',', '.'));
  const rows = big.sheet.rows.slice(1).map((r) => {
    const day = (r[at('Ngày báo cáo')]?.value ?? r[at('Dấu thời gian')]!.value) as Date;
    const answers = new Map<string, string | number>();
    for (const [code, c] of codeAt) if (r[c]) answers.set(code, r[c]!.value as string | number);
    return {
      village: r[at('Thôn')]!.value as string,
      day: instantToWall(day, ZONE).toISOString().slice(0, 10),
      answers,
    };
  });

  it('never repeat an earlier row of the same village, report day and amounts', () => {
    const keys = rows
      .filter((r) => r.answers.size > 0)
      .map((r) =>
        JSON.stringify([r.village, r.day, [...r.answers].map(([k, v]) => `${k}=${amount(v)}`).sort()]),
      );
    expect(keys.length).toBeGreaterThan(500);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('give a running total (Lũy kế) only when it grew, and take no village past a target', () => {
    const totals = new Map<string, number>();
    for (const r of rows) {
      for (const [code, v] of r.answers) {
        const ind = plan.indicators.find((i) => i.code === code)!;
        const key = `${r.village}/${code}`;
        const before = totals.get(key) ?? 0;
        if (ind.kind === 'Lũy kế') expect(amount(v)).toBeGreaterThan(before);
        if (ind.kind === 'Đạt/Chưa') continue;
        const now = ind.kind === 'Lũy kế' ? amount(v) : before + amount(v);
        expect(now).toBeLessThanOrEqual(ind.targets[r.village] + 1e-9);
        totals.set(key, now);
      }
    }
    expect(totals.size).toBeGreaterThan(40);
  });

  it('count no more supported 3-bi systems (NUOC_THAI_HT) than systems built (NUOC_THAI) in a village', () => {
    const built = new Map<string, number>();
    const supported = new Map<string, number>();
    for (const r of rows) {
      const add = (m: Map<string, number>, code: string) =>
        m.set(r.village, (m.get(r.village) ?? 0) + (r.answers.has(code) ? amount(r.answers.get(code)) : 0));
      add(built, 'NUOC_THAI');
      add(supported, 'NUOC_THAI_HT');
      expect(supported.get(r.village)).toBeLessThanOrEqual(built.get(r.village)!);
    }
    expect([...supported.values()].every((n) => n > 0)).toBe(true);
  });
});

describe('the rows sent through the form', () => {
  const { rows, mistakes } = generateFormRows(plan, { ...options, viaForm: { collectsEmail: false } });
  const answers = rows.flatMap((r) => Object.values(r.answers));

  it('hold only mistakes a form lets through: no number words, no 2,5 households, no date without a year, no unknown village', () => {
    expect(answers).not.toContain('ba');
    expect(answers).not.toContain('2,5');
    expect(rows.some((r) => r.reportDayText !== undefined || r.village !== undefined)).toBe(false);
    expect(answers).toEqual(expect.arrayContaining(['3.200', '0,5 km', '1,5', 30000]));
    // Without collected addresses there is no wrong sender to plant.
    expect(mistakes.some((m) => m.includes('địa chỉ'))).toBe(false);
    expect(rows.some((r) => r.slot.email === 'nguoinha.baocao@gmail.com')).toBe(false);
  });

  it('a report day after the sending day leaves its row out; a later row gives a lower running total', () => {
    const ahead = rows.filter((r) => r.leftOut);
    expect(ahead).toHaveLength(1);
    expect(ahead[0].slot.reportDay!.getTime()).toBeGreaterThan(ahead[0].slot.stamp.getTime());
    const line = mistakes.find((m) => m.includes('Lũy kế thấp hơn'))!;
    const [, village, code, lower, before] =
      /^(.+), \[(\w+)\] = (\d+): Lũy kế thấp hơn (\d+) đã báo trước đó$/.exec(line)!;
    const mine = rows
      .filter((r) => r.slot.village === village && r.answers[code] !== undefined)
      .map((r) => Number(String(r.answers[code]).replace(/\./g, '')));
    expect(mine.indexOf(Number(before))).toBeGreaterThanOrEqual(0);
    expect(mine.slice(mine.indexOf(Number(before)) + 1)).toContain(Number(lower));
    expect(Number(lower)).toBeLessThan(Number(before));
  });

  it('is the same on every run', () => {
    expect(generateFormRows(plan, { ...options, viaForm: { collectsEmail: false } })).toEqual({
      rows,
      mistakes,
    });
  });
});
