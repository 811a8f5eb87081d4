// The sentence saying the reported week is one that has already closed (docs/rollup.md: the rollup "says so").
import { CLOSED_WEEK_GRACE_MS } from '../report-week';
import { weekLabel } from '../weeks';
import { formatInstant, addMs } from '../zone';
import type { Rollup } from './rollup-types';

/** '' for the week holding the as-of time; else one Vietnamese sentence: which closed week, measured how, and until when. */
export function weekNote(r: Pick<Rollup, 'reason' | 'week' | 'weekDeadline' | 'asOf' | 'timeZone'>): string {
  if (r.asOf <= r.weekDeadline) return '';
  const deadline = formatInstant(r.weekDeadline, r.timeZone);
  if (r.reason === 'just-closed') {
    const until = formatInstant(addMs(r.weekDeadline, CLOSED_WEEK_GRACE_MS), r.timeZone);
    return (
      `Hạn nộp ${weekLabel(r.week)} đã qua (${deadline}): trong 24 giờ sau hạn, số liệu là của tuần vừa hết hạn, ` +
      `tính như vào ngày hạn nộp; thôn nộp sau hạn ghi Trễ hạn. Từ ${until} sẽ tổng hợp tuần mới.`
    );
  }
  return `${weekLabel(r.week)} đã hết hạn (${deadline}): số liệu tính như vào ngày hạn nộp, gồm cả báo cáo nộp sau hạn (ghi Trễ hạn) đến ${formatInstant(r.asOf, r.timeZone)}.`;
}
