// The hourly run with two officers (each account's own trigger, all of them reported) and an hourly run that finds no spreadsheet.
import { ensureBuilt } from '../bundle/ensure-built';
import { at, commune, session } from './remind-helpers';

beforeAll(() => ensureBuilt());

const T1 = at(2023, 3, 22, 14, 30);
const A = 'a@sonbang.vn';
const B = 'b@sonbang.vn';
type S = ReturnType<typeof session>;
const lastAlert = (s: S) => s.runtime.ui.alerts[s.runtime.ui.alerts.length - 1].message;
const owners = (s: S) => s.runtime.triggers.list().map((t) => `${t.owner} ${t.handler}`);
/** The automation line of the preview, as the account running now sees it. */
function status(s: S): string {
  s.bundle.call('ntmPreviewReminders');
  const html = s.runtime.ui.dialogs[s.runtime.ui.dialogs.length - 1].html;
  return /Nhắc hạn tự động: [^<]*/.exec(html)![0];
}

describe('two officers', () => {
  it("A then B turn it on: one trigger each, both listed; B turning off leaves A's running and says only A can stop it", () => {
    const s = session(commune(), T1);
    s.runtime.session.switchUser(A);
    s.bundle.call('ntmInstallReminderTrigger');
    s.runtime.session.switchUser(B);
    s.bundle.call('ntmInstallReminderTrigger');
    expect(lastAlert(s)).toContain(`Lưu ý: ${A} cũng đã bật trên tài khoản của họ`);
    s.bundle.call('ntmInstallReminderTrigger');
    expect(owners(s)).toEqual([`${A} onHourlyNtm`, `${B} onHourlyNtm`]);
    expect(status(s)).toContain(
      `ĐANG BẬT (mỗi giờ một lần). Đang bật cho: ${A} (từ 22/03/2023 14:30), ${B} (từ 22/03/2023 14:30). Trình kích hoạt của tài khoản này (${B})`,
    );
    expect(status(s)).toContain('Nhiều tài khoản cùng bật: thư vẫn không gửi hai lần (nhờ tab Nhắc hạn)');

    s.bundle.call('ntmRemoveReminderTrigger');
    expect(lastAlert(s)).toBe(
      `Đã tắt nhắc hạn tự động trên tài khoản ${B}. Trình kích hoạt của ${A} vẫn chạy mỗi giờ và vẫn gửi thư: chỉ tài khoản đó tắt được (mở sổ bằng tài khoản đó, chọn NTM → Tự động → Tắt nhắc hạn tự động).`,
    );
    expect(owners(s)).toEqual([`${A} onHourlyNtm`]);
    expect(status(s)).toMatch(
      new RegExp(
        `^Nhắc hạn tự động: ĐANG BẬT \\(mỗi giờ một lần\\)\\. Đang bật cho: ${A} \\(từ 22/03/2023 14:30\\)\\. Tài khoản này chưa bật`,
      ),
    );

    s.runtime.session.switchUser(A);
    s.bundle.call('ntmRemoveReminderTrigger');
    expect(lastAlert(s)).toMatch(/Từ nay thư nhắc chỉ gửi khi bấm NTM → Gửi nhắc hạn\.$/);
    expect(owners(s)).toEqual([]);
    expect(status(s)).toMatch(/^Nhắc hạn tự động: CHƯA BẬT\./);
    expect(JSON.parse(s.runtime.properties.document['ntm.triggerAccounts'])).toEqual({ hourly: {} });
  });

  it('the form-submit check: B turning it off says A still checks every new report', () => {
    const s = session(commune(), T1);
    s.runtime.session.switchUser(A);
    s.bundle.call('ntmEnableCheckOnSubmit');
    s.runtime.session.switchUser(B);
    s.bundle.call('ntmEnableCheckOnSubmit');
    expect(lastAlert(s)).toContain(`Đang bật cho: ${A}, ${B}.`);
    s.bundle.call('ntmDisableCheckOnSubmit');
    expect(lastAlert(s)).toMatch(
      new RegExp(
        `^Đã tắt kiểm tra khi có báo cáo mới trên tài khoản này\\. Trình kích hoạt của ${A} vẫn kiểm tra mỗi báo cáo mới: chỉ tài khoản đó tắt được`,
      ),
    );
    expect(owners(s)).toEqual([`${A} onFormSubmitNtm`]);
  });
});

describe('an hourly run with no active spreadsheet', () => {
  it('writes nothing, sends nothing, and says why in one console.error line', () => {
    const s = session(commune(), T1);
    s.bundle.call('ntmInstallReminderTrigger');
    const before = JSON.stringify(s.runtime.dump());
    const props = { ...s.runtime.properties.document };
    s.runtime.ui.available = false;
    s.runtime.activeSpreadsheet = false;
    s.setNow(at(2023, 3, 23, 15, 0));
    expect(() => s.bundle.call('onHourlyNtm', {})).not.toThrow();
    expect(s.runtime.console).toEqual([
      {
        level: 'error',
        text: expect.stringMatching(
          /^NTM Tracker – Nhắc hạn tự động: không chạy, không gửi thư và không ghi gì vì không có bảng tính đang mở/,
        ),
      },
    ]);
    expect(s.runtime.console[0].text).toContain('NTM → Tự động → Bật nhắc hạn tự động');
    expect(s.runtime.mail.outbox).toEqual([]);
    expect(s.runtime.properties.document).toEqual(props);
    s.runtime.activeSpreadsheet = true;
    expect(JSON.stringify(s.runtime.dump())).toBe(before);
  });
});
