// How figures read in the weekly report: vi-VN amounts with sensible decimals, percentages like 44,1%, đồng without decimals.
import { formatViNumber, smallDecimals } from '../vi-format';

/**
 * An amount: one decimal from 10 up (464,5), two from 1 up (2,25); below 1 two significant digits
 * (up to 6 decimals), so work still owed never reads 0: 0,15 km over 277 days is `0,00054`, not `0`.
 */
export function amountText(n: number): string {
  if (!Number.isFinite(n)) return '';
  const a = Math.abs(n);
  const decimals = a >= 10 ? 1 : a >= 1 ? 2 : smallDecimals(a);
  return formatViNumber(n, decimals);
}

/** A fraction as a percentage with one decimal: 0.4409 → `44,1%`. */
export function percentText(fraction: number): string {
  if (!Number.isFinite(fraction)) return '';
  return `${formatViNumber(fraction * 100, 1)}%`;
}

/** Money in đồng, whole: 3000000 → `3.000.000`. */
export function dongText(n: number): string {
  return Number.isFinite(n) ? formatViNumber(n, 0) : '';
}

/** `ngày 30 tháng 03 năm 2023` parts. */
export function longDate(ymd: { year: number; month: number; day: number }): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `ngày ${p(ymd.day)} tháng ${p(ymd.month)} năm ${ymd.year}`;
}
