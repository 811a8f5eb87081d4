// Sheet.newChart(): an embedded chart is only recorded (ranges, type, position, options); nothing is drawn.
import { as, countCalls, type RuntimeContext } from './context';
import type { FakeRange } from './range';

type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type Range = GoogleAppsScript.Spreadsheet.Range;
type ChartType = GoogleAppsScript.Charts.ChartType;

export interface ChartSpec {
  type: string;
  ranges: FakeRange[];
  position: { row: number; col: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

const CHART_METHODS = ['getChartId', 'getNumHeaders', 'getOptions', 'getRanges', 'modify'] as const;

export class FakeChart implements Pick<Chart, (typeof CHART_METHODS)[number]> {
  constructor(
    readonly ctx: RuntimeContext,
    readonly spec: Readonly<ChartSpec>,
    readonly id: number,
  ) {}
  getChartId(): number {
    return this.id;
  }
  getNumHeaders(): number {
    return typeof this.spec.options.numHeaders === 'number' ? this.spec.options.numHeaders : -1;
  }
  getRanges(): Range[] {
    return as<Range[]>([...this.spec.ranges]);
  }
  /** The options set on the builder. */
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    const options = this.spec.options;
    return as<GoogleAppsScript.Charts.ChartOptions>({ get: (option: string) => options[option] ?? null });
  }
  modify(): Builder {
    return as<Builder>(
      new FakeChartBuilder(
        this.ctx,
        { ...this.spec, ranges: [...this.spec.ranges], options: { ...this.spec.options } },
        this.id,
      ),
    );
  }
}
countCalls(FakeChart, 'EmbeddedChart', CHART_METHODS);

const BUILDER_METHODS = [
  'addRange',
  'build',
  'clearRanges',
  'getChartType',
  'getRanges',
  'removeRange',
  'setChartType',
  'setNumHeaders',
  'setOption',
  'setPosition',
] as const;

export class FakeChartBuilder implements Pick<Builder, (typeof BUILDER_METHODS)[number]> {
  constructor(
    readonly ctx: RuntimeContext,
    private spec: ChartSpec = {
      type: 'COLUMN',
      ranges: [],
      position: { row: 1, col: 1, offsetX: 0, offsetY: 0 },
      options: {},
    },
    private readonly id?: number,
  ) {}
  private self(): Builder {
    return as<Builder>(this);
  }
  addRange(range: Range): Builder {
    this.spec.ranges.push(range as unknown as FakeRange);
    return this.self();
  }
  build(): Chart {
    return as<Chart>(
      new FakeChart(
        this.ctx,
        { ...this.spec, ranges: [...this.spec.ranges], options: { ...this.spec.options } },
        this.id ?? this.ctx.nextId(),
      ),
    );
  }
  clearRanges(): Builder {
    this.spec.ranges = [];
    return this.self();
  }
  getChartType(): ChartType {
    return this.spec.type as unknown as ChartType;
  }
  getRanges(): Range[] {
    return as<Range[]>([...this.spec.ranges]);
  }
  removeRange(range: Range): Builder {
    this.spec.ranges = this.spec.ranges.filter((r) => (r as unknown) !== range);
    return this.self();
  }
  setChartType(type: ChartType): Builder {
    this.spec.type = String(type);
    return this.self();
  }
  setNumHeaders(headers: number): Builder {
    this.spec.options.numHeaders = headers;
    return this.self();
  }
  setOption(option: string, value: unknown): Builder {
    this.spec.options[option] = value;
    return this.self();
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): Builder {
    this.spec.position = { row: anchorRowPos, col: anchorColPos, offsetX, offsetY };
    return this.self();
  }
}
countCalls(FakeChartBuilder, 'EmbeddedChartBuilder', BUILDER_METHODS);
