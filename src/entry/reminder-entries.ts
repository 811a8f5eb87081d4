// The reminders' entry points: preview and send in the menu (send is the runner's `remind`), the hourly trigger and its switches.
import type { EntryPoint } from './entry-point';
import { now } from '../sheets/clock';
import { remindSummary, sendReminders } from './remind';
import { PREVIEW_TITLE, previewReminders } from './remind-preview';
import { HOURLY_HANDLER, hourlyRun, installReminderTrigger, removeReminderTrigger } from './reminder-trigger';
import { runAction } from './run-action';

export const SEND_LABEL = 'Gửi nhắc hạn';
export const AUTOMATION_MENU = 'Tự động';

export function reminderEntries(): EntryPoint[] {
  return [
    {
      name: 'ntmPreviewReminders',
      doc: ['Menu NTM → Xem trước nhắc hạn: các thư sẽ gửi lúc này và tin nhắn Zalo, không gửi gì.'],
      params: [],
      menu: { label: PREVIEW_TITLE },
      run: () => runAction({ label: PREVIEW_TITLE, noLog: true }, () => previewReminders(now())),
    },
    {
      name: 'ntmSendReminders',
      doc: ['Menu NTM → Gửi nhắc hạn: gửi các thư nhắc hạn đến hạn lúc này, mỗi thư một lần (sổ Nhắc hạn).'],
      params: [],
      menu: { label: SEND_LABEL },
      action: 'remind',
      run: () =>
        runAction({ label: SEND_LABEL, alertSummary: true }, () => remindSummary(sendReminders(now()))),
    },
    {
      name: 'ntmInstallReminderTrigger',
      doc: ['Menu NTM → Tự động → Bật nhắc hạn tự động (mỗi giờ).'],
      params: [],
      menu: { label: 'Bật nhắc hạn tự động (mỗi giờ)', submenu: AUTOMATION_MENU },
      run: () => runAction({ label: 'Bật nhắc hạn tự động', alertSummary: true }, installReminderTrigger),
    },
    {
      name: 'ntmRemoveReminderTrigger',
      doc: ['Menu NTM → Tự động → Tắt nhắc hạn tự động.'],
      params: [],
      menu: { label: 'Tắt nhắc hạn tự động', submenu: AUTOMATION_MENU },
      run: () => runAction({ label: 'Tắt nhắc hạn tự động', alertSummary: true }, removeReminderTrigger),
    },
    {
      name: HOURLY_HANDLER,
      doc: [
        'Trình kích hoạt mỗi giờ: gửi thư nhắc hạn đến hạn, thư yêu cầu sửa khi Tự gửi yêu cầu sửa = Có; lần đầu sau mỗi hạn nộp thì tổng hợp tuần vừa qua.',
        '@param {Object} e sự kiện hẹn giờ',
      ],
      params: ['e'],
      run: () => hourlyRun(now()),
    },
  ];
}
