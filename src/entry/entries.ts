// The one list of entry points: every menu item, trigger handler and custom function; menu items in menu order within their section.
import type { EntryPoint } from './entry-point';
import { menuEntries } from './menu';
import { setupEntries } from './setup';
import { formEntries } from './form';
import { validationEntries } from './validate';
import { customFunctionEntries } from './custom-functions';
import { rollupEntries } from './rollup';
import { reportEntries } from './report';
import { exportEntries } from './export';
import { sendReportEntries } from './send-report';
import { monthReportEntries } from './report-month';
import { reminderEntries } from './reminder-entries';
import { correctionEntries } from './corrections';
import { selfTestEntry } from './self-test';
import { dashboardEntries } from './dashboard';

export function allEntries(): EntryPoint[] {
  return [
    ...menuEntries(allEntries),
    ...setupEntries(),
    selfTestEntry,
    ...formEntries(),
    ...validationEntries(),
    ...dashboardEntries(),
    ...rollupEntries(),
    ...reportEntries(),
    ...monthReportEntries(),
    ...sendReportEntries(),
    ...reminderEntries(),
    ...correctionEntries(),
    ...exportEntries(),
    ...customFunctionEntries(),
  ];
}
