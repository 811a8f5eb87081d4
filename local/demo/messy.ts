// The mistakes real village leaders make, planted in a few generated rows so validation has something to find.
import type { Answer } from './amounts';
import type { DemoPlan, PlanIndicator } from './plan-from-workbook';
import type { Rand } from './prng';
import type { Slot } from './schedule';

export interface FormRow {
  slot: Slot;
  answers: Record<string, Answer>;
  photo: string;
  note: string;
  plan: string;
  /** Text typed into `Ngày báo cáo` instead of a date (e.g. `16/3`). */
  reportDayText?: string;
  /** Village written in the row (an unknown one for the planted mistake). */
  village?: string;
}

const COUNTED = ['vườn', 'cái', 'công trình', 'hộ'];

/** Plants as many mistakes as there are rows up to `asOf` for; one line per planted mistake, for the demo's printout. */
export function plantMistakes(plan: DemoPlan, rows: FormRow[], asOf: Date, rand: Rand): string[] {
  const seen = rows.filter((r) => r.slot.stamp <= asOf);
  const used = new Set<FormRow>();
  const take = (pred: (r: FormRow) => boolean = () => true): FormRow | undefined => {
    const pool = seen.filter((r) => !used.has(r) && pred(r));
    const row = pool.length ? rand.pick(pool) : undefined;
    if (row) used.add(row);
    return row;
  };
  const cumulative = (p: (i: PlanIndicator) => boolean) => plan.indicators.find((i) => i.kind === 'Cộng dồn' && p(i));
  const has = (ind: PlanIndicator) => (r: FormRow) => !!ind.targets[r.slot.village];
  const planted: string[] = [];
  const set = (ind: PlanIndicator | undefined, value: Answer, what: string) => {
    const row = ind && take(has(ind));
    if (!row || !ind) return;
    row.answers[ind.code] = value;
    planted.push(`${row.slot.village}, [${ind.code}] = ${JSON.stringify(value)}: ${what}`);
  };
  const metres = cumulative((i) => i.unit === 'm');
  const counted = cumulative((i) => COUNTED.includes(i.unit));
  set(metres, '3.200', 'số kiểu Việt (3200), quá 150% chỉ tiêu của thôn');
  set(metres, '0,5 km', 'có đơn vị, đổi ra 500 m');
  set(counted, 'ba', 'số viết bằng chữ');
  set(counted, '2,5', 'không phải số nguyên');
  set(cumulative((i) => i !== metres), 30000, 'gõ nhầm, quá lớn');
  const early = take((r) => r.slot.reportDay !== null && r.slot.reportDay.getTime() - plan.start.getTime() < 7 * 86_400_000);
  if (early?.slot.reportDay) {
    const d = early.slot.reportDay;
    early.reportDayText = `${d.getUTCDate()}/${d.getUTCMonth() + 1}`;
    planted.push(`${early.slot.village}: Ngày báo cáo gõ "${early.reportDayText}" (không có năm)`);
  }
  const stranger = take();
  if (stranger) {
    stranger.village = 'Thôn Mới';
    planted.push('Một dòng của thôn "Thôn Mới" (không có trong tab Thôn)');
  }
  const wrongMail = take();
  if (wrongMail) {
    wrongMail.slot = { ...wrongMail.slot, email: 'nguoinha.baocao@gmail.com' };
    planted.push(`${wrongMail.slot.village}: gửi từ địa chỉ không phải của thôn`);
  }
  const twice = take((r) => Object.keys(r.answers).length > 0);
  if (twice) {
    const copy: FormRow = { ...twice, answers: { ...twice.answers }, slot: { ...twice.slot, stamp: new Date(twice.slot.stamp.getTime() + 180_000) } };
    rows.splice(rows.indexOf(twice) + 1, 0, copy);
    planted.push(`${twice.slot.village}: một báo cáo gửi hai lần (cách 3 phút)`);
  }
  return planted;
}
