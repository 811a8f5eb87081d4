// The demo's submissions sent as village leaders send them: through the form the `form` action made, each at its own time.
import { REPORT_COLUMNS } from '../../src/core/contract';
import type { Session } from '../runner/session';
import { wallToInstant } from '../xlsx';
import type { Answer, FormRow } from './form-row';
import type { DemoPlan } from './plan-from-workbook';

/** The linked form of the session (the one whose answers go to the workbook), with what the demo needs of it. */
export function linkedForm(session: Session): {
  id: string;
  collectsEmail: boolean;
  titles: string[];
  choices: Record<string, string[]>;
} {
  const forms = session.runtime.forms;
  const linked = forms.list().find((f) => f.sheet !== undefined);
  if (!linked)
    throw new Error(
      'Thao tác form không tạo biểu mẫu gửi câu trả lời về sổ: bản demo không gửi được câu trả lời.',
    );
  const state = forms.state().find((f) => f.id === linked.id)!;
  return {
    id: linked.id,
    collectsEmail: state.collectEmail,
    titles: state.items.map((i) => i.title),
    choices: Object.fromEntries(state.items.map((i) => [i.title, i.choices])),
  };
}

/** How a leader types a number into the form: digits, a comma before decimals (0,07). */
function typed(a: Answer): string {
  return typeof a === 'number' ? String(a).replace('.', ',') : a;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (wall: Date) =>
  `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;

/**
 * Submits each row at its timestamp (the session clock moves to it, so the form-submit trigger runs then too).
 * A refusal by the form throws: the rows hold only mistakes a form lets through.
 */
export function submitThroughForm(session: Session, plan: DemoPlan, rows: FormRow[], zone: string): number {
  const form = linkedForm(session);
  const R = REPORT_COLUMNS;
  const title = (t: string) => {
    if (!form.titles.includes(t)) throw new Error(`Biểu mẫu không có câu hỏi "${t}".`);
    return t;
  };
  const byCode = new Map(
    plan.indicators.map((i) => [i.code, form.titles.find((t) => t.startsWith(`[${i.code}]`))]),
  );
  for (const r of [...rows].sort((a, b) => a.slot.stamp.getTime() - b.slot.stamp.getTime())) {
    const answers: Record<string, string> = { [title(R.village.title)]: r.village ?? r.slot.village };
    if (r.slot.reportDay) answers[title(R.reportDate.title)] = isoDay(r.slot.reportDay);
    for (const [code, value] of Object.entries(r.answers)) {
      const t = byCode.get(code);
      if (!t) throw new Error(`Biểu mẫu không có câu hỏi của chỉ tiêu [${code}].`);
      // A yes/no criterion: the choice the leader clicks (`Chưa` is the `Chưa đạt` button).
      const choices = form.choices[t];
      answers[t] = choices.length
        ? (choices.find((c) => c === value) ??
          choices.find((c) => c.startsWith(String(value))) ??
          String(value))
        : typed(value);
    }
    if (r.photo) answers[title(R.photo.title)] = r.photo;
    if (r.note) answers[title(R.note.title)] = r.note;
    if (r.plan) answers[title(R.nextWeekPlan.title)] = r.plan;
    session.setNow(wallToInstant(r.slot.stamp, zone).getTime());
    session.runtime.forms.submit(form.id, answers, form.collectsEmail ? { email: r.slot.email } : {});
  }
  return rows.length;
}
