// Marks on offending cells, pure: the add-on's note (first paragraph, starting `NTM: `) and colour for a cell's problems.
import type { Level } from '../../core/types';

export const ERROR_COLOR = '#f4cccc';
export const WARNING_COLOR = '#fff2cc';
/** Every note the add-on writes starts with this; it is how a later run knows the mark is its own. */
export const NOTE_PREFIX = 'NTM: ';

export interface CellProblem {
  level: Level;
  message: string;
  accepted: boolean;
}

/** What one cell should show: the note lines and the colour (null when every problem is accepted). */
export interface Mark {
  lines: string[];
  color: string | null;
}

export function markOf(problems: readonly CellProblem[]): Mark {
  const open = problems.filter((p) => !p.accepted);
  const color = open.some((p) => p.level === 'Lỗi') ? ERROR_COLOR : open.length ? WARNING_COLOR : null;
  const lines = problems.map(
    (p) => `${p.level}: ${p.message.replace(/\s*\n\s*/g, ' ')}${p.accepted ? ' (cán bộ đã xác nhận)' : ''}`,
  );
  return { lines: [...new Set(lines)], color };
}

/** A note split into the add-on's part and the person's: the add-on's is the first paragraph of a note starting `NTM: `. */
export function splitNote(note: string): { ours: boolean; theirs: string } {
  if (!note.startsWith(NOTE_PREFIX)) return { ours: false, theirs: note };
  const gap = note.indexOf('\n\n');
  return { ours: true, theirs: gap < 0 ? '' : note.slice(gap + 2) };
}

export function composeNote(mark: Mark, theirs: string): string {
  const ours = NOTE_PREFIX + mark.lines.join('\n');
  return theirs ? `${ours}\n\n${theirs}` : ours;
}

/** True for "no background" as getBackgrounds reports it (white). */
export function isNone(bg: string): boolean {
  const b = bg.trim().toLowerCase();
  return b === '' || b === '#ffffff' || b === 'white';
}
