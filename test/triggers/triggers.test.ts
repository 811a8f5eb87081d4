// Installable triggers: one per handler however often it is installed, removed by name, and never raced.
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
    expect(removeTrigger('onHourlyNtm')).toBe(1);
    expect(removeTrigger('onHourlyNtm')).toBe(0);
    expect(rt.triggers.list().map((t) => t.handler)).toEqual(['onFormSubmitNtm']);
    expect(isInstalled('onHourlyNtm')).toBe(false);
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
