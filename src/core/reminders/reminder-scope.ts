// Who is reminded for a week (docs/reminders.md): campaign weeks only, villages with a target active in that week.
import { fold } from '../text';
import type { Day, Model, Settings, Village } from '../types';
import { campaignWeeks, previousWeek } from '../weeks';

/**
 * The weeks a run looks at: the current week (the one holding now) and the previous one, each only if it is
 * a campaign week. Older weeks are never looked at, so a first run late in the campaign does not log a
 * campaign of expiries.
 */
export function reminderWeeks(settings: Settings, current: Day): Day[] {
  const campaign = new Set(campaignWeeks(settings));
  return [previousWeek(current), current].filter((w) => campaign.has(w));
}

/**
 * Villages with a target (> 0) for an indicator whose `Bắt đầu`–`Hạn` span (days, both included) shares a day with
 * the week. By days, week W (a deadline day) is the 7 days W−6 … W: the days whose first deadline on or after
 * them is W, i.e. the days a `Ngày báo cáo` of that week can name.
 */
export function activeVillages(model: Model, villages: Village[], week: Day): Village[] {
  const names = new Set<string>();
  for (const ind of model.indicators) {
    if (ind.start > week || ind.due < week - 6) continue;
    for (const [name, target] of Object.entries(ind.targets)) {
      if (Number(target) > 0) names.add(fold(name));
    }
  }
  return villages.filter((v) => names.has(fold(v.name)));
}
