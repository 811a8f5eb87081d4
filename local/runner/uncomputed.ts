// Formula cells saved without a computed result (by a program that does not calculate): in a tab people write, the runner
// cannot know their value (Sheets always has one), so it names them and stops rather than read them as blank.
import { OUTPUT_TABS } from '../../src/core/contract';
import { fold } from '../../src/core/text';
import type { UncomputedCell } from '../xlsx';

const key = (tab: string) => fold(tab).trim().toLowerCase();
const OUTPUTS = new Set(OUTPUT_TABS.map(key));
const SHOWN = 5;

/** The one-line refusal for the uncomputed formulas of the input tabs (tabs the add-on rebuilds are left out), or null. */
export function uncomputedProblem(cells: readonly UncomputedCell[]): string | null {
  const inputs = cells.filter((c) => !OUTPUTS.has(key(c.sheet)));
  if (inputs.length === 0) return null;
  const [first, ...rest] = inputs;
  const formula = first.formula.length > 60 ? `${first.formula.slice(0, 60)}…` : first.formula;
  const others = rest.length
    ? ` (cùng ${rest.length} ô công thức khác như vậy: ${rest
        .slice(0, SHOWN)
        .map((c) => `${c.sheet}!${c.cell}`)
        .join(', ')}${rest.length > SHOWN ? ', …' : ''})`
    : '';
  return (
    `${first.sheet}!${first.cell}: công thức ${formula} chưa có kết quả đã tính${others}; ` +
    'hãy mở tệp bằng Excel/LibreOffice/Google Sheets để tính rồi lưu lại, hoặc ghi số thay cho công thức. Không ghi tệp nào.'
  );
}
