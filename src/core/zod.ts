// zod, set up once for the whole core: no code generation (Apps Script and strict sandboxes forbid `new Function`).
import * as z from 'zod';

z.config({ jitless: true });

export { z };
