// Where everything sits on `Tổng hợp`: title rows, the two tables, the NQ 44 block and the chart data, as one grid (pure).
import {
  campaignNote,
  CHART_HEADERS,
  COMMUNE,
  ROLLUP_HEADERS,
  SCORE_HEADERS,
  chartRows,
  rollupTableRows,
  scoreTableRows,
  supportTableRows,
  weekNote,
  type Rollup,
} from '../../core/rollup';
import type { CellValue } from '../../core/types';
import { weekLabel } from '../../core/weeks';
import { formatInstant } from '../../core/zone';
import {
  LINE_FORMATS,
  PERCENT,
  SCORE_FORMATS,
  TEXT,
  amountFormat,
  blockFormats,
  DONG,
  type ColumnFormat,
} from './formats';
import { pushAll } from '../../core/lists';

/** A rectangle of the sheet, 1-based. */
export interface Area {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export interface RollupSheet {
  /** The whole grid from A1, rectangular: written with one setValues. */
  values: CellValue[][];
  formats: string[][];
  weights: ('bold' | 'normal')[][];
  backgrounds: (string | null)[][];
  /** Cells of `Trạng thái` (village and `Toàn xã` lines), `Báo cáo tuần` and `Đánh giá`: coloured by rules. */
  status: Area | null;
  weekReport: Area | null;
  verdict: Area | null;
  /** The chart's data (header row included), or null when no village has a target. */
  chartData: Area | null;
  /** Top-left cell of the chart: beside its data, right of the column after it. */
  chartAnchor: { row: number; col: number };
  /** Rows to freeze: the title rows, the blank row and the first table's header. */
  frozenRows: number;
}

export const HEADER_BACKGROUND = '#d9e2f3';
export const COMMUNE_BACKGROUND = '#f3f3f3';
export const CHART_TITLE = 'Tỷ lệ thực hiện và kế hoạch đến nay của từng thôn';
const SUPPORT_FORMATS: readonly ColumnFormat[] = [
  TEXT,
  amountFormat,
  amountFormat,
  DONG,
  amountFormat,
  amountFormat,
];
const CHART_FORMATS: readonly ColumnFormat[] = [TEXT, PERCENT, PERCENT];

/**
 * The title rows: commune, week, as-of time and the week's deadline, then a line saying the week has
 * closed (when it has) and a warning when the week is outside the campaign.
 */
export function titleRows(r: Rollup): CellValue[][] {
  const notes = [weekNote(r), campaignNote(r)].filter((n) => n !== '');
  return [
    [`Báo cáo tiến độ xây dựng nông thôn mới — xã ${r.communeName}`],
    [weekLabel(r.week)],
    [
      `Số liệu tính đến ${formatInstant(r.asOf, r.timeZone)} · hạn nộp báo cáo tuần: ${formatInstant(r.weekDeadline, r.timeZone)}`,
    ],
    ...notes.map((n) => [n]),
  ];
}

/** Lays the rollup out from A1; each block after one blank row. */
export function rollupSheet(r: Rollup): RollupSheet {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const weights: ('bold' | 'normal')[][] = [];
  const backgrounds: (string | null)[][] = [];
  /** Adds rows; returns the 1-based row of the first. */
  const add = (
    rows: CellValue[][],
    columns: readonly ColumnFormat[],
    style: (i: number) => { bold?: boolean; background?: string | null } = () => ({}),
  ): number => {
    const first = values.length + 1;
    const f = blockFormats(rows, columns);
    rows.forEach((row, i) => {
      const s = style(i);
      values.push([...row]);
      formats.push(f[i]);
      weights.push(row.map(() => (s.bold ? 'bold' : 'normal')));
      backgrounds.push(row.map(() => s.background ?? null));
    });
    return first;
  };
  const blank = () => add([[]], []);
  const header = { bold: true, background: HEADER_BACKGROUND };

  add(titleRows(r), [], (i) => ({ bold: i < 2 }));
  blank();
  const lines = rollupTableRows(r);
  const linesAt = add([[...ROLLUP_HEADERS], ...lines], LINE_FORMATS, (i) =>
    i === 0 ? header : lines[i - 1][0] === COMMUNE ? { bold: true, background: COMMUNE_BACKGROUND } : {},
  );
  blank();
  const scores = scoreTableRows(r);
  const scoresAt = add([[...SCORE_HEADERS], ...scores], SCORE_FORMATS, (i) => (i === 0 ? header : {}));
  blank();
  const support = supportTableRows(r.support);
  const total = support.length - 1;
  add(support, SUPPORT_FORMATS, (i) =>
    !r.support.present
      ? {}
      : i === 0
        ? { bold: true }
        : i === 1
          ? header
          : i === total
            ? { bold: true, background: COMMUNE_BACKGROUND }
            : {},
  );
  const chart = chartRows(r);
  let chartAt = 0;
  if (chart.length) {
    blank();
    add([[`Biểu đồ: ${CHART_TITLE} (trung bình các chỉ tiêu của thôn; tỷ lệ tính tối đa 100%)`]], [], () => ({
      bold: true,
    }));
    chartAt = add([[...CHART_HEADERS], ...chart], CHART_FORMATS, (i) => (i === 0 ? header : {}));
  }

  const width = values.reduce((m, row) => Math.max(m, row.length), 1);
  const pad = <T>(grid: T[][], fill: T) =>
    grid.forEach((row) => pushAll(row, new Array<T>(width - row.length).fill(fill)));
  pad(values, '');
  pad(formats, TEXT);
  pad(weights, 'normal');
  pad(backgrounds, null);

  const column = (at: number, index: number, numRows: number): Area | null =>
    numRows > 0 ? { row: at + 1, col: index + 1, numRows, numCols: 1 } : null;
  return {
    values,
    formats,
    weights,
    backgrounds,
    status: column(linesAt, ROLLUP_HEADERS.indexOf('Trạng thái'), lines.length),
    weekReport: column(scoresAt, SCORE_HEADERS.indexOf('Báo cáo tuần'), scores.length),
    verdict: column(scoresAt, SCORE_HEADERS.indexOf('Đánh giá'), scores.length),
    chartData: chartAt
      ? { row: chartAt, col: 1, numRows: chart.length + 1, numCols: CHART_HEADERS.length }
      : null,
    chartAnchor: { row: chartAt || values.length, col: CHART_HEADERS.length + 2 },
    frozenRows: linesAt,
  };
}
