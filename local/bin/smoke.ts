// `npm run smoke` (after the build): the self-test in the local runtime, then the steps for a real sheet.
import { runSmoke } from '../smoke/smoke';

try {
  process.exitCode = runSmoke({ print: (l) => console.log(l) });
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
}
