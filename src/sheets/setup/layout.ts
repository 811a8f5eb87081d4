// What set-up wants in each contract tab: the columns it adds when missing, a fresh header, and a note for each title.
import {
  CHECK_COLUMNS,
  HISTORY_COLUMNS,
  LOG_COLUMNS,
  REMINDER_COLUMNS,
  ROLLUP_COLUMNS,
  SETTINGS_COLUMNS,
  TAB,
  TARGET_COLUMNS,
  TARGET_EXTRA_COLUMNS,
  TARGET_VILLAGE_COLUMN_NOTE,
  VILLAGE_COLUMNS,
  titlesOf,
  type ColumnSpec,
  type TabName,
} from '../../core/contract';
import { headerKey } from '../../core/model';

export interface TabLayout {
  tab: TabName;
  /** Columns added at the end of the header row when no header matches them (forgivingly, aliases included). */
  required: readonly ColumnSpec[];
  /** Header of a fresh tab, before any village column. */
  fresh: readonly ColumnSpec[];
  /** Output tabs are rebuilt by the actions: set-up writes their header only when they are empty. */
  output: boolean;
}

const S = SETTINGS_COLUMNS;
const V = VILLAGE_COLUMNS;
const T = TARGET_COLUMNS;
const TARGET_FIXED = [T.code, T.name, T.unit, T.kind, T.start, T.due];

export const LAYOUTS: readonly TabLayout[] = [
  {
    tab: TAB.settings,
    required: [S.param, S.value, S.note],
    fresh: [S.param, S.value, S.note],
    output: false,
  },
  {
    tab: TAB.villages,
    required: [V.village, V.leader, V.email, V.households],
    fresh: [V.village, V.leader, V.email, V.households, V.phone, V.note],
    output: false,
  },
  {
    tab: TAB.targets,
    required: TARGET_FIXED,
    fresh: [...TARGET_FIXED, TARGET_EXTRA_COLUMNS[0]],
    output: false,
  },
  { tab: TAB.check, required: CHECK_COLUMNS, fresh: CHECK_COLUMNS, output: true },
  { tab: TAB.rollup, required: ROLLUP_COLUMNS, fresh: ROLLUP_COLUMNS, output: true },
  { tab: TAB.history, required: HISTORY_COLUMNS, fresh: HISTORY_COLUMNS, output: true },
  { tab: TAB.reminders, required: REMINDER_COLUMNS, fresh: REMINDER_COLUMNS, output: true },
  { tab: TAB.log, required: LOG_COLUMNS, fresh: LOG_COLUMNS, output: true },
];

export function layoutOf(tab: TabName): TabLayout {
  return LAYOUTS.find((l) => l.tab === tab)!;
}

/** Every column spec a tab's header cells may stand for (for their notes). */
function knownColumns(tab: TabName): readonly ColumnSpec[] {
  if (tab === TAB.villages) return Object.values(V);
  if (tab === TAB.targets) return [...TARGET_FIXED, ...TARGET_EXTRA_COLUMNS];
  return layoutOf(tab).fresh;
}

/**
 * The note set-up puts on a header cell titled `title` in `tab`, or undefined for a title it does not know.
 * In `Chỉ tiêu`, a title naming one of `villages` gets the village column note.
 */
export function headerNote(
  tab: TabName,
  title: string,
  villages: readonly string[] = [],
): string | undefined {
  const key = headerKey(title);
  if (key === '') return undefined;
  const spec = knownColumns(tab).find((c) => titlesOf(c).some((t) => headerKey(t) === key));
  if (spec) return spec.note;
  if (tab === TAB.targets && villages.some((v) => villageKey(v) === villageKey(title)))
    return TARGET_VILLAGE_COLUMN_NOTE;
  return undefined;
}

/** A village name's matching key: folded, without a leading "thôn" / "xóm" (as the model matches them). */
export function villageKey(name: string): string {
  return headerKey(name).replace(/^(thon|xom)\s+/, '');
}

/** True when `title` is a fixed or extra column of `Chỉ tiêu` (it can never be a village column). */
export function isTargetFixedTitle(title: string): boolean {
  const key = headerKey(title);
  return [...TARGET_FIXED, ...TARGET_EXTRA_COLUMNS].some((c) =>
    titlesOf(c).some((t) => headerKey(t) === key),
  );
}
