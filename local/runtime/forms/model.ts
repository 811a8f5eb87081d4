// The plain state behind the Forms fakes: forms, their items, the answers tab link and the responses (what form.json persists).

/** The item types the runtime simulates (FormApp.ItemType names). */
export const ITEM_KINDS = ['LIST', 'DATE', 'TEXT', 'PARAGRAPH_TEXT', 'MULTIPLE_CHOICE'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** A text validation as built by TextValidationBuilder: the rule, its arguments, and the message a respondent sees. */
export interface TextRule {
  /** e.g. `MATCHES_PATTERN`, `NUMBER`, `WHOLE_NUMBER`, `NUMBER_BETWEEN`, `LENGTH_AT_MOST`, `EMAIL`. */
  type: string;
  args: (string | number)[];
  helpText: string;
}

export interface ItemData {
  id: number;
  /** The `entry.<n>` number of the published form (prefilled links). */
  entry: number;
  type: ItemKind;
  title: string;
  helpText: string;
  required: boolean;
  /** LIST and MULTIPLE_CHOICE: the choices in order. */
  choices: string[];
  validation?: TextRule;
}

/** Where one form-owned column of the answers tab is: `timestamp`, `email` or `item:<id>`, and its 1-based column. */
export interface AnswerColumn {
  key: string;
  col: number;
}

export interface Destination {
  spreadsheetId: string;
  /** Name of the answers tab when the state was saved (the live tab object is kept in FormStore.sheets). */
  sheetName: string;
  columns: AnswerColumn[];
}

export interface ResponseData {
  id: string;
  /** Instant of the last submission (first submit or latest edit). */
  at: number;
  email: string;
  /** Item id → the answer as submitted (a DATE answer as `yyyy-MM-dd`). */
  answers: Record<string, string>;
  /** Row of the answers tab holding this response, once written. */
  row?: number;
}

export interface FormState {
  id: string;
  /** The key of the published (`/d/e/<key>/viewform`) URLs. */
  publishedKey: string;
  title: string;
  description: string;
  allowEdits: boolean;
  collectEmail: boolean;
  confirmation: string;
  accepting: boolean;
  items: ItemData[];
  destination?: Destination;
  responses: ResponseData[];
}

export const ITEM_PREFIX = 'item:';
export const itemKey = (id: number): string => `${ITEM_PREFIX}${id}`;
