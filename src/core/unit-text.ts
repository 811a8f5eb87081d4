// An indicator's unit (`ĐVT`) beside a name or an amount: nothing at all when it is blank, never `()` or a stray space.

/** ` (m)` to follow a name, or '' when the unit is blank. */
export function unitInParens(unit: string): string {
  const u = String(unit ?? '').trim();
  return u ? ` (${u})` : '';
}

/** `464,5 m`, or `464,5` when the unit is blank. */
export function withUnit(amount: string, unit: string): string {
  const u = String(unit ?? '').trim();
  return u ? `${amount} ${u}` : amount;
}
