// A `Kiểm tra` message rewritten for a village leader: what is wrong, and what to type instead (no officer-only steps).
import type { Problem } from '../types';
import type { LeaderProblem } from './correction-types';

/** The rules' tail for whole-row problems (the leader reads a sentence about the report instead). */
const WHOLE_ROW_TAIL = /\s*Cả dòng chưa được tính\.?\s*$/;
/** The officer's way out of an acceptable error (the leader reads `officerMayAccept` instead). */
const OFFICER_TAIL = /[;,]\s*nếu (?:số )?đúng, cán bộ ghi Đồng ý ở cột Xác nhận\.?\s*$/;
/** Where a rule message turns from what is wrong to what to do: `…: hãy …`, `…; hãy …` or `…, hãy …`. */
const TURN = /[:;,]\s*hãy\s+/i;
/** When a message says nothing to do (no rule does today), the leader still reads one. */
export const DEFAULT_FIX = 'Hãy ghi lại giá trị đúng bằng chữ số, ví dụ 3.200 hoặc 0,38.';

function sentence(text: string): string {
  const t = text.trim().replace(/[.;:,\s]+$/, '');
  return t === '' ? '' : `${t.charAt(0).toUpperCase()}${t.slice(1)}.`;
}

/** The first turn to `hãy` outside parentheses (a date reader's own hint sits in them), or null. */
function firstTurn(text: string): RegExpExecArray | null {
  const turns = new RegExp(TURN.source, 'gi');
  for (let m = turns.exec(text); m; m = turns.exec(text)) {
    const before = text.slice(0, m.index);
    if ((before.match(/\(/g) ?? []).length === (before.match(/\)/g) ?? []).length) return m;
  }
  return null;
}

/** Splits a rule message at its first `hãy` outside parentheses: the part before says what is wrong, the rest what to type. */
export function splitMessage(message: string): { wrong: string; fix: string } {
  const text = message.replace(WHOLE_ROW_TAIL, '').replace(OFFICER_TAIL, '').trim();
  const m = firstTurn(text);
  if (!m) return { wrong: sentence(text), fix: DEFAULT_FIX };
  return {
    wrong: sentence(text.slice(0, m.index)),
    fix: sentence(`Hãy ${text.slice(m.index + m[0].length)}`),
  };
}

/** One problem as the leader reads it. */
export function leaderProblem(p: Problem): LeaderProblem {
  const { wrong, fix } = splitMessage(p.message);
  return {
    question: p.column,
    value: p.value,
    wrong,
    fix,
    officerMayAccept: p.acceptable !== false && !p.wholeRow,
    wholeRow: p.wholeRow,
  };
}
