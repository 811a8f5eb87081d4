// Wall clock ↔ instant in a named zone: xlsx date cells hold wall-clock times, Sheets values are instants.
// A "wall" Date is one whose UTC fields spell the wall-clock time (that is how exceljs reads and writes date cells).

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when `timeZone` is an IANA zone name the platform knows. */
export function isTimeZone(timeZone: string): boolean {
  if (!timeZone || typeof timeZone !== 'string') return false;
  try {
    formatter(timeZone);
    return true;
  } catch (_e) {
    return false;
  }
}

/** Offset (wall − UTC) in ms of `timeZone` at instant `t`, exact to the second (old LMT offsets included). */
export function zoneOffsetMs(t: number, timeZone: string): number {
  const whole = Math.floor(t / 1000) * 1000;
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(whole))) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  const wall = Date.UTC(0, Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  const wallDate = new Date(wall);
  wallDate.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999
  return wallDate.getTime() - whole;
}

/**
 * The instant whose wall clock in `timeZone` is `wall` (a Date whose UTC fields are the wall time).
 * A repeated hour (clocks turned back) gives the earlier instant; a skipped hour is read with the offset before the jump.
 */
export function wallToInstant(wall: Date, timeZone: string): Date {
  const w = wall.getTime();
  const before = w - zoneOffsetMs(w - 86_400_000, timeZone);
  const after = w - zoneOffsetMs(w + 86_400_000, timeZone);
  const valid = [before, after].filter((t) => zoneOffsetMs(t, timeZone) === w - t).sort((a, b) => a - b);
  return new Date(valid.length ? valid[0] : before);
}

/** The wall clock in `timeZone` of instant `d`, as a Date whose UTC fields are that wall time. */
export function instantToWall(d: Date, timeZone: string): Date {
  const t = d.getTime();
  return new Date(t + zoneOffsetMs(t, timeZone));
}
