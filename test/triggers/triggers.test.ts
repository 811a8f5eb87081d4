// Installable triggers: one per handler however often it is installed, removed by name, and never raced.
import { triggerAccounts } from '../../src/triggers/trigger-accounts';
import { ensureTrigger, isInstalled, removeTrigger } from '../../src/triggers/triggers';
import { removeGlobals, useRuntime } from '../sheets/ledger/with-runtime';

afterEach(removeGlobals);

describe('installable triggers', () => {
  it('installing twice leaves one trigger of each kind', () => {
    const rt = useRuntime();
    expect(ensureTrigger('onHourlyNtm', 'hourly')).toBe(true);
    expect(ensureTrigger('onHourlyNtm', 'hourly')).toBe(false);
    expect(ensureTrigger('onFormSubmitNtm', 'formSubmit')).toBe(true);
    const list = rt.triggers.list();
    expect(list.map((t) => t.handler).sort()).toEqual(['onFormSubmitNtm', 'onHourlyNtm']);
    expect(list.find((t) => t.handler === 'onHourlyNtm')?.everyHours).toBe(1);
    expect(isInstalled('onHourlyNtm')).toBe(true);
  });

  it('removes only the named handler', () => {
    const rt = useRuntime();
    ensureTrigger('onHourlyNtm', 'hourly');
    ensureTrigger('onFormSubmitNtm', 'formSubmit');
    expect(removeTrigger('onHourlyNtm', 'hourly')).toBe(1);
    expect(removeTrigger('onHourlyNtm', 'hourly')).toBe(0);
    expect(rt.triggers.list().map((t) => t.handler)).toEqual(['onFormSubmitNtm']);
    expect(isInstalled('onHourlyNtm')).toBe(false);
  });

  it("each account has its own trigger, listed only to it; removing touches only one's own; the accounts are recorded", () => {
    const rt = useRuntime({ user: 'a@sonbang.vn' });
    expect(ensureTrigger('onHourlyNtm', 'hourly')).toBe(true);
    rt.session.switchUser('b@sonbang.vn');
    expect(isInstalled('onHourlyNtm')).toBe(false);
    expect(ensureTrigger('onHourlyNtm', 'hourly')).toBe(true);
    expect(rt.triggers.list().map((t) => t.owner)).toEqual(['a@sonbang.vn', 'b@sonbang.vn']);
    expect(triggerAccounts('hourly').map((a) => a.email)).toEqual(['a@sonbang.vn', 'b@sonbang.vn']);
    expect(removeTrigger('onHourlyNtm', 'hourly')).toBe(1);
    expect(rt.triggers.list().map((t) => t.owner)).toEqual(['a@sonbang.vn']);
    expect(triggerAccounts('hourly').map((a) => a.email)).toEqual(['a@sonbang.vn']);
    rt.session.switchUser('a@sonbang.vn');
    expect(isInstalled('onHourlyNtm')).toBe(true);
  });

  it('does not install while another execution holds the document lock, and says why', () => {
    const rt = useRuntime();
    rt.lock.holdByOther();
    expect(() => ensureTrigger('onHourlyNtm', 'hourly')).toThrow(/thao tác khác .* đang chạy/);
    expect(rt.triggers.list()).toEqual([]);
    rt.lock.releaseOther();
    expect(ensureTrigger('onHourlyNtm', 'hourly')).toBe(true);
  });
});
