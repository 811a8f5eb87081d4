// SpreadsheetApp: the active spreadsheet, its Ui, the rule builders and the enums scripts read.
import { FakeConditionalFormatRuleBuilder } from './conditional-format';
import { as, countCalls, type RuntimeContext } from './context';
import { FakeDataValidationBuilder } from './data-validation';
import {
  BooleanCriteria,
  BorderStyle,
  DataValidationCriteria,
  Dimension,
  ProtectionType,
  WrapStrategy,
} from './enums';
import type { FakeSpreadsheet } from './spreadsheet';
import { FakeRichTextValueBuilder } from './rich-text';
import { FakeUi } from './ui';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const METHODS = [
  'flush',
  'getActive',
  'getActiveSheet',
  'getActiveSpreadsheet',
  'getUi',
  'newConditionalFormatRule',
  'newDataValidation',
  'newRichTextValue',
  'openById',
] as const;
type EnumName =
  | 'BooleanCriteria'
  | 'BorderStyle'
  | 'DataValidationCriteria'
  | 'Dimension'
  | 'ProtectionType'
  | 'WrapStrategy';

export class FakeSpreadsheetApp implements Pick<App, (typeof METHODS)[number] | EnumName> {
  readonly BooleanCriteria = BooleanCriteria;
  readonly BorderStyle = BorderStyle;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly Dimension = Dimension;
  readonly ProtectionType = ProtectionType;
  readonly WrapStrategy = WrapStrategy;
  private readonly ui: FakeUi;
  constructor(
    readonly ctx: RuntimeContext,
    private readonly spreadsheet: FakeSpreadsheet,
  ) {
    this.ui = new FakeUi(ctx);
  }
  flush(): void {}
  /** Null, as in Apps Script, when the script runs with no active spreadsheet (runtime.activeSpreadsheet = false). */
  getActive(): Spreadsheet {
    return as<Spreadsheet>(this.ctx.activeSpreadsheet ? this.spreadsheet : null);
  }
  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return as<GoogleAppsScript.Spreadsheet.Sheet>(
      this.ctx.activeSpreadsheet ? this.spreadsheet.activeSheet() : null,
    );
  }
  /** Null when the script runs with no active spreadsheet (a time-driven run of a script not bound to it). */
  getActiveSpreadsheet(): Spreadsheet {
    return as<Spreadsheet>(this.ctx.activeSpreadsheet ? this.spreadsheet : null);
  }
  /** Throws, as Apps Script does, where there is no UI (time-driven and form-submit triggers). */
  getUi(): GoogleAppsScript.Base.Ui {
    if (!this.ctx.ui.available) throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
    return as<GoogleAppsScript.Base.Ui>(this.ui);
  }
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return as<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder>(
      new FakeConditionalFormatRuleBuilder(this.ctx),
    );
  }
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return as<GoogleAppsScript.Spreadsheet.DataValidationBuilder>(new FakeDataValidationBuilder(this.ctx));
  }
  newRichTextValue(): GoogleAppsScript.Spreadsheet.RichTextValueBuilder {
    return as<GoogleAppsScript.Spreadsheet.RichTextValueBuilder>(new FakeRichTextValueBuilder(this.ctx));
  }
  openById(id: string): Spreadsheet {
    if (id !== this.spreadsheet.id)
      throw new Error(
        `Unexpected error while getting the method or property openById on object SpreadsheetApp.`,
      );
    return as<Spreadsheet>(this.spreadsheet);
  }
}
countCalls(FakeSpreadsheetApp, 'SpreadsheetApp', METHODS);
