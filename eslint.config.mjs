// Lint: typescript-eslint's recommended rules plus the house rules a linter can check (DEVELOPERS.md):
// a pure src/core, Apps Script services only in the adapter folders, no Node globals in src/, and time
// read only through src/core/zone.ts. Import layering stays in test/architecture/layering.test.ts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const APPS_SCRIPT_SERVICES = [
  'SpreadsheetApp',
  'MailApp',
  'GmailApp',
  'LockService',
  'PropertiesService',
  'ScriptApp',
  'FormApp',
  'HtmlService',
  'Session',
  'Utilities',
  'CacheService',
  'UrlFetchApp',
  'DriveApp',
  'Logger',
];
const NODE_GLOBALS = [
  'process',
  'Buffer',
  'require',
  'module',
  'exports',
  '__dirname',
  '__filename',
  'global',
  'setTimeout',
  'setInterval',
  'setImmediate',
];
const LOCAL_TIME_METHODS = [
  'getFullYear',
  'getYear',
  'getMonth',
  'getDate',
  'getDay',
  'getHours',
  'getMinutes',
  'getSeconds',
  'getTimezoneOffset',
  'setFullYear',
  'setYear',
  'setMonth',
  'setDate',
  'setHours',
  'setMinutes',
  'setSeconds',
  'toDateString',
  'toTimeString',
];
const UTC_FIELD_METHODS = [
  'getUTCFullYear',
  'getUTCMonth',
  'getUTCDate',
  'getUTCDay',
  'getUTCHours',
  'getUTCMinutes',
  'getUTCSeconds',
  'setUTCFullYear',
  'setUTCMonth',
  'setUTCDate',
  'setUTCHours',
  'setUTCMinutes',
  'setUTCSeconds',
];
export const ADAPTER_DIRS = ['src/sheets', 'src/mail', 'src/triggers', 'src/forms'];
export const ZONE_HELPER = 'src/core/zone.ts';

const ZONE = 'read the time through src/core/zone.ts';
const globals = (names, message) => names.map((name) => ({ name, message }));
const properties = (names, message) => names.map((property) => ({ property, message }));
const nodeGlobals = globals(NODE_GLOBALS, 'Apps Script has no Node globals');
const services = globals(APPS_SCRIPT_SERVICES, `only ${ADAPTER_DIRS.join(', ')} touch Apps Script services`);
const localTime = properties(LOCAL_TIME_METHODS, `local-time Date methods read the machine zone; ${ZONE}`);
const utcFields = properties(UTC_FIELD_METHODS, `UTC fields are read only in ${ZONE_HELPER}`);
const localDate = {
  selector: "NewExpression[callee.name='Date'][arguments.length>1]",
  message: `new Date(y, m, d) reads the machine zone; ${ZONE}`,
};
const clockReads = [
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'src/core and src/pages read no clock: the time comes in as an argument',
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'src/core and src/pages read no clock: the time comes in as an argument',
  },
];

/** The house rules for one part of src/: which globals, Date methods and constructs it may not use. */
function houseRules({ core, adapter, zoneHelper }) {
  return {
    'no-restricted-globals': ['error', ...nodeGlobals, ...(adapter ? [] : services)],
    'no-restricted-properties': ['error', ...localTime, ...(zoneHelper ? [] : utcFields)],
    'no-restricted-syntax': ['error', localDate, ...(core ? clockReads : [])],
  };
}
const adapterGlobs = ADAPTER_DIRS.map((d) => `${d}/**`);

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-local/**',
      'node_modules/**',
      'coverage/**',
      'test-artifacts/**',
      'out/**',
      'test/**/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      // TypeScript checks names itself; no-undef does not know its ambient types.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/core/**', 'src/pages/**', ...adapterGlobs],
    rules: houseRules({}),
  },
  // Pages are built from data the entries pass in; the clock their browser script reads is the officer's, inside a string.
  { files: ['src/pages/**/*.ts'], rules: houseRules({ core: true }) },
  { files: ADAPTER_DIRS.map((d) => `${d}/**/*.ts`), rules: houseRules({ adapter: true }) },
  { files: ['src/core/**/*.ts'], ignores: [ZONE_HELPER], rules: houseRules({ core: true }) },
  { files: [ZONE_HELPER], rules: houseRules({ core: true, zoneHelper: true }) },
  {
    files: ['**/*.cjs', 'scripts/**/*.mjs', 'build.mjs', 'eslint.config.mjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
