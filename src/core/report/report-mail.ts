// The e-mail that carries the weekly report to the officers (docs/report.md "Sending"): subject, a short letter, the PDF's file name.
import { html } from '../reminders/html';
import { cleanSubject, mailTag } from '../reminders/message-parts';
import type { Day } from '../types';
import { weekLabel } from '../weeks';
import { formatDay } from '../zone';
import type { ReportDoc } from './report-types';

export interface ReportMail {
  subject: string;
  body: string;
  htmlBody: string;
  /** The page's name before Apps Script converts it: `bao-cao-tuan-30-03-2023.html` (no other dot: the conversion replaces the extension). */
  pageName: string;
  /** The attachment's name: `bao-cao-tuan-30-03-2023.pdf`. */
  pdfName: string;
}

/** `bao-cao-tuan-30-03-2023`: the week's deadline day, written with dashes so a file name holds it. */
export function reportFileStem(week: Day): string {
  return `bao-cao-tuan-${formatDay(week).replace(/\//g, '-')}`;
}

/** The mail of report `doc` (already built), from the commune `communeName`; the plain-text version follows the letter. */
export function reportMail(doc: ReportDoc, communeName: string, text: string): ReportMail {
  const week = weekLabel(doc.week);
  const stem = reportFileStem(doc.week);
  const letter = [
    `Báo cáo ${week.toLocaleLowerCase('vi')} của ${doc.issuer} gửi kèm thư này (tệp ${stem}.pdf), để ký và gửi ${doc.recipient.replace(/^Kính gửi:\s*/, '')}.`,
    doc.asOf,
  ];
  return {
    subject: cleanSubject(`${mailTag(communeName)} Báo cáo ${week.toLocaleLowerCase('vi')}`),
    body: [...letter, '', text].join('\n'),
    htmlBody:
      html`<p>${letter[0]}</p><p>${letter[1]}</p><p>Bản chữ của báo cáo (để dán vào Zalo):</p><pre style="white-space:pre-wrap;font-family:inherit">${text}</pre>`
        .value,
    pageName: `${stem}.html`,
    pdfName: `${stem}.pdf`,
  };
}
