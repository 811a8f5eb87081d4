// The forms of one runtime: their state, deterministic ids and Google-shaped URLs, the answers tabs they own, and the submit hook.
import type { RuntimeContext } from '../context';
import type { HandlerSlot } from '../handler-hook';
import type { FakeSheet } from '../sheet';
import type { FakeSpreadsheet } from '../spreadsheet';
import type { TriggerStore } from '../script-app';
import type { FormState, ItemData, ItemKind } from './model';

const BASE = 'https://docs.google.com/forms/d/';
const ITEM_ID_BASE = 1_000_000;
const ENTRY_BASE = 2_000_000;

/** One run of an installed form-submit trigger: its handler and how it ended. */
export interface TriggerRun {
  handler: string;
  ok: boolean;
  error?: string;
}

export class FormStore {
  readonly forms: FormState[] = [];
  /** The live answers tab of each linked form (by form id): it follows renames and moves of the tab. */
  readonly sheets = new Map<string, FakeSheet>();
  readonly triggerRuns: TriggerRun[] = [];
  /** How installed triggers reach the loaded script's functions. */
  readonly slot: HandlerSlot = {};
  private itemSeq = 0;
  constructor(
    readonly ctx: RuntimeContext,
    readonly spreadsheet: FakeSpreadsheet,
    readonly triggers: TriggerStore,
  ) {}

  /** Adds forms saved by an earlier run (form.json), relinking each answers tab by its name. */
  load(forms: FormState[]): void {
    for (const f of forms) {
      if (this.forms.some((x) => x.id === f.id)) throw new Error(`Form ${f.id} is loaded twice.`);
      this.forms.push(f);
      for (const i of f.items) this.itemSeq = Math.max(this.itemSeq, i.id - ITEM_ID_BASE);
      const d = f.destination;
      if (d && d.spreadsheetId === this.spreadsheet.id) {
        const sheet = this.spreadsheet.sheets.find((s) => s.name === d.sheetName);
        if (sheet) this.sheets.set(f.id, sheet);
      }
    }
  }
  create(title: string): FormState {
    const n = this.forms.length + 1;
    const form: FormState = {
      id: `local-ntm-form-${n}`,
      publishedKey: `1FAIpQLSe-local-ntm-form-${n}`,
      title,
      description: '',
      allowEdits: false,
      collectEmail: false,
      confirmation: '',
      accepting: true,
      items: [],
      responses: [],
    };
    this.forms.push(form);
    return form;
  }
  newItem(type: ItemKind): ItemData {
    const seq = ++this.itemSeq;
    return {
      id: ITEM_ID_BASE + seq,
      entry: ENTRY_BASE + seq,
      type,
      title: '',
      helpText: '',
      required: false,
      choices: [],
    };
  }
  newResponseId(form: FormState): string {
    return `2_ABaOnud-${form.id}-${form.responses.length + 1}`;
  }
  byId(id: string): FormState | undefined {
    return this.forms.find((f) => f.id === id);
  }
  /** The form an edit or published URL points at. */
  byUrl(url: string): FormState | undefined {
    return this.forms.find(
      (f) => url.startsWith(`${this.editBase(f)}`) || url.startsWith(`${BASE}e/${f.publishedKey}/`),
    );
  }
  editBase(form: FormState): string {
    return `${BASE}${form.id}/`;
  }
  editUrl(form: FormState): string {
    return `${BASE}${form.id}/edit`;
  }
  publishedUrl(form: FormState): string {
    return `${BASE}e/${form.publishedKey}/viewform`;
  }
  /** The form whose answers go to `sheet`, if any. */
  formOfSheet(sheet: FakeSheet): FormState | undefined {
    return this.forms.find(
      (f) => f.destination?.spreadsheetId === this.spreadsheet.id && this.sheets.get(f.id) === sheet,
    );
  }
  /** The form linked to this spreadsheet (the most recently linked one when several are). */
  formOfSpreadsheet(): FormState | undefined {
    return [...this.forms]
      .reverse()
      .find((f) => f.destination?.spreadsheetId === this.spreadsheet.id && this.sheets.has(f.id));
  }
}
