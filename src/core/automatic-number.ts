// How Sheets' automatic number format shows a number in the spreadsheet's locale (docs/validation.md, "Đọc sổ").

/**
 * The decimal mark the automatic format uses in `locale` (`vi_VN` → `,`, `en_US` → `.`), or null for a
 * locale whose mark is not known here: its numbers' texts are then read from the sheet.
 */
export function decimalMarkOf(locale: string): string | null {
  const lang = String(locale).replace('-', '_').split('_')[0].toLowerCase();
  if (lang === 'vi') return ',';
  if (lang === 'en') return '.';
  return null;
}

/** True for the number format Sheets calls automatic (no format set, or `General`). */
export function isAutomaticFormat(format: string): boolean {
  const f = format.trim();
  return f === '' || f.toLowerCase() === 'general';
}

/**
 * `n` as the automatic format shows it: a whole number below 10^15 in full, without grouping
 * (1500, 123456789012); otherwise up to 10 significant digits with the locale's decimal mark
 * (0,38); a number that would need an exponent with 3 significant digits (1E-7, 1,23E+20).
 */
export function automaticNumberText(n: number, decimalMark: string): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const s = String(Number(n.toPrecision(10)));
  if (s.includes('e')) {
    const [mant, exp] = Number(n.toPrecision(3)).toExponential().split('e');
    // toExponential always signs the exponent (1e+21, 1e-7).
    return `${mant.replace('.', decimalMark)}E${exp}`;
  }
  return s.replace('.', decimalMark);
}
