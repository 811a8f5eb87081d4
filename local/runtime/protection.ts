// Protection of a whole sheet (sheet.protect()): description, warning-only flag, ranges left unprotected, removal.
import { as, countCalls, type RuntimeContext } from './context';
import { ProtectionType } from './enums';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';

type Protection = GoogleAppsScript.Spreadsheet.Protection;

const METHODS = [
  'canEdit',
  'getDescription',
  'getProtectionType',
  'getRange',
  'isWarningOnly',
  'remove',
  'setDescription',
  'setWarningOnly',
  'addEditor',
  'removeEditors',
  'setDomainEdit',
  'canDomainEdit',
  'getUnprotectedRanges',
  'setUnprotectedRanges',
] as const;

export class FakeProtection implements Pick<Protection, (typeof METHODS)[number]> {
  readonly ctx: RuntimeContext;
  description = '';
  warningOnly = false;
  /** Ranges of the sheet people may edit without the warning (e.g. the officer's column of an output tab). */
  unprotected: FakeRange[] = [];
  constructor(readonly sheet: FakeSheet) {
    this.ctx = sheet.ctx;
  }
  private self(): Protection {
    return as<Protection>(this);
  }
  canEdit(): boolean {
    return true; // the script runs as an editor who owns the protection
  }
  getDescription(): string {
    return this.description;
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return ProtectionType.SHEET;
  }
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    const g = this.sheet.grid;
    return this.sheet.rangeAt(1, 1, g.maxRows, g.maxCols, 'Protection.getRange');
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  remove(): void {
    if (this.sheet.protection === this) this.sheet.protection = undefined;
  }
  setDescription(description: string): Protection {
    this.description = String(description);
    return this.self();
  }
  getUnprotectedRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return as<GoogleAppsScript.Spreadsheet.Range[]>([...this.unprotected]);
  }
  /** Replaces the unprotected ranges; each must lie on the protected sheet, as in Sheets. */
  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): Protection {
    const list = ranges as unknown as FakeRange[];
    if (list.some((r) => r.sheet !== this.sheet))
      throw new Error('An unprotected range must be on the protected sheet.');
    this.unprotected = [...list];
    return this.self();
  }
  setWarningOnly(warningOnly: boolean): Protection {
    this.warningOnly = !!warningOnly;
    return this.self();
  }
  addEditor(_user: string | GoogleAppsScript.Base.User): Protection {
    return this.self();
  }
  removeEditors(_users: string[] | GoogleAppsScript.Base.User[]): Protection {
    return this.self();
  }
  setDomainEdit(_editable: boolean): Protection {
    return this.self();
  }
  canDomainEdit(): boolean {
    return true;
  }
}
countCalls(FakeProtection, 'Protection', METHODS);
