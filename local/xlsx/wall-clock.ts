// Wall clock ↔ instant for xlsx date cells, as Dates whose UTC fields spell the wall time (how exceljs reads and writes them).
// The zone arithmetic is the runtime's (local/runtime/zone.ts): one helper for all of local/.
import { fromWall, isZone, toWall } from '../runtime/zone';

/** True when `timeZone` is an IANA zone name the platform knows. */
export function isTimeZone(timeZone: string): boolean {
  return isZone(timeZone);
}

/** Offset (wall − UTC) in ms of `timeZone` at instant `t`, exact to the second (old LMT offsets included). */
export function zoneOffsetMs(t: number, timeZone: string): number {
  return toWall(t, timeZone) - t;
}

/** The instant whose wall clock in `timeZone` is `wall`: a repeated hour gives the earlier instant, a skipped one maps forward. */
export function wallToInstant(wall: Date, timeZone: string): Date {
  return new Date(fromWall(wall.getTime(), timeZone));
}

/** The wall clock in `timeZone` of instant `d`. */
export function instantToWall(d: Date, timeZone: string): Date {
  return new Date(toWall(d.getTime(), timeZone));
}
