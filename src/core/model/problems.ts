// Collects the problems found while reading the input tabs; each names its tab and cell and says how to fix it.
import type { CellValue, ModelProblem } from '../types';
import { isDateCell } from '../zone';

export class Problems {
  readonly list: ModelProblem[] = [];
  private readonly titles = new Map<string, string>();

  /** Problems of the contract tab `name` are filed under `actual`, the title the workbook gives it. */
  setTitle(name: string, actual: string): void {
    this.titles.set(name, actual);
  }

  /** What a message calls the contract tab `name`: its title in the workbook once known. */
  title(name: string): string {
    return this.titles.get(name) ?? name;
  }

  /** A problem that stops the model (readModel returns `model: null`). */
  stop(tab: string, cell: string, text: string): void {
    this.add(tab, cell, text, true);
  }

  /** A problem that is reported while the model is still built. */
  note(tab: string, cell: string, text: string): void {
    this.add(tab, cell, text, false);
  }

  /** True when some problem stops the model. */
  get fatal(): boolean {
    return this.list.some((p) => p.fatal === true);
  }

  /** Number of problems so far (to tell whether a step added a fatal one). */
  fatalCount(): number {
    return this.list.filter((p) => p.fatal === true).length;
  }

  private add(contractTab: string, cell: string, text: string, fatal: boolean): void {
    const tab = this.title(contractTab);
    const where = cell === '' ? tab : `${tab}!${cell}`;
    this.list.push({ tab, cell, message: `${where}: ${text}`, fatal });
  }
}

/** What the person sees in a cell: its display text, else its value as text. */
export function shownText(value: CellValue | undefined, display: string | undefined): string {
  if (display !== undefined && display !== '') return display.trim();
  if (value === undefined || value === null || isDateCell(value)) return '';
  return String(value).trim();
}

/** Typed text quoted for a message, shortened when long. */
export function quoted(text: string): string {
  const t = text.trim();
  return `"${t.length > 60 ? t.slice(0, 60) + '…' : t}"`;
}
