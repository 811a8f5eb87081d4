// PropertiesService, Session, Utilities, Logger, LockService and ScriptApp triggers.
import { at, runtime } from './helpers';

type G = {
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Logger: GoogleAppsScript.Base.Logger;
  LockService: GoogleAppsScript.Lock.LockService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
};

function services(options = {}) {
  const { rt } = runtime(options);
  return { rt, g: rt.globals as unknown as G };
}

describe('PropertiesService', () => {
  it('document, script and user stores are separate and visible on the runtime', () => {
    const { rt, g } = services();
    const doc = g.PropertiesService.getDocumentProperties();
    doc.setProperty('lastRollup', '2023-03-16');
    g.PropertiesService.getScriptProperties().setProperty('k', 'script');
    expect(doc.getProperty('lastRollup')).toBe('2023-03-16');
    expect(doc.getProperty('k')).toBeNull();
    expect(rt.properties).toEqual({
      document: { lastRollup: '2023-03-16' },
      script: { k: 'script' },
      user: {},
    });
  });

  it('setProperties, getProperties, getKeys, deleteProperty, deleteAllProperties', () => {
    const { g } = services();
    const p = g.PropertiesService.getUserProperties();
    p.setProperties({ a: '1', b: '2' });
    p.setProperty('c', 3 as unknown as string);
    expect(p.getProperties()).toEqual({ a: '1', b: '2', c: '3' });
    p.setProperties({ d: '4' }, true);
    expect(p.getKeys()).toEqual(['d']);
    p.deleteProperty('d');
    expect(p.getProperties()).toEqual({});
    p.setProperty('x', 'y').deleteAllProperties();
    expect(p.getKeys()).toEqual([]);
  });

  it('a value over 9 kB is refused, as in Apps Script', () => {
    const { g } = services();
    expect(() =>
      g.PropertiesService.getScriptProperties().setProperty('big', 'x'.repeat(9 * 1024 + 1)),
    ).toThrow('Argument too large');
  });
});

describe('Session', () => {
  it('gives the user and the script zone', () => {
    const { g } = services({ user: 'thu.ky@sonbang.vn', timeZone: 'Asia/Tokyo' });
    expect(g.Session.getActiveUser().getEmail()).toBe('thu.ky@sonbang.vn');
    expect(g.Session.getEffectiveUser().getEmail()).toBe('thu.ky@sonbang.vn');
    expect(g.Session.getScriptTimeZone()).toBe('Asia/Ho_Chi_Minh');
  });

  it('the default user', () => {
    expect(services().g.Session.getActiveUser().getEmail()).toBe('can-bo@example.vn');
  });
});

describe('Utilities', () => {
  const t = new Date(at(7, 2023, 3, 16, 14, 30, 5));

  it.each([
    ['dd/MM/yyyy', 'Asia/Ho_Chi_Minh', '16/03/2023'],
    ['dd/MM/yyyy HH:mm', 'Asia/Ho_Chi_Minh', '16/03/2023 14:30'],
    ["yyyy-MM-dd'T'HH:mm:ss", 'Asia/Ho_Chi_Minh', '2023-03-16T14:30:05'],
    ['dd/MM/yyyy HH:mm', 'America/New_York', '16/03/2023 03:30'],
    ['dd/MM/yyyy HH:mm', 'Asia/Tokyo', '16/03/2023 16:30'],
    ['EEE d/M/yy h:mm a', 'Asia/Ho_Chi_Minh', 'Thu 16/3/23 2:30 PM'],
    ['HH:mm Z', 'Asia/Ho_Chi_Minh', '14:30 +0700'],
    ["'Tuần đến' dd/MM", 'Asia/Ho_Chi_Minh', 'Tuần đến 16/03'],
  ])('formatDate(%p, %p)', (pattern, zone, text) => {
    expect(services().g.Utilities.formatDate(t, zone, pattern)).toBe(text);
  });

  it('an unknown zone formats in GMT, as Apps Script does', () => {
    expect(services().g.Utilities.formatDate(t, 'Nowhere/City', 'HH:mm')).toBe('07:30');
  });

  it('getUuid is distinct per call; sleep returns', () => {
    const { g } = services();
    const a = g.Utilities.getUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(g.Utilities.getUuid()).not.toBe(a);
    expect(g.Utilities.sleep(1000)).toBeUndefined();
  });

  it('computeDigest gives signed bytes', () => {
    const { g } = services();
    const md5 = g.Utilities.computeDigest(g.Utilities.DigestAlgorithm.MD5, 'abc');
    const hex = md5.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('');
    expect(hex).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(md5.some((b) => b < 0)).toBe(true);
  });

  it('Logger.log records lines, with %s placeholders', () => {
    const { rt, g } = services();
    g.Logger.log('Tổng hợp %s: %s dòng', 'Tuần 1', 12);
    g.Logger.log({ ok: true });
    expect(rt.logs).toEqual(['Tổng hợp Tuần 1: 12 dòng', '{"ok":true}']);
    expect(g.Logger.getLog()).toBe('Tổng hợp Tuần 1: 12 dòng\n{"ok":true}\n');
  });
});

