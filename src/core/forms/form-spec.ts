// The report form the commune wants (docs/forms.md), from the model: title, description and questions in order.
import { REPORT_COLUMNS, titlesOf, type ColumnSpec } from '../contract';
import { formatDeadlineRule } from '../model/deadline-rule';
import { communeLabel } from '../reminders/message-parts';
import type { Indicator, Settings, Village } from '../types';
import { numberPattern, numberPatternHelp } from './number-pattern';

/** Question types of the form, named as FormApp's ItemType names them. */
export type FormItemType = 'LIST' | 'DATE' | 'TEXT' | 'PARAGRAPH_TEXT' | 'MULTIPLE_CHOICE';

/** A short-answer validation: the answer must match `pattern`; Forms shows `helpText` when it does not. */
export interface FormValidation {
  pattern: string;
  helpText: string;
}

/** One question as the commune wants it. `key` says which question it is: `[MÃ]` for an indicator, else the report column's role. */
export interface FormItemSpec {
  key: string;
  title: string;
  type: FormItemType;
  required: boolean;
  helpText: string;
  choices?: string[];
  validation?: FormValidation;
  /** Other titles that name this question on a form made by hand (the report column's other names, an indicator's Nội dung). */
  aliases?: string[];
}

export interface FormSpec {
  title: string;
  description: string;
  items: FormItemSpec[];
}

/** The two answers of a `Đạt/Chưa` question (both read by src/core/yes-no.ts). */
export const YES_NO_CHOICES = ['Đạt', 'Chưa đạt'] as const;

/** Key of an indicator's question: its code in brackets, as its title starts. */
export function indicatorKey(code: string): string {
  return `[${code}]`;
}

/** `[MÃ] Nội dung (ĐVT)`, without `()` when the ĐVT is blank. */
export function indicatorTitle(i: Pick<Indicator, 'code' | 'name' | 'unit'>): string {
  const name = i.name.trim();
  const unit = i.unit.trim();
  return `${indicatorKey(i.code)}${name ? ` ${name}` : ''}${unit ? ` (${unit})` : ''}`;
}

export function formTitle(settings: Pick<Settings, 'communeName'>): string {
  const name = settings.communeName.trim();
  return name ? `Báo cáo tiến độ NTM – xã ${name.replace(/^x[ãa]\s+/i, '')}` : 'Báo cáo tiến độ NTM';
}

function formDescription(settings: Settings): string {
  return [
    `Biểu mẫu để trưởng thôn báo cáo tiến độ xây dựng nông thôn mới của ${communeLabel(settings.communeName)}, mỗi tuần ít nhất một lần, trước ${formatDeadlineRule(settings.deadline)}.`,
    'Cách điền: chọn thôn; ghi số lượng bằng chữ số (ví dụ 3.200 hoặc 0,38; dấu phẩy ngăn phần thập phân); chỉ tiêu nào không có gì mới thì để trống; rồi bấm Gửi.',
    'Gửi nhầm thì mở lại đường link "Chỉnh sửa câu trả lời" (hiện sau khi gửi, hoặc trong thư xã gửi) để sửa, không cần gửi lại từ đầu.',
  ].join('\n');
}

function unitPart(unit: string): string {
  return unit.trim() ? ` (${unit.trim()})` : '';
}

function indicatorItem(i: Indicator): FormItemSpec {
  const base = {
    key: indicatorKey(i.code),
    title: indicatorTitle(i),
    required: false,
    aliases: i.name.trim() ? [i.name.trim()] : [],
  };
  if (i.kind === 'Đạt/Chưa') {
    return {
      ...base,
      type: 'MULTIPLE_CHOICE',
      helpText: 'Chọn Đạt khi tiêu chí đã đạt, Chưa đạt khi chưa; không có gì mới thì để trống.',
      choices: [...YES_NO_CHOICES],
    };
  }
  const helpText =
    i.kind === 'Lũy kế'
      ? `Ghi tổng số đến nay${unitPart(i.unit)}, không phải phần làm thêm. Không có gì mới thì để trống.`
      : `Ghi khối lượng làm được từ lần báo cáo trước${unitPart(i.unit)}. Không có gì mới thì để trống.`;
  return {
    ...base,
    type: 'TEXT',
    helpText,
    validation: { pattern: numberPattern(i.unit), helpText: numberPatternHelp(i.unit) },
  };
}

/** The form for the model's settings, villages (in `Thôn` order) and indicators (in `Chỉ tiêu` order). */
export function desiredForm(
  settings: Settings,
  villages: readonly Village[],
  indicators: readonly Indicator[],
): FormSpec {
  const R = REPORT_COLUMNS;
  const fixed = (spec: ColumnSpec) => ({ title: spec.title, aliases: titlesOf(spec).slice(1) });
  const items: FormItemSpec[] = [
    {
      key: 'village',
      ...fixed(R.village),
      type: 'LIST',
      required: true,
      helpText: 'Chọn thôn của mình.',
      choices: villages.map((v) => v.name),
    },
    {
      key: 'reportDate',
      ...fixed(R.reportDate),
      type: 'DATE',
      required: false,
      helpText:
        'Ngày làm được khối lượng này (không bắt buộc). Để trống thì thời điểm gửi báo cáo quyết định báo cáo thuộc tuần nào.',
    },
    ...indicators.map(indicatorItem),
    {
      key: 'photo',
      ...fixed(R.photo),
      type: 'TEXT',
      required: false,
      helpText:
        'Link ảnh minh chứng: tải ảnh lên Google Drive (hoặc gửi vào nhóm Zalo của thôn), bấm Chia sẻ → Sao chép đường liên kết, rồi dán vào đây; nhiều ảnh thì dán nhiều link, cách nhau bằng dấu phẩy. Trong đợt cao điểm báo cáo cần kèm ảnh.',
    },
    {
      key: 'note',
      ...fixed(R.note),
      type: 'PARAGRAPH_TEXT',
      required: false,
      helpText: 'Khó khăn, kiến nghị hoặc điều cần nói thêm (không bắt buộc).',
    },
    {
      key: 'nextWeekPlan',
      ...fixed(R.nextWeekPlan),
      type: 'PARAGRAPH_TEXT',
      required: false,
      helpText: 'Việc thôn dự kiến làm trong tuần tới (không bắt buộc).',
    },
  ];
  return { title: formTitle(settings), description: formDescription(settings), items };
}
