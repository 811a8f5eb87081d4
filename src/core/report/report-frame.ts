// What every report of the commune carries around its body (NĐ 30/2020): issuing body, number, place and date, recipient, Nơi nhận, signer.
import { communeLabel } from '../reminders/message-parts';
import type { Instant, Model } from '../types';
import { dayOfInstant, ymdOfDay } from '../zone';
import { longDate } from './report-format';
import type { DocFrame } from './report-types';

/** `Sơn Bằng, ngày 30 tháng 03 năm 2023`: the commune name without a leading `Xã`, then the day of `asOf`. */
function placeDate(communeName: string, asOf: Instant, timeZone: string): string {
  const place = communeLabel(communeName).replace(/^xã\s*/i, '');
  const date = longDate(ymdOfDay(dayOfInstant(asOf, timeZone)));
  return place ? `${place}, ${date}` : date.charAt(0).toUpperCase() + date.slice(1);
}

/** The frame of a report dated `asOf`, titled `title` about `subject`, with the as-of line `asOfLine`. */
export function documentFrame(
  model: Model,
  fallbackCommune: string,
  asOf: Instant,
  text: { title: string; subject: string; asOf: string },
): DocFrame {
  const name = model.settings.communeName || fallbackCommune;
  const commune = communeLabel(name);
  return {
    issuer: `BCĐ xây dựng NTM ${commune}`,
    placeDate: placeDate(name, asOf, model.settings.timeZone),
    number: `Số: ${model.settings.reportNumber ?? '\u00a0'.repeat(6)}/BC-BCĐ`,
    title: text.title,
    subject: text.subject,
    recipient: `Kính gửi: Ủy ban nhân dân ${commune}`,
    asOf: text.asOf,
    recipients: ['Như trên', 'Thành viên BCĐ xã', 'Các thôn', 'Lưu: VT, NTM'],
    signerTitle: (model.settings.signerTitle ?? 'Trưởng ban').toLocaleUpperCase('vi'),
    signerName: model.settings.signerName ?? '',
  };
}
