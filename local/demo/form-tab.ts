// A Google-Forms-like responses tab built from the plan: timestamp, email, village, report day, one column per indicator, photo, notes.
import { REPORT_COLUMNS } from '../../src/core/contract';
import type { CellData, SheetData } from '../workbook-data';
import { wallToInstant } from '../xlsx';
import { Amounts } from './amounts';
import type { FormRow } from './form-row';
import { plantLowerTotal, plantMistakes, plantRepeat, type ThroughForm } from './messy';
import type { DemoPlan } from './plan-from-workbook';
import { seeded, type Rand } from './prng';
import { randomSchedule, weeklySchedule, type Slot } from './schedule';
import { pushAll } from '../../src/core/lists';

export const FORM_TAB = 'Câu trả lời biểu mẫu 1';

export interface FormTabOptions {
  zone: string;
  seed: number;
  /** Wall-clock as-of time: rows up to it are what the demo's run sees. */
  asOf: Date;
  /** Rows are generated up to this wall-clock time (a few after `asOf`, which that run must ignore). */
  until: Date;
  /** Benchmark: this many random rows instead of the weekly habit. */
  rows?: number;
  /** Plant the usual mistakes (default true). */
  messy?: boolean;
  /** The rows go through the validated form: plant only the mistakes a form lets through (see plantMistakes). */
  viaForm?: ThroughForm;
}

export interface FormTab {
  sheet: SheetData;
  /** One line per planted mistake. */
  mistakes: string[];
}

const NOTES = [
  '',
  '',
  '',
  'Huy động đoàn viên thanh niên ra quân',
  'Bà con góp ngày công',
  'Chờ vật liệu',
  'Trời mưa, làm chậm',
];
/** Notes of a row that reports no amount. */
const IDLE_NOTES = ['Chờ vật liệu', 'Trời mưa, làm chậm', 'Không có phát sinh mới'];
const PLANS = [
  'Tiếp tục trồng hàng rào xanh',
  'Ra quân vệ sinh đường làng',
  'Vận động hộ cải tạo vườn',
  'Hoàn thiện hồ sơ hộ chính sách',
];

function headerOf(plan: DemoPlan): string[] {
  const c = REPORT_COLUMNS;
  const indicators = plan.indicators.map((i) => `[${i.code}] ${i.name}${i.unit ? ` (${i.unit})` : ''}`);
  return [
    c.timestamp.title,
    c.email.title,
    c.village.title,
    c.reportDate.title,
    ...indicators,
    c.photo.title,
    c.note.title,
    c.nextWeekPlan.title,
  ];
}

/** The rows without their amounts and notes yet. */
function blankRows(slots: Slot[], rand: Rand): FormRow[] {
  return slots.map((slot, i) => ({
    slot,
    answers: {},
    photo: rand.chance(0.8) ? `https://drive.google.com/open?id=demo-${i + 1}` : '',
    note: '',
    plan: slot.stamp.getUTCDay() === 4 || rand.chance(0.3) ? rand.pick(PLANS) : '',
  }));
}

/** The generated submissions in time order with their amounts, deterministic for a given plan and options. */
export function generateFormRows(
  plan: DemoPlan,
  options: FormTabOptions,
): { rows: FormRow[]; mistakes: string[] } {
  const rand = seeded(options.seed);
  const slots =
    options.rows !== undefined
      ? randomSchedule(plan, rand, options.rows, plan.start, options.until)
      : weeklySchedule(plan, rand, options.asOf, options.until);
  const rows = blankRows(slots, rand);
  const messy = options.messy !== false;
  const used = new Set<FormRow>();
  const mistakes = messy ? plantMistakes(plan, rows, options.asOf, rand, used, options.viaForm) : [];
  const amounts = new Amounts(plan, rand);
  for (const r of rows) {
    amounts.fill(r);
    r.note ||= rand.pick(Object.keys(r.answers).length ? NOTES : IDLE_NOTES);
  }
  if (messy) pushAll(mistakes, plantRepeat(rows, options.asOf, rand, used));
  if (messy && options.viaForm) pushAll(mistakes, plantLowerTotal(plan, rows, options.asOf, rand, used));
  return { rows, mistakes };
}

/** The responses tab as a hand-made form leaves it (answers as typed text), deterministic for a given plan and options. */
export function generateFormTab(plan: DemoPlan, options: FormTabOptions): FormTab {
  const { rows, mistakes } = generateFormRows(plan, options);
  const instant = (wall: Date) => wallToInstant(wall, options.zone);
  const cell = (value: CellData['value'], numberFormat?: string): CellData | null =>
    value === '' || value === null ? null : numberFormat ? { value, numberFormat } : { value };
  const data: (CellData | null)[][] = [headerOf(plan).map((h) => ({ value: h, bold: true }))];
  for (const r of rows) {
    data.push([
      cell(instant(r.slot.stamp), 'dd/MM/yyyy HH:mm:ss'),
      cell(r.slot.email),
      cell(r.village ?? r.slot.village),
      r.reportDayText !== undefined
        ? cell(r.reportDayText, '@')
        : r.slot.reportDay
          ? cell(instant(r.slot.reportDay), 'dd/MM/yyyy')
          : null,
      ...plan.indicators.map((i) => {
        const v = r.answers[i.code];
        return v === undefined ? null : cell(v, typeof v === 'string' ? '@' : undefined);
      }),
      cell(r.photo),
      cell(r.note),
      cell(r.plan),
    ]);
  }
  return { sheet: { name: FORM_TAB, rows: data, frozenRows: 1 }, mistakes };
}
