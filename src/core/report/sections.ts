// Section titles of the weekly report, numbered I, II, … (NQ 44 support only when tracked, the next ones move up).
import type { ReportDoc } from './report-types';

const ROMAN = ['I', 'II', 'III', 'IV', 'V'];

export interface SectionTitles {
  results: string;
  emulation: string;
  support: string | null;
  plans: string;
}

export function sectionTitles(doc: ReportDoc): SectionTitles {
  let n = 0;
  const next = (title: string) => `${ROMAN[n++]}. ${title}`;
  return {
    results: next('KẾT QUẢ THỰC HIỆN'),
    emulation: next('THI ĐUA GIỮA CÁC THÔN'),
    support: doc.support ? next('HỖ TRỢ THEO NGHỊ QUYẾT 44/2021/NQ-HĐND') : null,
    plans: next('KẾT QUẢ VÀ KẾ HOẠCH TUẦN TỚI CỦA TỪNG THÔN'),
  };
}
