// The pure sync plan of the report form: the operations that make the form's questions match the wanted ones.
// Indicator questions are matched by the `[MÃ]` in their title (or, on a hand-made form, a title equal to
// the indicator's Nội dung), the other questions by title (forgivingly, with the contract's other names).
// A question of an indicator no longer in `Chỉ tiêu`, a second question for one key and a question of the
// wrong type (FormApp cannot change a type) are deleted; the answers tab keeps their columns. Questions the
// officer added that match nothing are kept, after the managed ones. Nothing is planned when all is equal.
import { maxOf, pushAll } from '../lists';
import { headerKey } from '../model/headers';
import type { FormItemSpec, FormSpec, FormValidation } from './form-spec';

/** A question of the form as read: `validation` is what was set last time (null: none; undefined: not known). */
export interface CurrentItem {
  id: number;
  title: string;
  type: string;
  helpText: string;
  required?: boolean;
  choices?: string[];
  validation?: string | null;
}

export interface CurrentForm {
  title: string;
  description: string;
  items: CurrentItem[];
}

/** What changes on a kept question. `validation: null` clears it. */
export interface ItemChanges {
  title?: string;
  helpText?: string;
  required?: boolean;
  choices?: string[];
  validation?: FormValidation | null;
}

/** A question by its id (kept) or by its key (created by this plan). */
export type ItemRef = { id: number } | { key: string };

export type SyncOp =
  | { op: 'form'; title?: string; description?: string }
  | { op: 'delete'; id: number; title: string; reason: 'removed' | 'duplicate' | 'type' }
  | { op: 'update'; id: number; key: string; from: string; changes: ItemChanges }
  | { op: 'create'; item: FormItemSpec }
  | { op: 'move'; ref: ItemRef; to: number };

/** How a validation is remembered (it cannot be read back from a form): a short fingerprint of its pattern and message. */
export function validationKey(v: FormValidation): string {
  const text = `${v.pattern}\u0000${v.helpText}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${h.toString(16).padStart(8, '0')}.${text.length}`;
}

/** Which wanted question a title names: the `[MÃ]` of a wanted indicator, else its title or another name; 'removed' for another `[MÃ]`; null for none. */
function keyOfTitle(title: string, wanted: FormSpec): string | 'removed' | null {
  const codes = [...title.matchAll(/\[\s*([A-Za-z0-9_]+)\s*\]/g)].map((m) => headerKey(m[1]));
  const byKey = new Map(wanted.items.map((i) => [headerKey(i.key), i.key]));
  for (const c of codes) {
    const hit = byKey.get(headerKey(`[${c}]`));
    if (hit) return hit;
  }
  if (codes.length > 0) return 'removed';
  const key = headerKey(title);
  const named = wanted.items.filter((i) => [i.title, ...(i.aliases ?? [])].some((t) => headerKey(t) === key));
  return named.length === 1 ? named[0].key : null;
}

const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  (a ?? []).length === (b ?? []).length && (a ?? []).every((x, i) => x === b?.[i]);

function changesOf(cur: CurrentItem, want: FormItemSpec): ItemChanges {
  const c: ItemChanges = {};
  if (cur.title !== want.title) c.title = want.title;
  if (cur.helpText !== want.helpText) c.helpText = want.helpText;
  if (cur.required !== undefined && cur.required !== want.required) c.required = want.required;
  if (want.choices && !sameList(cur.choices, want.choices)) c.choices = [...want.choices];
  if (want.validation) {
    if (cur.validation !== validationKey(want.validation)) c.validation = want.validation;
  } else if (typeof cur.validation === 'string') c.validation = null;
  return c;
}

const refKey = (r: ItemRef) => ('id' in r ? `#${r.id}` : `+${r.key}`);

/** Indexes (into `seq`) of one longest increasing subsequence. */
function longestIncreasing(seq: number[]): Set<number> {
  const len = seq.map(() => 1);
  const prev = seq.map(() => -1);
  for (let i = 0; i < seq.length; i++) {
    for (let j = 0; j < i; j++) {
      if (seq[j] < seq[i] && len[j] + 1 > len[i]) {
        len[i] = len[j] + 1;
        prev[i] = j;
      }
    }
  }
  const keep = new Set<number>();
  let at = len.indexOf(maxOf(len, 0));
  for (; at >= 0; at = prev[at]) keep.add(at);
  return keep;
}

/**
 * The fewest moves (to a final index) turning `now` into `target`: the longest run already in order stays,
 * every other question, in target order, goes right after the one that precedes it in the target.
 */
function moves(now: string[], target: ItemRef[]): SyncOp[] {
  const keys = target.map(refKey);
  const stays = longestIncreasing(keys.map((k) => now.indexOf(k)));
  const ops: SyncOp[] = [];
  keys.forEach((key, t) => {
    if (stays.has(t)) return;
    now.splice(now.indexOf(key), 1);
    const to = t === 0 ? 0 : now.indexOf(keys[t - 1]) + 1;
    now.splice(to, 0, key);
    ops.push({ op: 'move', ref: target[t], to });
  });
  return ops;
}

/** The operations, in the order they are to be applied: form, deletes, updates, creates (appended), moves. */
export function planFormSync(current: CurrentForm, wanted: FormSpec): SyncOp[] {
  const ops: SyncOp[] = [];
  const meta: { title?: string; description?: string } = {};
  if (current.title !== wanted.title) meta.title = wanted.title;
  if (current.description !== wanted.description) meta.description = wanted.description;
  if (Object.keys(meta).length) ops.push({ op: 'form', ...meta });

  const wantedBy = new Map(wanted.items.map((i) => [i.key, i]));
  const matched = new Map<string, CurrentItem>();
  const kept: { ref: ItemRef; key: string | null }[] = [];
  const deletes: SyncOp[] = [];
  const updates: SyncOp[] = [];
  for (const cur of current.items) {
    const key = keyOfTitle(cur.title, wanted);
    if (key === 'removed') deletes.push({ op: 'delete', id: cur.id, title: cur.title, reason: 'removed' });
    else if (key === null) kept.push({ ref: { id: cur.id }, key: null });
    else if (matched.has(key))
      deletes.push({ op: 'delete', id: cur.id, title: cur.title, reason: 'duplicate' });
    else if (cur.type !== wantedBy.get(key)!.type)
      deletes.push({ op: 'delete', id: cur.id, title: cur.title, reason: 'type' });
    else {
      matched.set(key, cur);
      kept.push({ ref: { id: cur.id }, key });
      const changes = changesOf(cur, wantedBy.get(key)!);
      if (Object.keys(changes).length)
        updates.push({ op: 'update', id: cur.id, key, from: cur.title, changes });
    }
  }
  const creates: SyncOp[] = wanted.items
    .filter((i) => !matched.has(i.key))
    .map((item) => ({ op: 'create', item }));
  pushAll(ops, deletes, updates, creates);

  const order = [
    ...kept.map((k) => k.ref),
    ...wanted.items.filter((i) => !matched.has(i.key)).map((i) => ({ key: i.key })),
  ];
  const target: ItemRef[] = [
    ...wanted.items.map((i) => (matched.has(i.key) ? { id: matched.get(i.key)!.id } : { key: i.key })),
    ...kept.filter((k) => k.key === null).map((k) => k.ref),
  ];
  pushAll(ops, moves(order.map(refKey), target));
  return ops;
}
