// Spreadsheet: the workbook; its tabs, time zone, locale, active tab, toasts and `Tab!A1` ranges.
import { splitSheetName } from './a1';
import { as, countCalls, type RuntimeContext } from './context';
import { FakeSheet } from './sheet';
import { isZone } from './zone';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const METHODS = [
  'deleteSheet',
  'getActiveSheet',
  'getFormUrl',
  'getId',
  'getName',
  'getNumSheets',
  'getProtections',
  'getRange',
  'getSheetById',
  'getSheetByName',
  'getSheets',
  'getSpreadsheetLocale',
  'getSpreadsheetTimeZone',
  'getUrl',
  'insertSheet',
  'rename',
  'setActiveSheet',
  'setSpreadsheetLocale',
  'setSpreadsheetTimeZone',
  'toast',
] as const;

export class FakeSpreadsheet implements Pick<Spreadsheet, (typeof METHODS)[number]> {
  sheets: FakeSheet[] = [];
  active?: FakeSheet;
  private nextSheetId = 0;
  /** The URL of the form whose answers go to a tab (or, without one, to this spreadsheet); set by createRuntime. */
  formUrlOf: (sheet?: FakeSheet) => string | null = () => null;
  constructor(
    readonly ctx: RuntimeContext,
    public name: string,
    readonly id = 'local-ntm-spreadsheet',
  ) {}

  /** Throws the Sheets error when `name` cannot be given to a tab (other than `except`). */
  checkNewName(name: unknown, except?: FakeSheet): asserts name is string {
    if (typeof name !== 'string' || name.trim() === '')
      throw new Error('A sheet name cannot be empty. Please enter a name.');
    if (name.length > 100) throw new Error('A sheet name cannot be longer than 100 characters.');
    const taken = this.sheets.some((s) => s !== except && s.name.toLowerCase() === name.toLowerCase());
    if (taken) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }
  /** Adds a tab without counting a call (loading a workbook uses it). */
  addSheet(name: string, index = this.sheets.length): FakeSheet {
    this.checkNewName(name);
    const sheet = new FakeSheet(this, name, this.nextSheetId++);
    this.sheets.splice(index, 0, sheet);
    this.active ??= sheet;
    return sheet;
  }
  activeSheet(): FakeSheet {
    if (!this.active || !this.sheets.includes(this.active))
      this.active = this.sheets.find((s) => !s.hidden) ?? this.sheets[0];
    return this.active;
  }
  deleteSheet(sheet: Sheet): void {
    const s = sheet as unknown as FakeSheet;
    if (!this.sheets.includes(s)) throw new Error('Sheet not found in this spreadsheet.');
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets = this.sheets.filter((x) => x !== s);
    if (this.active === s) this.active = undefined;
  }
  getActiveSheet(): Sheet {
    return as<Sheet>(this.activeSheet());
  }
  getFormUrl(): string | null {
    return this.formUrlOf();
  }
  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  getNumSheets(): number {
    return this.sheets.length;
  }
  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    if (String(type) !== 'SHEET') return [];
    return as<GoogleAppsScript.Spreadsheet.Protection[]>(
      this.sheets.flatMap((s) => (s.protection ? [s.protection] : [])),
    );
  }
  getRange(a1Notation: string): GoogleAppsScript.Spreadsheet.Range {
    const { sheet, ref } = splitSheetName(String(a1Notation));
    const target = sheet === undefined ? this.activeSheet() : this.sheets.find((s) => s.name === sheet);
    if (!target) throw new Error(`Range not found: ${a1Notation}`);
    return target.rangeA1(ref);
  }
  getSheetById(id: number): Sheet | null {
    return as<Sheet | null>(this.sheets.find((s) => s.id === id) ?? null);
  }
  getSheetByName(name: string): Sheet | null {
    return as<Sheet | null>(this.sheets.find((s) => s.name === name) ?? null);
  }
  getSheets(): Sheet[] {
    return as<Sheet[]>([...this.sheets]);
  }
  getSpreadsheetLocale(): string {
    return this.ctx.locale;
  }
  getSpreadsheetTimeZone(): string {
    return this.ctx.timeZone;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  /** insertSheet(), (index), (name), (name, index): the new tab goes at `index` (0-based, default last) and becomes active. */
  insertSheet(a?: string | number | object, b?: number | object): Sheet {
    const name = typeof a === 'string' ? a : this.defaultName();
    const index = typeof a === 'number' ? a : typeof b === 'number' ? b : this.sheets.length;
    if (!Number.isInteger(index) || index < 0 || index > this.sheets.length)
      throw new Error(`Index ${index} is out of range for inserting a sheet.`);
    const sheet = this.addSheet(name, index);
    this.active = sheet;
    return as<Sheet>(sheet);
  }
  private defaultName(): string {
    const base = this.ctx.locale.startsWith('vi') ? 'Trang tính' : 'Sheet';
    let n = this.sheets.length + 1;
    while (this.sheets.some((s) => s.name.toLowerCase() === `${base}${n}`.toLowerCase())) n++;
    return `${base}${n}`;
  }
  rename(newName: string): void {
    this.name = String(newName);
  }
  setActiveSheet(sheet: Sheet): Sheet {
    const s = sheet as unknown as FakeSheet;
    if (!this.sheets.includes(s)) throw new Error('Sheet not found in this spreadsheet.');
    this.active = s;
    s.hidden = false;
    return sheet;
  }
  setSpreadsheetLocale(locale: string): void {
    if (!/^[a-z]{2,3}(_[A-Z]{2})?$/.test(String(locale)))
      throw new Error(`Invalid argument: locale ${locale}`);
    this.ctx.locale = locale;
  }
  /** Changes the zone: cells keep their wall-clock time, so the instants getValues returns move (as in Sheets). */
  setSpreadsheetTimeZone(timezone: string): void {
    if (!isZone(timezone)) throw new Error(`Invalid argument: timezone ${timezone}`);
    this.ctx.timeZone = timezone;
  }
  toast(msg: string, _title?: string, _timeoutSeconds?: number | null): void {
    this.ctx.ui.toasts.push(String(msg));
  }
}
countCalls(FakeSpreadsheet, 'Spreadsheet', METHODS);
