// What one marked cell becomes, pure: the look a mark paints over the person's own look, and the person's look recovered from the record.
import { composeNote, isNone, splitNote, ERROR_COLOR, WARNING_COLOR, type Mark } from './marks';

/** A cell's background (`null` = none, else lower-case) and note. */
export interface Look {
  background: string | null;
  note: string;
}

/** One cell the add-on marked: the person's look before, and what the add-on wrote (background `null`: it left the person's). */
export interface MarkEntry {
  tab: string;
  row: number;
  col: number;
  before: Look;
  painted: Look;
  /** The fingerprint of the row's values when marked (src/sheets/check/mark-rows.ts); '' when unknown. */
  key?: string;
}

/** A background as getBackgrounds reports it, as a Look keeps it. */
export function colorOf(bg: string | null | undefined): string | null {
  return bg === null || bg === undefined || isNone(bg) ? null : bg.trim().toLowerCase();
}

export function sameLook(a: Look, b: Look): boolean {
  return a.background === b.background && a.note === b.note;
}

/**
 * The look `mark` gives a cell whose own look is `own`: the add-on's note above the person's, and
 * the mark's colour only where the person set none. `painted` is what the record keeps.
 */
export function paint(own: Look, mark: Mark): { look: Look; painted: Look } {
  const colour = own.background === null ? mark.color : null;
  const note = composeNote(mark, own.note);
  return {
    look: { background: colour ?? own.background, note },
    painted: { background: colour, note },
  };
}

/** True when marking again would write exactly what the record says the cell holds (nothing to read or write). */
export function repaintsSame(entry: MarkEntry, mark: Mark): boolean {
  return sameLook(paint(entry.before, mark).painted, entry.painted);
}

/**
 * The person's own look of a recorded cell that shows `now`: what they had before the add-on
 * marked it, except what they changed since. A background other than the one the add-on left is
 * theirs; a note other than the one it wrote is theirs, less the add-on's paragraph if still on top.
 */
export function ownLook(now: Look, entry: MarkEntry): Look {
  const expected = entry.painted.background ?? entry.before.background;
  const background = now.background === expected ? entry.before.background : now.background;
  if (now.note === entry.painted.note) return { background, note: entry.before.note };
  const split = splitNote(now.note);
  return { background, note: split.ours ? split.theirs : now.note };
}

function isOurColour(bg: string | null): boolean {
  return bg === ERROR_COLOR || bg === WARNING_COLOR;
}

/**
 * A mark made before the record existed (the note starts `NTM: `), as a record entry: the person's
 * note is the rest of the note, and the background is the add-on's when it is one of its colours.
 */
export function adoptedEntry(tab: string, row: number, col: number, now: Look): MarkEntry | null {
  const split = splitNote(now.note);
  if (!split.ours) return null;
  const ours = isOurColour(now.background);
  return {
    tab,
    row,
    col,
    before: { background: ours ? null : now.background, note: split.theirs },
    painted: { background: ours ? now.background : null, note: now.note },
  };
}
