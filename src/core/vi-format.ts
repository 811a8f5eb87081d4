// vi-VN number formatting for messages: dot groups thousands, comma marks decimals (3.200, 0,38, 464,5).

/**
 * Decimals that show a magnitude `a` below 1 with two significant digits (at least 2, at most 6), so a small
 * amount never reads 0: 0,15 km over 277 days is `0,00054`. 0 for `a` = 0.
 */
export function smallDecimals(a: number): number {
  return a > 0 ? Math.min(6, Math.max(2, 1 - Math.floor(Math.log10(a)))) : 0;
}

/** Formats `n` the vi-VN way with at most `maxDecimals` decimals, trailing zeros dropped. */
export function formatViNumber(n: number, maxDecimals = 6): string {
  if (!Number.isFinite(n)) return String(n);
  const digits = Math.max(0, Math.min(12, Math.floor(maxDecimals)));
  const fixed = Math.abs(n).toFixed(digits);
  const [whole, frac = ''] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const decimals = frac.replace(/0+$/, '');
  const negative = n < 0 && (/[1-9]/.test(whole) || /[1-9]/.test(decimals));
  return (negative ? '-' : '') + grouped + (decimals ? ',' + decimals : '');
}
