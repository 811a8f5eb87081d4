// The one wall-clock helper of local/: instants <-> wall-clock times in a zone ("wall ms" = the wall time read as if UTC).
import { minOf } from '../../src/core/lists';

export const DAY_MS = 86400000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** True when `zone` is a time zone Intl knows. */
export function isZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone === '') return false;
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

function exactWall(ms: number, zone: string): number {
  const secs = Math.floor(ms / 1000) * 1000;
  const parts = formatter(zone).formatToParts(new Date(secs));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  let year = get('year');
  if (parts.find((p) => p.type === 'era')?.value === 'BC') year = 1 - year;
  const d = new Date(0);
  d.setUTCFullYear(year, get('month') - 1, get('day'));
  d.setUTCHours(get('hour'), get('minute'), get('second'), 0);
  return d.getTime() + (ms - secs);
}

const BUCKET = 60 * 60000;
/** Offsets by zone and hour, kept only where the offset is the same at both ends of the bucket. */
const offsets = new Map<string, Map<number, number | null>>();

/** The wall clock of instant `ms` in `zone`, as ms of that wall time read as UTC. */
export function toWall(ms: number, zone: string): number {
  let byZone = offsets.get(zone);
  if (!byZone) offsets.set(zone, (byZone = new Map()));
  const bucket = Math.floor(ms / BUCKET);
  let off = byZone.get(bucket);
  if (off === undefined) {
    const start = bucket * BUCKET;
    const a = exactWall(start, zone) - start;
    const b = exactWall(start + BUCKET - 1000, zone) - (start + BUCKET - 1000);
    off = a === b ? a : null;
    if (byZone.size > 100000) byZone.clear();
    byZone.set(bucket, off);
  }
  return off === null ? exactWall(ms, zone) : ms + off;
}

/**
 * The instant whose wall clock in `zone` is `wall`: of the offsets a day before and a day after, the one that
 * gives back `wall`; the earlier instant for a repeated wall time (clocks turned back), and for a skipped one
 * (clocks turned forward) the offset before the jump, which maps it forward.
 */
export function fromWall(wall: number, zone: string): number {
  const offsetAt = (t: number) => toWall(t, zone) - t;
  const before = wall - offsetAt(wall - DAY_MS);
  const after = wall - offsetAt(wall + DAY_MS);
  const valid = [before, after].filter((t) => toWall(t, zone) === wall);
  return valid.length ? minOf(valid) : before;
}

/** Calendar fields of a wall time. */
export function wallFields(wall: number): {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  ms: number;
  dow: number;
} {
  const x = new Date(wall);
  return {
    y: x.getUTCFullYear(),
    mo: x.getUTCMonth() + 1,
    d: x.getUTCDate(),
    h: x.getUTCHours(),
    mi: x.getUTCMinutes(),
    s: x.getUTCSeconds(),
    ms: x.getUTCMilliseconds(),
    dow: x.getUTCDay(),
  };
}

/** Wall time of a civil date and clock; null when the date does not exist (31/02). */
export function wallOf(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const x = new Date(0);
  x.setUTCFullYear(y, mo - 1, d);
  x.setUTCHours(h, mi, s, 0);
  if (x.getUTCMonth() !== mo - 1) return null;
  return x.getTime();
}

/** Sheets serial number (days since 30/12/1899) of a wall time, and back. */
export const SERIAL_EPOCH_WALL = -2209161600000;
export function serialOfWall(wall: number): number {
  return (wall - SERIAL_EPOCH_WALL) / DAY_MS;
}
export function wallOfSerial(serial: number): number {
  return Math.round(serial * DAY_MS) + SERIAL_EPOCH_WALL;
}
