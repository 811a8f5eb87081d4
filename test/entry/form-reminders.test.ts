// Reminders after the form was built: each village's email gives its own prefilled Link báo cáo; the officers' escalation the form's link.
import { TAB } from '../../src/core/contract';
import { ensureBuilt } from '../bundle/ensure-built';
import { seedWorld, shownColumn, theForm } from './form-world';

beforeAll(() => ensureBuilt());

/** 23/03/2023 10:00 in Hà Nội: inside the reminder window of the week due Thứ 5 23/03 14:30. */
const IN_WINDOW = Date.UTC(2023, 2, 23, 3);

it("a village reminder links to that village's prefilled form; without Link báo cáo it falls back to the form's link", () => {
  const w = seedWorld();
  expect(w.call('ntmBuildReportForm').ok).toBe(true);
  const links = shownColumn(w.rt, TAB.villages, 'Link báo cáo');
  const villages = shownColumn(w.rt, TAB.villages, 'Thôn');
  // One village's link cleared by hand: its reminder gives the form's link to fill in.
  const thon = w.rt.spreadsheet.getSheetByName(TAB.villages)!;
  const col = thon.getDataRange().getValues()[0].indexOf('Link báo cáo') + 1;
  thon.getRange(villages.indexOf('Hạ Bằng') + 2, col).setValue('');
  w.setNow(IN_WINDOW);
  expect(w.call('ntmSendReminders').ok).toBe(true);
  const outbox = w.rt.mail.outbox;
  expect(outbox.length).toBe(5);
  const published = `https://docs.google.com/forms/d/e/${theForm(w.rt).publishedKey}/viewform`;
  for (const mail of outbox) {
    const village = villages.find((v) => mail.subject.endsWith(`thôn ${v}`))!;
    const expected = village === 'Hạ Bằng' ? published : links[villages.indexOf(village)];
    expect([village, mail.body.includes(`tại ${expected},`)]).toEqual([village, true]);
    expect(mail.htmlBody).toContain(`href="${expected.replace(/&/g, '&amp;')}"`);
  }
});
