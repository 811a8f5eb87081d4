// Forgiving village lookup: case, spaces and diacritics ignored, and a leading "thôn" / "xóm" ("Thôn Thịnh Bằng").
import { isBlank } from '../text';
import type { Village } from '../types';
import { headerKey } from './headers';

/** Folded name without a leading "thôn" / "xóm". */
function bare(name: string): string {
  return headerKey(name).replace(/^(thon|xom)\s+/, '');
}

/** The village of `villages` that `text` names: an exact forgiving match first, then one without "thôn"/"xóm". */
export function findVillageIn(villages: readonly Village[], text: string): Village | null {
  if (isBlank(text)) return null;
  const key = headerKey(text);
  const exact = villages.find((v) => headerKey(v.name) === key);
  if (exact) return exact;
  const b = bare(text);
  return villages.find((v) => bare(v.name) === b) ?? null;
}

/** The model's village that `text` names (forgiving), or null. */
export function matchVillage(model: { villages: readonly Village[] }, text: string): Village | null {
  return findVillageIn(model.villages, text);
}
