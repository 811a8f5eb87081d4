// Work still owed as a pace a person can act on: 56 m/ngày rather than 0,056 km/ngày; 3 hộ mỗi tuần rather than 0,4 hộ/ngày.
import { amountText } from './report-format';
import { withUnit } from '../unit-text';

/** Units that measure (a fraction of one makes sense); every other unit counts whole things (hộ, vườn, công trình…). */
const MEASURES = new Set([
  'm',
  'km',
  'm2',
  'm²',
  'm3',
  'm³',
  'ha',
  'kg',
  'tấn',
  'tan',
  'đồng',
  'dong',
  'lít',
  'lit',
  '%',
]);

const key = (unit: string) =>
  String(unit ?? '')
    .trim()
    .toLowerCase();

/** True when the unit counts whole things (a household, a garden): never written with a fraction. */
export function isCounted(unit: string): boolean {
  const u = key(unit);
  return u !== '' && !MEASURES.has(u);
}

/**
 * The pace for `perDay` (amount per day in `unit`): kilometres below 1 a day read in metres; a counted
 * unit is rounded up to whole things, per week when fewer than one a day (`3 hộ mỗi tuần`), or one in so many
 * weeks when fewer than one a week (`1 hộ trong 13 tuần`; `1 vườn mỗi tuần` when that is under two weeks);
 * never a fraction of a counted thing; '' when nothing is owed.
 */
export function paceText(perDay: number, unit: string): string {
  if (!Number.isFinite(perDay) || perDay <= 0) return '';
  let amount = perDay;
  let u = String(unit ?? '').trim();
  if (key(u) === 'km' && amount < 1) {
    amount *= 1000;
    u = 'm';
  }
  if (isCounted(u)) {
    if (amount >= 1) return `${withUnit(amountText(Math.ceil(amount - 1e-9)), u)}/ngày`;
    const perWeek = amount * 7;
    if (perWeek >= 1) return `${withUnit(amountText(Math.ceil(perWeek - 1e-9)), u)} mỗi tuần`;
    const weeks = Math.floor(1 / perWeek);
    // One in fewer than two weeks is still one every week (never "1 vườn trong 1 tuần").
    return weeks < 2 ? `${withUnit('1', u)} mỗi tuần` : `${withUnit('1', u)} trong ${amountText(weeks)} tuần`;
  }
  if (amount < 1) return `${withUnit(amountText(amount * 7), u)} mỗi tuần`;
  return `${withUnit(amountText(amount), u)}/ngày`;
}
