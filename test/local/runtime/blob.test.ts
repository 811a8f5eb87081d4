// Utilities.newBlob, Blob.getAs and MailApp attachments: HTML becomes a real PDF through Chromium, nothing else is converted, only blobs are attached.
import { isPdf, pdfPageCount } from '../../browser/pdf-pages';
import { runtime } from './helpers';

const PAGE =
  '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><style>@page { size: A4; }</style></head><body><h1>Báo cáo tuần</h1></body></html>';

function services(options = {}) {
  const { rt } = runtime(options);
  return {
    rt,
    Utilities: rt.globals.Utilities as GoogleAppsScript.Utilities.Utilities,
    MailApp: rt.globals.MailApp as GoogleAppsScript.Mail.MailApp,
  };
}

describe('Utilities.newBlob', () => {
  it('holds a string as UTF-8, with its content type and name (null when not given)', () => {
    const { Utilities } = services();
    const blob = Utilities.newBlob('Sơn Bằng', 'text/plain', 'x.txt');
    expect(blob.getDataAsString()).toBe('Sơn Bằng');
    expect(blob.getBytes()).toHaveLength(Buffer.byteLength('Sơn Bằng'));
    expect(blob.getBytes().every((b) => b >= -128 && b <= 127)).toBe(true);
    expect([blob.getContentType(), blob.getName()]).toEqual(['text/plain', 'x.txt']);
    const bare = Utilities.newBlob([72, 105]);
    expect([bare.getDataAsString(), bare.getContentType(), bare.getName()]).toEqual(['Hi', null, null]);
  });
});

describe('Blob.getAs', () => {
  it('prints an HTML blob to a PDF with Chromium, named with .pdf in place of the last extension', () => {
    const { rt, Utilities } = services();
    const pdf = Utilities.newBlob(PAGE, 'text/html', 'bao-cao-tuan-30-03-2023.html').getAs('application/pdf');
    expect(pdf.getContentType()).toBe('application/pdf');
    expect(pdf.getName()).toBe('bao-cao-tuan-30-03-2023.pdf');
    const bytes = Buffer.from(pdf.getBytes().map((b) => b & 0xff));
    expect(isPdf(bytes)).toBe(true);
    expect(pdfPageCount(bytes)).toBe(1);
    expect(rt.calls['Blob.getAs']).toBe(1);
  });

  it('refuses a conversion it cannot make, as Apps Script does', () => {
    const { Utilities } = services();
    expect(() => Utilities.newBlob('x', 'text/plain', 'x.txt').getAs('image/png')).toThrow(
      'Converting from text/plain to image/png is not supported.',
    );
  });

  it('without Chromium, throws with the install line instead of pretending', () => {
    const { Utilities } = services({ chromium: '/nowhere/chromium' });
    expect(() => Utilities.newBlob(PAGE, 'text/html', 'a.html').getAs('application/pdf')).toThrow(
      'cài bằng "sudo apt-get install -y chromium"',
    );
  });
});

describe('MailApp attachments', () => {
  it('keeps each blob’s name, type and bytes; a message without attachments has none', () => {
    const { rt, Utilities, MailApp } = services();
    const blob = Utilities.newBlob('a;b', 'text/csv', 'so-lieu.csv');
    MailApp.sendEmail({ to: 'a@x.vn', subject: 'S', body: 'B', attachments: [blob] });
    MailApp.sendEmail({ to: 'a@x.vn', subject: 'S2', body: 'B2', attachments: [] });
    expect(rt.mail.outbox[0].attachments).toEqual([
      { name: 'so-lieu.csv', contentType: 'text/csv', bytes: Buffer.from('a;b') },
    ]);
    expect(rt.mail.outbox[1]).not.toHaveProperty('attachments');
  });

  it('refuses what is not a blob, sending nothing', () => {
    const { rt, MailApp } = services();
    const notBlob = { getName: () => 'x' } as unknown as GoogleAppsScript.Base.BlobSource;
    expect(() =>
      MailApp.sendEmail({ to: 'a@x.vn', subject: 'S', body: 'B', attachments: [notBlob] }),
    ).toThrow('Invalid argument: attachments');
    expect(rt.mail.outbox).toEqual([]);
  });
});
