// The weekly report as plain text, to paste into the commune's Zalo group or an e-mail (no HTML, one fact a line).
import type { DocFrame, Mention, ReportDoc, ResultItem, SupportSection, VillageLine } from './report-types';
import { sectionTitles } from './sections';
import { pushAll } from '../lists';
import { unitInParens } from '../unit-text';

/**
 * `1. Trồng hàng rào xanh (m): chỉ tiêu 3.200; …`; a yes/no criterion reads `Đạt`/`Chưa đạt`, without unit or
 * percentage. `period` and `planned` name the period's amount and the plan (`tuần này`, `kế hoạch đến nay`).
 */
export function resultLine(
  r: ResultItem,
  i: number,
  period = 'tuần này',
  planned = 'kế hoạch đến nay',
): string {
  const yesNo = r.kind === 'Đạt/Chưa';
  const parts = [`chỉ tiêu ${r.target}`, yesNo ? `kết quả ${r.done}` : `lũy kế ${r.done} (${r.ratio})`];
  if (r.thisWeek) parts.push(`${period} ${r.thisWeek}`);
  parts.push(`${planned} ${r.planned}`);
  if (r.backlog) parts.push(`nợ tồn ${r.backlog}`);
  return `${i + 1}. ${r.name}${yesNo ? '' : unitInParens(r.unit)}: ${parts.join('; ')}. ${r.status}.`;
}

export function mentionLines(title: string, list: readonly Mention[]): string[] {
  if (list.length === 0) return [`${title}: không có.`];
  return [`${title}:`, ...list.map((m) => `- ${m.village}: ${m.reason}.`)];
}

function villageLine(l: VillageLine, i: number): string {
  return `  ${i + 1}. ${l.name}${unitInParens(l.unit)}: chỉ tiêu giao ${l.target}; kết quả ${l.result}; tuần tới: ${l.nextWeek}.`;
}

/** A plan text as list lines: its first line after `+`, the next ones indented under it. */
function planLines(text: string): string[] {
  const [first, ...rest] = text.split('\n');
  return [`  + ${first}`, ...rest.map((l) => `    ${l}`)];
}

/** NQ 44 support as text: the summary sentences, then a line per village. */
export function supportLines(s: SupportSection): string[] {
  return [
    ...s.summary,
    ...s.rows.map((r) => `- ${r.village}: ${r.households}/${r.eligible} hộ, ${r.amount} đồng.`),
  ];
}

/** The frame's opening lines: issuer, number, place and date, title and subject, recipient, as-of line. */
export function frameHead(doc: DocFrame): string[] {
  return [
    doc.issuer,
    doc.number,
    doc.placeDate,
    '',
    `${doc.title} ${doc.subject}`,
    doc.recipient,
    doc.asOf,
    '',
  ];
}

/** The frame's closing line: the signer. */
export function frameTail(doc: DocFrame): string[] {
  return ['', `${doc.signerTitle}${doc.signerName ? `: ${doc.signerName}` : ''}`];
}

export function reportText(doc: ReportDoc): string {
  const t = sectionTitles(doc);
  const lines: string[] = frameHead(doc);
  lines.push(t.results);
  if (doc.results.length === 0) lines.push('Chưa có chỉ tiêu nào được giao cho các thôn (tab Chỉ tiêu).');
  pushAll(
    lines,
    doc.results.map((r, i) => resultLine(r, i)),
    [''],
  );
  lines.push(t.emulation, 'Xếp hạng:');
  pushAll(
    lines,
    doc.ranking.map(
      (r) =>
        `${r.rank}. ${r.village}: ${[`điểm ${r.score}`, r.weekReport, r.verdict].filter((p) => p !== '').join('; ')}.`,
    ),
  );
  if (doc.outside) lines.push(doc.outside, '');
  else {
    pushAll(lines, mentionLines('Biểu dương', doc.praised), mentionLines('Nhắc nhở', doc.reminded));
    lines.push(`Chưa nộp báo cáo: ${doc.notSubmitted.length ? doc.notSubmitted.join(', ') : 'không có'}.`);
    lines.push(`Nộp trễ hạn: ${doc.late.length ? doc.late.join(', ') : 'không có'}.`, '');
  }
  if (t.support && doc.support) pushAll(lines, [t.support], supportLines(doc.support), ['']);
  lines.push(t.plans);
  for (const p of doc.plans) {
    lines.push(`- ${p.village}:`);
    pushAll(lines, p.lines.map(villageLine));
    if (p.plans.length === 0) lines.push('  Thôn chưa gửi kế hoạch tuần tới.');
    else lines.push('  Kế hoạch tuần tới của thôn:');
    for (const plan of p.plans) pushAll(lines, planLines(plan));
  }
  pushAll(lines, frameTail(doc));
  return lines.join('\n');
}