describe('LockService', () => {
  it('a lock is taken, held, and released', () => {
    const { g } = services();
    const lock = g.LockService.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(g.LockService.getDocumentLock().tryLock(0)).toBe(false);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    expect(g.LockService.getDocumentLock().tryLock(0)).toBe(true);
  });

  it('document, script and user locks are independent', () => {
    const { g } = services();
    expect(g.LockService.getDocumentLock().tryLock(0)).toBe(true);
    expect(g.LockService.getScriptLock().tryLock(0)).toBe(true);
    expect(g.LockService.getUserLock().tryLock(0)).toBe(true);
  });

  it('while another execution holds the locks, tryLock fails and waitLock throws "Lock timeout"', () => {
    const { rt, g } = services();
    rt.lock.holdByOther();
    const lock = g.LockService.getDocumentLock();
    expect(lock.tryLock(30000)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    expect(() => g.LockService.getScriptLock().waitLock(30000)).toThrow(/^Lock timeout/);
    rt.lock.releaseOther();
    expect(() => lock.waitLock(30000)).not.toThrow();
    expect(lock.hasLock()).toBe(true);
  });
});

describe('ScriptApp triggers', () => {
  it('creates an hourly clock trigger and a form-submit trigger; lists and deletes them', () => {
    const { rt, g } = services();
    const ss = rt.spreadsheet;
    const clock = g.ScriptApp.newTrigger('remindTrigger').timeBased().everyHours(1).create();
    const form = g.ScriptApp.newTrigger('onFormSubmitTrigger').forSpreadsheet(ss).onFormSubmit().create();
    expect(rt.triggers.list()).toEqual([
      {
        handler: 'remindTrigger',
        type: 'CLOCK',
        source: 'CLOCK',
        everyHours: 1,
        id: clock.getUniqueId(),
        owner: 'can-bo@example.vn',
      },
      {
        handler: 'onFormSubmitTrigger',
        type: 'ON_FORM_SUBMIT',
        source: 'SPREADSHEETS',
        id: form.getUniqueId(),
        owner: 'can-bo@example.vn',
      },
    ]);
    expect(form.getEventType()).toBe(g.ScriptApp.EventType.ON_FORM_SUBMIT);
    expect(form.getTriggerSource()).toBe(g.ScriptApp.TriggerSource.SPREADSHEETS);
    expect(form.getTriggerSourceId()).toBe(ss.getId());
    expect(clock.getTriggerSourceId()).toBeNull();
    expect(clock.getHandlerFunction()).toBe('remindTrigger');
    expect(clock.getUniqueId()).not.toBe(form.getUniqueId());
    expect(g.ScriptApp.getProjectTriggers()).toHaveLength(2);
    expect(g.ScriptApp.getUserTriggers(ss).map((t) => t.getHandlerFunction())).toEqual([
      'onFormSubmitTrigger',
    ]);
    g.ScriptApp.deleteTrigger(g.ScriptApp.getProjectTriggers()[0]);
    expect(rt.triggers.list().map((t) => t.handler)).toEqual(['onFormSubmitTrigger']);
  });

  it('refuses schedules Apps Script refuses, and triggers beyond 20', () => {
    const { g } = services();
    expect(() => g.ScriptApp.newTrigger('f').timeBased().everyHours(3)).toThrow('1, 2, 4, 6, 8 or 12');
    expect(() => g.ScriptApp.newTrigger('f').timeBased().create()).toThrow('schedule');
    expect(() => g.ScriptApp.newTrigger('f').forSpreadsheet('id').create()).toThrow('event');
    for (let i = 0; i < 20; i++) g.ScriptApp.newTrigger('f').timeBased().everyHours(1).create();
    expect(() => g.ScriptApp.newTrigger('f').timeBased().everyHours(1).create()).toThrow('too many triggers');
  });

  it('offers the AuthMode enum', () => {
    const { g } = services();
    expect(String(g.ScriptApp.AuthMode.NONE)).toBe('NONE');
    expect(String(g.ScriptApp.AuthMode.FULL)).toBe('FULL');
  });
});
