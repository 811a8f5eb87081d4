// zod, set up once for the whole core: no code generation (Apps Script and strict sandboxes forbid `new Function`).
// Files that use zod write `import * as z from 'zod'` (the namespace import keeps the bundle small) and
// `import '../zod'` first, so this runs before any schema is used.
import * as z from 'zod';

z.config({ jitless: true });
