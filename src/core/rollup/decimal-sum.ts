// Sums of amounts people typed as decimals, exact to their finest decimal place (0,7 + 0,1 = 0,8, not 0,7999…).

/** Beyond this many decimal places a value is not treated as a typed decimal and sums are left as computed. */
const MAX_DECIMALS = 10;

/** Decimal places of values already seen: people type the same few decimals (0,1 … 0,9) again and again. */
const placesSeen = new Map<number, number>();
const PLACES_KEPT = 10_000;

/** Decimal places of the shortest form of `v` (`0.15` → 2, `1e-7` → 7, `3200` → 0). */
export function decimalPlaces(v: number): number {
  // A whole number has none, even one shown with an exponent (1e+21).
  if (Number.isInteger(v)) return 0;
  let places = placesSeen.get(v);
  if (places === undefined) {
    if (placesSeen.size >= PLACES_KEPT) placesSeen.clear();
    placesSeen.set(v, (places = placesNow(v)));
  }
  return places;
}

function placesNow(v: number): number {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(Math.abs(v)));
  if (!m) return Infinity;
  const fraction = m[2] ? m[2].length : 0;
  const exponent = m[3] ? Number(m[3]) : 0;
  return Math.max(0, fraction - exponent);
}

/**
 * The sum of `values`, rounded to the finest decimal place among them when that is at most
 * 10 places: the result is then the same number as the exact decimal sum typed as text.
 * Values with more places (computed plans such as 464,516…) are summed as they are.
 */
export function decimalSum(values: readonly number[]): number {
  let plain = 0;
  let places = 0;
  for (const v of values) {
    plain += v;
    places = Math.max(places, decimalPlaces(v));
  }
  return roundedSum(plain, places);
}

/** The end of `decimalSum`: `plain` (the values added in order) rounded to `places` (the finest of theirs) when that is exact. */
export function roundedSum(plain: number, places: number): number {
  if (!Number.isFinite(plain) || places > MAX_DECIMALS) return plain;
  const scale = 10 ** places;
  const scaled = plain * scale;
  if (Math.abs(scaled) >= 2 ** 52) return plain;
  return Math.round(scaled) / scale + 0;
}

/** a − b, exact for typed decimals (see `decimalSum`). */
export function decimalDifference(a: number, b: number): number {
  return decimalSum([a, -b]);
}
