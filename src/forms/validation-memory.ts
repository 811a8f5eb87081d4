// Adapter: remembers which validation the add-on set on each question (Forms cannot read one back), in a document property.
import { validationKey, type FormValidation } from '../core/forms';

/** Document property: `{formId, items: {itemId: fingerprint}}` of the last sync. */
export const VALIDATIONS_KEY = 'ntm.formValidations';

export interface ValidationMemory {
  /** The fingerprint set on an item last time; undefined when not known. */
  get(itemId: number): string | undefined;
  set(itemId: number, v: FormValidation | null): void;
  /** Writes the memory for the items still on the form (one property write, only when it changed). */
  save(liveIds: readonly number[]): void;
}

export function validationMemory(formId: string): ValidationMemory {
  const props = PropertiesService.getDocumentProperties();
  const raw = props.getProperty(VALIDATIONS_KEY);
  let items: Record<string, string> = {};
  try {
    const parsed = raw ? (JSON.parse(raw) as { formId?: unknown; items?: unknown }) : null;
    if (parsed && parsed.formId === formId && parsed.items && typeof parsed.items === 'object')
      items = { ...(parsed.items as Record<string, string>) };
  } catch (_e) {
    items = {};
  }
  return {
    get: (id) => items[String(id)],
    set: (id, v) => {
      if (v) items[String(id)] = validationKey(v);
      else delete items[String(id)];
    },
    save(liveIds) {
      const live = new Set(liveIds.map(String));
      const kept: Record<string, string> = {};
      for (const id of Object.keys(items).sort()) if (live.has(id)) kept[id] = items[id];
      const text = JSON.stringify({ formId, items: kept });
      if (text !== raw) props.setProperty(VALIDATIONS_KEY, text);
    },
  };
}
