// MailApp: the outbox, the overloads, the daily quota counted in recipients, and failures on demand.
import { runtime } from './helpers';

function mail(options = {}) {
  const { rt } = runtime(options);
  return { rt, MailApp: rt.globals.MailApp as GoogleAppsScript.Mail.MailApp };
}

describe('sending', () => {
  it('sendEmail(message) records to, cc, subject, body, htmlBody, name and replyTo', () => {
    const { rt, MailApp } = mail();
    MailApp.sendEmail({
      to: 'a@x.vn',
      cc: 'b@x.vn',
      subject: 'Nhắc hạn',
      body: 'Xin chào',
      htmlBody: '<p>Xin chào</p>',
      name: 'NTM Sơn Bằng',
      replyTo: 'cb@x.vn',
    });
    expect(rt.mail.outbox).toEqual([
      {
        to: 'a@x.vn',
        cc: 'b@x.vn',
        subject: 'Nhắc hạn',
        body: 'Xin chào',
        htmlBody: '<p>Xin chào</p>',
        name: 'NTM Sơn Bằng',
        replyTo: 'cb@x.vn',
      },
    ]);
  });

  it('sendEmail(to, subject, body[, options]) and (to, replyTo, subject, body)', () => {
    const { rt, MailApp } = mail();
    MailApp.sendEmail('a@x.vn', 'S1', 'B1');
    MailApp.sendEmail('a@x.vn', 'S2', 'B2', { htmlBody: '<b>B2</b>', cc: 'c@x.vn' });
    MailApp.sendEmail('a@x.vn', 'reply@x.vn', 'S3', 'B3');
    expect(rt.mail.outbox).toEqual([
      { to: 'a@x.vn', cc: '', subject: 'S1', body: 'B1', htmlBody: '' },
      { to: 'a@x.vn', cc: 'c@x.vn', subject: 'S2', body: 'B2', htmlBody: '<b>B2</b>' },
      { to: 'a@x.vn', cc: '', subject: 'S3', body: 'B3', htmlBody: '', replyTo: 'reply@x.vn' },
    ]);
  });

  it('refuses a message without recipient or with a malformed address', () => {
    const { rt, MailApp } = mail();
    expect(() => MailApp.sendEmail({ to: '', subject: 's', body: 'b' })).toThrow('no recipient');
    expect(() => MailApp.sendEmail('a@x.vn, khong-phai-email', 's', 'b')).toThrow(
      'Invalid email: khong-phai-email',
    );
    expect(rt.mail.outbox).toEqual([]);
  });
});

describe('quota', () => {
  it('starts at the option (default 100) and counts recipients, cc and bcc included', () => {
    expect(mail().MailApp.getRemainingDailyQuota()).toBe(100);
    const { MailApp } = mail({ mailQuota: 10 });
    MailApp.sendEmail({ to: 'a@x.vn, b@x.vn', cc: 'c@x.vn', bcc: 'd@x.vn', subject: 's', body: 'b' });
    expect(MailApp.getRemainingDailyQuota()).toBe(6);
  });

  it('a send beyond the quota throws the Apps Script error and sends nothing', () => {
    const { rt, MailApp } = mail({ mailQuota: 2 });
    MailApp.sendEmail('a@x.vn', 's', 'b');
    expect(() => MailApp.sendEmail('a@x.vn, b@x.vn', 's', 'b')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    MailApp.sendEmail('c@x.vn', 's', 'b');
    expect(() => MailApp.sendEmail('d@x.vn', 's', 'b')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(rt.mail.outbox.map((m) => m.to)).toEqual(['a@x.vn', 'c@x.vn']);
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
  });

  it('setQuota changes what is left', () => {
    const { rt, MailApp } = mail();
    rt.mail.setQuota(1);
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
  });
});

describe('failures on demand', () => {
  it('the next send matching the predicate throws once, sends nothing and uses no quota', () => {
    const { rt, MailApp } = mail({ mailQuota: 5 });
    rt.mail.failNext((m) => m.to === 'b@x.vn');
    MailApp.sendEmail('a@x.vn', 's', 'b');
    expect(() => MailApp.sendEmail('b@x.vn', 's', 'b')).toThrow('Service error: Mail');
    MailApp.sendEmail('b@x.vn', 's', 'b');
    expect(rt.mail.outbox.map((m) => m.to)).toEqual(['a@x.vn', 'b@x.vn']);
    expect(MailApp.getRemainingDailyQuota()).toBe(3);
  });

  it('the predicate sees the attempt index', () => {
    const { rt, MailApp } = mail();
    rt.mail.failNext((_m, i) => i === 1);
    MailApp.sendEmail('a@x.vn', 's', 'b');
    expect(() => MailApp.sendEmail('a@x.vn', 's', 'b')).toThrow();
    MailApp.sendEmail('a@x.vn', 's', 'b');
    expect(rt.mail.outbox).toHaveLength(2);
  });
});
