// Forgiving village lookup: case, spaces and diacritics ignored, and a leading "thôn" / "xóm" ("Thôn Thịnh Bằng").
import { isBlank } from '../text';
import type { Village } from '../types';
import { headerKey } from './headers';

/** Folded name without a leading "thôn" / "xóm". */
function bare(name: string): string {
  return headerKey(name).replace(/^(thon|xom)\s+/, '');
}

interface VillageIndex {
  /** The list's length when indexed: a list that grew since is indexed again. */
  size: number;
  exact: Map<string, Village>;
  bare: Map<string, Village>;
}

/** One index per village list, built on first use: a sheet's rows are matched by lookup, not by folding every name per row. */
const indexes = new WeakMap<readonly Village[], VillageIndex>();

function indexOf(villages: readonly Village[]): VillageIndex {
  let index = indexes.get(villages);
  if (!index || index.size !== villages.length) {
    index = { size: villages.length, exact: new Map(), bare: new Map() };
    // The first village of a key wins, as a search in list order would find it.
    for (const v of villages) {
      const key = headerKey(v.name);
      if (!index.exact.has(key)) index.exact.set(key, v);
      const b = bare(v.name);
      if (!index.bare.has(b)) index.bare.set(b, v);
    }
    indexes.set(villages, index);
  }
  return index;
}

/** The village of `villages` that `text` names: an exact forgiving match first, then one without "thôn"/"xóm". */
export function findVillageIn(villages: readonly Village[], text: string): Village | null {
  if (isBlank(text)) return null;
  const index = indexOf(villages);
  return index.exact.get(headerKey(text)) ?? index.bare.get(bare(text)) ?? null;
}

/** The model's village that `text` names (forgiving), or null. */
export function matchVillage(model: { villages: readonly Village[] }, text: string): Village | null {
  return findVillageIn(model.villages, text);
}
