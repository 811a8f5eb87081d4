// Runs one custom function over its arguments (docs/functions.md): pairs ranges and single values, keeps blanks blank.
// Any bad input becomes one Error whose Vietnamese message names the function, the argument and, for a range,
// the element (`ô thứ 3 (dòng 3, cột 1)`), so Sheets shows #ERROR! with it.
import { errorText } from '../error-text';
import { isBlank } from '../text';
import type { CellValue, Parsed } from '../types';
import { cellAt, commonShape, gridOf, isSingle, positionText, type GridArg, type Shape } from './grid';

export interface FunctionContext {
  /** The spreadsheet's zone: Date cells and dates typed as text are read in it. */
  timeZone: string;
}

/** One parameter: `T` is what `read` gives for a non-blank element; `O` whether blank means "the default". */
export interface ParamDef<T = unknown, O extends boolean = boolean> {
  /** The formula's parameter name (`target`). */
  name: string;
  /** What it is, in Vietnamese (`chỉ tiêu`). */
  label: string;
  /** Blank or omitted means "use the default" instead of a blank result. */
  optional?: O;
  /** Reads one non-blank element. */
  read(v: CellValue, ctx: FunctionContext): Parsed<T>;
}

/** What `compute` gets for parameters `P`: each one's read value, `undefined` for a blank optional one. */
export type ParamValues<P extends readonly ParamDef[]> = {
  readonly [K in keyof P]: P[K] extends ParamDef<infer T, infer O>
    ? [O] extends [true]
      ? T | undefined
      : T
    : never;
};

/** One result cell: a number, a Date, or '' (blank). */
export type Output = number | Date | string;

export interface FunctionDef<P extends readonly ParamDef[] = readonly ParamDef[]> {
  name: string;
  params: P;
  /** One element from its read inputs (undefined for a blank optional one). May throw an ElementProblem. */
  compute(values: ParamValues<P>, ctx: FunctionContext): Output;
}

/** A definition whose `compute` is typed by its parameters, so it needs no cast. */
export function defineFunction<const P extends readonly ParamDef[]>(def: FunctionDef<P>): FunctionDef<P> {
  return def;
}

/** A problem of one element, optionally pinned on the parameter (by index) that caused it. */
export class ElementProblem extends Error {
  constructor(
    message: string,
    readonly param: number | null = null,
  ) {
    super(message);
    this.name = 'ElementProblem';
  }
}

type Read = { blank: true } | Parsed<unknown>;
const BLANK: Read = { blank: true };

function argLabel(def: FunctionDef, index: number): string {
  const p = def.params[index];
  return `${p.name} (${p.label})`;
}

/** Whether a message names the parameter: always, unless it is the only required one. */
function namesParam(def: FunctionDef, index: number): boolean {
  return def.params.filter((p) => !p.optional).length > 1 || def.params[index].optional === true;
}

function fail(def: FunctionDef, message: string, where: string[]): never {
  throw new Error(`${def.name}: ${where.length ? `${where.join(', ')}: ` : ''}${message}`);
}

/** Reads element (row, col) of parameter `i`; a single value is read once and reused. */
function readerOf(
  def: FunctionDef,
  i: number,
  grid: GridArg,
  ctx: FunctionContext,
): (row: number, col: number) => Read {
  const read = (v: unknown): Read => (isBlank(v) ? BLANK : def.params[i].read(v as CellValue, ctx));
  if (!isSingle(grid)) return (row, col) => read(cellAt(grid, row, col));
  let once: Read | null = null;
  return () => (once ??= read(cellAt(grid, 0, 0)));
}

/** Runs `def` over `args` as a formula would: a single result, or a 2-D array of the ranges' shape. */
export function runFunction(
  def: FunctionDef,
  args: readonly unknown[],
  ctx: FunctionContext,
): Output | Output[][] {
  const names = def.params.map((_, i) => argLabel(def, i));
  if (args.length > def.params.length) {
    fail(
      def,
      `nhận tối đa ${def.params.length} đối số (${def.params.map((p) => p.name).join(', ')}), đang có ${args.length}`,
      [],
    );
  }
  def.params.forEach((p, i) => {
    if (!p.optional && args[i] === undefined) {
      fail(
        def,
        `thiếu đối số ${names[i]}; hãy viết =${def.name}(${def.params.map((q) => q.name).join('; ')})`,
        [],
      );
    }
  });
  let grids: GridArg[];
  let shape: Shape | null;
  try {
    grids = def.params.map((_, i) => gridOf(args[i], names[i]));
    shape = commonShape(grids, names);
  } catch (e) {
    return fail(def, errorText(e), []);
  }
  const readers = grids.map((g, i) => readerOf(def, i, g, ctx));
  const out = shape ?? { rows: 1, cols: 1 };
  const element = (row: number, col: number): Output => {
    const where = (param: number | null): string[] => [
      ...(param !== null && namesParam(def, param) ? [names[param]] : []),
      ...(shape !== null && (param === null || !isSingle(grids[param])) ? [positionText(row, col, out)] : []),
    ];
    const values: unknown[] = [];
    let blank = false;
    for (let i = 0; i < readers.length; i++) {
      const r = readers[i](row, col);
      if ('blank' in r) {
        if (!def.params[i].optional) blank = true;
        values.push(undefined);
      } else if (!r.ok) {
        fail(def, r.message, where(i));
      } else values.push(r.value);
    }
    if (blank) return '';
    try {
      // Each value came from its parameter's `read` (or is undefined for a blank optional one): ParamValues<P>.
      return def.compute(values as ParamValues<readonly ParamDef[]>, ctx);
    } catch (e) {
      const param = e instanceof ElementProblem ? e.param : null;
      return fail(def, errorText(e), where(param));
    }
  };
  if (shape === null) return element(0, 0);
  const result: Output[][] = [];
  for (let r = 0; r < out.rows; r++) {
    const line: Output[] = [];
    for (let c = 0; c < out.cols; c++) line.push(element(r, c));
    result.push(line);
  }
  return result;
}
