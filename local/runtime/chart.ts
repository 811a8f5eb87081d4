// Sheet.newChart(): an embedded chart is only recorded (ranges, type, position, options); nothing is drawn.
import { as, countCalls, type RuntimeContext } from './context';
import { ChartType as CHART_TYPES } from './enums';
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
    return as<GoogleAppsScript.Charts.ChartOptions>(new FakeChartOptions(this.ctx, this.spec.options));
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

/** What chart.getOptions() returns: an option set on the builder by name, null when it was never set. */
export class FakeChartOptions implements Pick<GoogleAppsScript.Charts.ChartOptions, 'get'> {
  constructor(
    readonly ctx: RuntimeContext,
    private readonly options: Readonly<Record<string, unknown>>,
  ) {}
  get(option: string): unknown {
    return this.options[option] ?? null;
  }
}
countCalls(FakeChartOptions, 'ChartOptions', ['get']);

/** The `Charts` service: only its `ChartType` enum is used (Sheets charts are built with sheet.newChart()). */
export class FakeCharts implements Pick<GoogleAppsScript.Charts.Charts, 'ChartType'> {
  readonly ChartType = CHART_TYPES;
}

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
