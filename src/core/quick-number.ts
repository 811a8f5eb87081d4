// The common shapes of a vi-VN number typed as text (125, 0,5, 3.200, 1.234.567) read by one scan, without the full parser's patterns.

const ZERO = 48;
const NINE = 57;
const DOT = 46;
const COMMA = 44;

function isDigit(c: number): boolean {
  return c >= ZERO && c <= NINE;
}

/**
 * The number `text` (already trimmed) stands for when it has one of the plain shapes: digits only
 * (`125`), digits with one decimal comma (`0,5`, `,5`), or a first group of 1–3 digits not starting
 * with 0 followed by dot-grouped thousands (`3.200`, `1.234.567`). NaN for anything else, which
 * the full parser (`parseViNumberText`) reads with the same result for these shapes.
 */
export function quickViNumber(text: string): number {
  const n = text.length;
  if (n === 0 || n > 15) return NaN;
  // At most 15 digits: the whole number read so far is exact, and one division by a power of ten
  // rounds the decimal once, as Number() of the same digits does.
  let whole = 0;
  let i = 0;
  for (let c = text.charCodeAt(0); i < n && isDigit(c); c = text.charCodeAt(++i))
    whole = whole * 10 + (c - ZERO);
  if (i === n) return whole;
  const c = text.charCodeAt(i);
  if (c === COMMA) {
    let j = i + 1;
    let scale = 1;
    for (let d = text.charCodeAt(j); j < n && isDigit(d); d = text.charCodeAt(++j)) {
      whole = whole * 10 + (d - ZERO);
      scale *= 10;
    }
    if (j !== n || j === i + 1) return NaN;
    return whole / scale;
  }
  if (c !== DOT || i === 0 || i > 3 || text.charCodeAt(0) === ZERO) return NaN;
  // Groups of exactly three digits after each dot, to the end.
  let j = i;
  while (j < n) {
    if (text.charCodeAt(j) !== DOT || j + 4 > n) return NaN;
    for (let k = j + 1; k <= j + 3; k++) {
      const d = text.charCodeAt(k);
      if (!isDigit(d)) return NaN;
      whole = whole * 10 + (d - ZERO);
    }
    j += 4;
  }
  return whole;
}
