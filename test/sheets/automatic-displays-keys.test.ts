// Acceptance keys do not change when numbers under the automatic format are shown from their values instead of read as texts.
import { buildDemoWorkbook } from '../../local/demo/run-demo';
import { parseAsOf } from '../../local/runner/args';
import { findZoneSetting, wallToInstant } from '../../local/xlsx';
import type { WorkbookData } from '../../local/workbook-data';
import { readModel } from '../../src/core/model';
import type { TabData } from '../../src/core/types';
import { validate } from '../../src/core/validation';
import { asInstant } from '../../src/core/zone';
import { readAllTabs } from '../../src/sheets/tab-io';
import { installGlobals, removeGlobals } from '../local/runtime/install-globals';

afterEach(() => removeGlobals());

const AS_OF = '2023-12-28T14:00';
/** Numbers typed into every indicator column of added rows: negative, not whole, tiny, huge, and plain. */
const TYPED = [-5, 2.5, 1e-7, 123456789012, 0.38, -0.5, 1500];

/** The example workbook with rows whose indicator cells hold `TYPED` (automatic format), each a day after the first answer. */
function workbookWithNumbers(): WorkbookData {
  const { workbook } = buildDemoWorkbook({ rows: 2000, asOf: AS_OF, seed: 11 });
  const form = workbook.sheets.find((s) => s.rows[0]?.some((c) => c?.value === 'Dấu thời gian'))!;
  const header = form.rows[0].map((c) => String(c?.value ?? ''));
  const indicatorCols = header.flatMap((h, c) => (h.startsWith('[') ? [c] : []));
  const template = form.rows[1];
  const sent = (template[header.indexOf('Dấu thời gian')]!.value as Date).getTime();
  TYPED.forEach((n, i) => {
    const row = template.map((c) => (c ? { ...c } : null));
    row[header.indexOf('Dấu thời gian')] = {
      value: new Date(sent + (i + 1) * 86_400_000),
      numberFormat: 'dd/MM/yyyy HH:mm:ss',
    };
    row[header.indexOf('Ngày báo cáo')] = null;
    for (const c of indicatorCols) row[c] = { value: n };
    form.rows.push(row);
  });
  return workbook;
}

describe('accepted values stay accepted', () => {
  it('the keys of the example workbook are the same as when every display text was read', () => {
    const workbook = workbookWithNumbers();
    const zone = findZoneSetting(workbook).timeZone;
    const asOf = asInstant(wallToInstant(parseAsOf(AS_OF)!, zone).getTime());
    const rt = installGlobals({ workbook, timeZone: zone, now: () => asOf });
    // Before: every tab's display texts read whole with getDisplayValues.
    const before: TabData[] = rt.spreadsheet.getSheets().map((s) => {
      const range = s.getDataRange();
      return { name: s.getName(), values: range.getValues(), displays: range.getDisplayValues() };
    });
    const old = validate(readModel(before).model!, asOf, new Set());
    const acceptable = old.problems.filter((p) => p.acceptable);
    const accepted = new Set(acceptable.map((p) => p.key));
    // Warnings on cells holding numbers (shown by the automatic format) are among them.
    const onNumbers = acceptable.filter(
      (p) => p.column.startsWith('[') && /^-?[\d,]+(E[-+]\d+)?$/.test(p.value),
    );
    expect(new Set(onNumbers.map((p) => p.value))).toEqual(
      new Set(['-5', '2,5', '1E-7', '123456789012', '0,38', '-0,5', '1500']),
    );
    // After: the adapter's read, numbers of automatic-format columns shown from their values.
    const after = readModel(readAllTabs()).model!;
    const facts = (r: typeof old) => r.problems.map((p) => [p.row, p.column, p.value, p.key, p.accepted]);
    expect(facts(validate(after, asOf, new Set()))).toEqual(facts(old));
    // The officer's Đồng ý, given before, accepts the same problems after.
    const oldAccepted = validate(readModel(before).model!, asOf, accepted);
    const nowAccepted = validate(after, asOf, accepted);
    expect(facts(nowAccepted)).toEqual(facts(oldAccepted));
    const numberKeys = new Set(onNumbers.map((p) => p.key));
    expect(nowAccepted.problems.filter((p) => p.accepted && numberKeys.has(p.key)).length).toBeGreaterThan(5);
  }, 120_000);
});
