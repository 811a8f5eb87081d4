// Which accounts have a trigger on: recorded per kind, first time kept, removed per account, the older single-owner property read.
import { recordTriggerAccount, triggerAccounts } from '../../src/triggers/trigger-accounts';
import { removeGlobals, useRuntime } from '../sheets/ledger/with-runtime';

afterEach(removeGlobals);

describe('trigger accounts', () => {
  it('records each account per kind in the order they turned it on, and forgets one account at a time', () => {
    useRuntime();
    expect(triggerAccounts('hourly')).toEqual([]);
    recordTriggerAccount('hourly', 'a@x.vn', true, 100);
    recordTriggerAccount('hourly', 'b@x.vn', true, 200);
    recordTriggerAccount('hourly', 'a@x.vn', true, 300);
    recordTriggerAccount('formSubmit', 'b@x.vn', true, 400);
    expect(triggerAccounts('hourly')).toEqual([
      { email: 'a@x.vn', since: 100 },
      { email: 'b@x.vn', since: 200 },
    ]);
    recordTriggerAccount('hourly', 'a@x.vn', false, 500);
    expect(triggerAccounts('hourly')).toEqual([{ email: 'b@x.vn', since: 200 }]);
    expect(triggerAccounts('formSubmit')).toEqual([{ email: 'b@x.vn', since: 400 }]);
    recordTriggerAccount('hourly', '', true, 600);
    expect(triggerAccounts('hourly')).toEqual([{ email: 'b@x.vn', since: 200 }]);
  });

  it('reads the older single-owner property as one account, and drops it when rewriting', () => {
    const rt = useRuntime();
    rt.properties.document['ntm.reminderTriggerOwner'] = 'pho@sonbang.vn|1234';
    expect(triggerAccounts('hourly')).toEqual([{ email: 'pho@sonbang.vn', since: 1234 }]);
    recordTriggerAccount('hourly', 'can-bo@example.vn', true, 5000);
    expect(rt.properties.document['ntm.reminderTriggerOwner']).toBeUndefined();
    expect(triggerAccounts('hourly').map((a) => a.email)).toEqual(['pho@sonbang.vn', 'can-bo@example.vn']);
  });

  it('a hand-broken property counts as no account rather than failing', () => {
    const rt = useRuntime();
    rt.properties.document['ntm.triggerAccounts'] = '{not json';
    expect(triggerAccounts('hourly')).toEqual([]);
  });
});
