// The mistakes real village leaders make, planted in a few generated rows so validation has something to find.
import type { Answer, FormRow } from './form-row';
import type { DemoPlan, PlanIndicator } from './plan-from-workbook';
import type { Rand } from './prng';

const COUNTED = ['vườn', 'cái', 'công trình', 'hộ'];

/** Picks rows up to `asOf`, each at most once. */
function picker(rows: FormRow[], asOf: Date, rand: Rand, used: Set<FormRow>) {
  const seen = rows.filter((r) => r.slot.stamp <= asOf);
  return (pred: (r: FormRow) => boolean = () => true): FormRow | undefined => {
    const pool = seen.filter((r) => !used.has(r) && pred(r));
    const row = pool.length ? rand.pick(pool) : undefined;
    if (row) used.add(row);
    return row;
  };
}

/**
 * Plants, before the amounts are generated, as many mistakes as there are rows up to `asOf` for (the
 * amounts then know which cells will not count); one line per planted mistake, for the demo's printout.
 * The rows picked are remembered in `used`, for {@link plantRepeat}.
 */
export function plantMistakes(plan: DemoPlan, rows: FormRow[], asOf: Date, rand: Rand, used = new Set<FormRow>()): string[] {
  const take = picker(rows, asOf, rand, used);
  const cumulative = (p: (i: PlanIndicator) => boolean) => plan.indicators.find((i) => i.kind === 'Cộng dồn' && p(i));
  const last = new Map(rows.filter((r) => r.slot.stamp <= asOf).map((r) => [r.slot.village, r]));
  /** Not its village's last row up to `asOf`: the work a mistake keeps out is reported again in the next one. */
  const followed = (r: FormRow) => last.get(r.slot.village) !== r;
  const has = (ind: PlanIndicator) => (r: FormRow) => !!ind.targets[r.slot.village] && followed(r);
  const planted: string[] = [];
  const set = (ind: PlanIndicator | undefined, value: Answer, amount: number | null, what: string, note?: string) => {
    const row = ind && take(has(ind));
    if (!row || !ind) return;
    row.planted = { ...row.planted, [ind.code]: { value, amount } };
    if (note) row.note = note;
    planted.push(`${row.slot.village}, [${ind.code}] = ${JSON.stringify(value)}: ${what}`);
  };
  const metres = cumulative((i) => i.unit === 'm');
  const counted = cumulative((i) => COUNTED.includes(i.unit));
  set(metres, '3.200', 3200, 'số kiểu Việt (3200), quá 150% chỉ tiêu của thôn');
  // Half a kilometre of hedge in one go: a mobilisation day, as the row's note says.
  set(metres, '0,5 km', 500, 'có đơn vị, đổi ra 500 m', 'Huy động đoàn viên thanh niên ra quân');
  set(counted, 'ba', null, 'số viết bằng chữ');
  set(counted, '2,5', null, 'không phải số nguyên');
  set(cumulative((i) => i !== metres), 30000, 30000, 'gõ nhầm, quá lớn');
  const early = take((r) => r.slot.reportDay !== null && r.slot.reportDay.getTime() - plan.start.getTime() < 7 * 86_400_000);
  if (early?.slot.reportDay) {
    const d = early.slot.reportDay;
    early.reportDayText = `${d.getUTCDate()}/${d.getUTCMonth() + 1}`;
    planted.push(`${early.slot.village}: Ngày báo cáo gõ "${early.reportDayText}" (không có năm)`);
  }
  const stranger = take(followed);
  if (stranger) {
    stranger.village = 'Thôn Mới';
    planted.push('Một dòng của thôn "Thôn Mới" (không có trong tab Thôn)');
  }
  const wrongMail = take();
  if (wrongMail) {
    wrongMail.slot = { ...wrongMail.slot, email: 'nguoinha.baocao@gmail.com' };
    planted.push(`${wrongMail.slot.village}: gửi từ địa chỉ không phải của thôn`);
  }
  return planted;
}

/** After the amounts: one row with answers, not picked before, sent again 3 minutes later. Its line, or none. */
export function plantRepeat(rows: FormRow[], asOf: Date, rand: Rand, used: Set<FormRow>): string[] {
  const twice = picker(rows, asOf, rand, used)((r) => Object.keys(r.answers).length > 0);
  if (!twice) return [];
  const copy: FormRow = { ...twice, answers: { ...twice.answers }, slot: { ...twice.slot, stamp: new Date(twice.slot.stamp.getTime() + 180_000) } };
  rows.splice(rows.indexOf(twice) + 1, 0, copy);
  return [`${twice.slot.village}: một báo cáo gửi hai lần (cách 3 phút)`];
}
