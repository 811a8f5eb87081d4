// The mail and document-property adapters against the in-memory runtime: to the given addresses only, quota, form link, week.
import { asDay } from '../../src/core/zone';
import { remainingQuota, sendMail } from '../../src/mail/mail-service';
import { formUrl, rolledUpWeek, setRolledUpWeek } from '../../src/mail/reminder-state';
import { removeGlobals, useRuntime } from '../sheets/ledger/with-runtime';

afterEach(removeGlobals);

const mail = {
  to: ['a@x.vn', 'b@x.vn'],
  subject: 'S',
  body: 'B',
  htmlBody: '<p>B</p>',
  name: 'NTM xã Sơn Bằng',
};

describe('mail-service', () => {
  it('sends one message to exactly the given addresses, with the sender name, no copies', () => {
    const rt = useRuntime({ mailQuota: 5 });
    sendMail(mail);
    expect(rt.mail.outbox).toEqual([
      { to: 'a@x.vn,b@x.vn', cc: '', subject: 'S', body: 'B', htmlBody: '<p>B</p>', name: 'NTM xã Sơn Bằng' },
    ]);
    expect(remainingQuota()).toBe(3);
  });

  it('throws what MailApp throws (the caller logs it as Lỗi)', () => {
    const rt = useRuntime({ mailQuota: 1 });
    expect(() => sendMail(mail)).toThrow('Service invoked too many times');
    rt.mail.setQuota(10);
    rt.mail.failNext(() => true);
    expect(() => sendMail(mail)).toThrow('Service error: Mail');
    expect(rt.mail.outbox).toEqual([]);
  });
});

describe('reminder-state', () => {
  it('the form link: the formUrl property, else the linked form, else none', () => {
    const rt = useRuntime();
    expect(formUrl()).toBeUndefined();
    rt.properties.document.formUrl = '  https://docs.google.com/forms/d/abc/viewform ';
    expect(formUrl()).toBe('https://docs.google.com/forms/d/abc/viewform');
  });

  it('the last week rolled up: a whole number, else none', () => {
    const rt = useRuntime();
    expect(rolledUpWeek()).toBeNull();
    setRolledUpWeek(asDay(19437));
    expect(rolledUpWeek()).toBe(19437);
    rt.properties.document['ntm.rolledUpWeek'] = 'tuần trước';
    expect(rolledUpWeek()).toBeNull();
  });
});
