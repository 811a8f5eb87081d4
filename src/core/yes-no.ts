// Yes/no answers of Đạt/Chưa indicators: Đạt/Có/x/1/TRUE and Chưa/Không/0/FALSE.
import type { CellValue, Parsed } from './types';

export function parseYesNo(v: CellValue): Parsed<boolean> {
  throw new Error('chưa làm');
}
