// The demo's input when the build can make the form: set-up, then `form`, then every generated answer submitted through that form at its time.
import { printReport } from '../runner/print-report';
import { formFileText } from '../runner/form-file';
import { openSession } from '../runner/session';
import type { WorkbookData } from '../workbook-data';
import { DEFAULT_TIME_ZONE, findZoneSetting, wallToInstant } from '../xlsx';
import { generateFormRows } from './form-tab';
import { planFromWorkbook } from './plan-from-workbook';
import { DAY } from './schedule';
import { linkedForm, submitThroughForm } from './through-form';
import { pushAll } from '../../src/core/lists';
import { adoptSeedPlan } from './adopt-plan';

export interface ThroughFormDemo {
  workbook: WorkbookData;
  /** form.json for the input folder (the runner finds the same form through it). */
  formFile: string;
  lines: string[];
}

/** Mistakes left out because the form refuses them, for the printout. */
const REFUSED =
  'Biểu mẫu không cho gửi (nên bản demo không có): số viết bằng chữ ("ba"), số hộ có phần thập phân ("2,5"), ngày gõ thiếu năm ("16/3"), thôn không có trong danh sách.';

/**
 * Runs set-up once to learn the campaign start, then again in a session whose clock starts the day before it
 * (08:00), makes the form, and submits the generated answers one by one as of their timestamps.
 */
export function buildThroughForm(asOfWall: Date, seed: number, bundleFile?: string): ThroughFormDemo {
  const blank: WorkbookData = {
    sheets: [{ name: 'Trang tính1', rows: [] }],
    timeZone: DEFAULT_TIME_ZONE,
    locale: 'vi_VN',
  };
  const probe = openSession({
    workbook: blank,
    timeZone: DEFAULT_TIME_ZONE,
    now: wallToInstant(asOfWall, DEFAULT_TIME_ZONE).getTime(),
    bundleFile,
  });
  if (!probe.run('setup').ok) throw new Error('Thiết lập sổ mẫu không thành công.');
  const first = probe.runtime.dump();
  const zone = findZoneSetting(first).timeZone;
  const plan = planFromWorkbook(first, zone);
  if (!plan)
    throw new Error('Sổ mẫu không có tab Thôn / Chỉ tiêu đọc được: bản demo không tạo câu trả lời biểu mẫu.');

  const eve = new Date(plan.start.getTime() - DAY + 8 * 3_600_000);
  const session = openSession({
    workbook: blank,
    timeZone: zone,
    now: wallToInstant(eve, zone).getTime(),
    bundleFile,
  });
  const lines: string[] = [];
  for (const action of ['setup', 'form']) {
    const report = session.run(action);
    printReport(report, (l) => lines.push(l));
    if (!report.ok) throw new Error(`Thao tác ${action} của sổ mẫu không thành công: ${report.summary}`);
    if (action === 'setup') {
      const kept = adoptSeedPlan(session.runtime.spreadsheet);
      lines.push(
        `Xã Sơn Bằng giữ kế hoạch mẫu làm kế hoạch của mình: đã xóa chữ ví dụ ở cột Ghi chú của ${kept} dòng (Thôn, Chỉ tiêu).`,
      );
    }
  }
  const form = linkedForm(session);
  const generated = generateFormRows(plan, {
    zone,
    seed,
    asOf: asOfWall,
    until: new Date(asOfWall.getTime() + 5 * DAY),
    viaForm: { collectsEmail: form.collectsEmail },
  });
  const sent = submitThroughForm(session, plan, generated.rows, zone);
  const tab = session.runtime.forms.list().find((f) => f.id === form.id)!.sheet;
  pushAll(
    lines,
    [
      `Tab "${tab}": ${sent} câu trả lời của ${plan.villages.length} thôn cho ${plan.indicators.length} chỉ tiêu, gửi qua biểu mẫu, mỗi câu vào đúng lúc của nó; có cài sẵn các lỗi biểu mẫu không chặn được:`,
    ],
    generated.mistakes.map((m) => `    - ${m}`),
    [`    ${REFUSED}`],
  );
  return {
    workbook: session.runtime.dump(),
    formFile: formFileText(session.runtime.forms, session.runtime.properties.document)!,
    lines,
  };
}
