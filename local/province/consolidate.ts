// The consolidation: the .sql queries of sql/province/ run over the loaded exports, for the latest week the province holds.
import type { Engine, Row } from './duck';

export interface Consolidation {
  /** The latest week held (`yyyy-MM-dd`), or null when nothing was loaded. */
  week: string | null;
  /** Weeks held, latest first, with how many communes each. */
  weeks: Row[];
  provinceWeekly: Row[];
  communeLines: Row[];
  ranking: Row[];
  missingWeeks: Row[];
  communeWeeks: Row[];
}

/** Runs every consolidation query over `table`; `withCommuneWeeks` false skips the per-commune summaries (the bench). */
export async function consolidate(
  engine: Engine,
  table: string,
  withCommuneWeeks = true,
): Promise<Consolidation> {
  const weeks = await engine.query('weeks', table);
  if (weeks.length === 0)
    return {
      week: null,
      weeks,
      provinceWeekly: [],
      communeLines: [],
      ranking: [],
      missingWeeks: [],
      communeWeeks: [],
    };
  const week = String(weeks[0].tuan);
  const at = { tuan: week };
  return {
    week,
    weeks,
    provinceWeekly: await engine.query('province-weekly', table),
    communeLines: await engine.query('commune-lines', table, at),
    ranking: await engine.query('ranking', table, at),
    missingWeeks: await engine.query('missing-weeks', table, at),
    communeWeeks: withCommuneWeeks ? await engine.query('commune-weeks', table) : [],
  };
}
