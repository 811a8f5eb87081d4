// Builds dist/Code.js (the file clasp pushes) and dist-local/ntm.cjs (the local runner that loads it).
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const root = path.dirname(new URL(import.meta.url).pathname);
const dist = path.join(root, 'dist');
const GLOBAL = 'NTM';

/** Renders the top-level `function` declarations Apps Script needs, from the bundle's entry list. */
function wrappers(entryPoints) {
  return entryPoints
    .map((e) => {
      const doc = ['/**', ...e.doc.map((l) => ` * ${l}`.trimEnd()), ' */'].join('\n');
      const params = e.params.join(', ');
      return `${doc}\nfunction ${e.name}(${params}) {\n  return ${GLOBAL}.entryPoints[${JSON.stringify(e.name)}].apply(this, arguments);\n}\n`;
    })
    .join('\n');
}

async function buildBundle() {
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'src/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    legalComments: 'none',
    write: false,
  });
  const body = result.outputFiles[0].text;
  // Load it with no Apps Script globals at all: loading must call no service.
  const context = vm.createContext({}, { codeGeneration: { strings: false, wasm: false } });
  vm.runInContext(`${body}\nthis.${GLOBAL} = ${GLOBAL};`, context, { filename: 'Code.js' });
  const list = context[GLOBAL].entryList;
  if (!Array.isArray(list) || list.length === 0) throw new Error('bundle exposes no entry list');
  const names = new Set();
  for (const e of list) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(e.name) || names.has(e.name))
      throw new Error(`bad entry name ${e.name}`);
    names.add(e.name);
  }
  const header = '// NTM Tracker — built file, do not edit. Source: src/ (TypeScript).\n';
  return header + body + '\n' + wrappers(list);
}

function copyStatic() {
  fs.copyFileSync(path.join(root, 'appsscript.json'), path.join(dist, 'appsscript.json'));
  const walk = (dir) =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((d) =>
        d.isDirectory()
          ? walk(path.join(dir, d.name))
          : d.name.endsWith('.html')
            ? [path.join(dir, d.name)]
            : [],
      );
  for (const file of walk(path.join(root, 'src')))
    fs.copyFileSync(file, path.join(dist, path.basename(file)));
}

async function buildRunner() {
  await esbuild.build({
    entryPoints: ['ntm', 'bench', 'smoke'].map((f) => path.join(root, `local/bin/${f}.ts`)),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    outdir: path.join(root, 'dist-local'),
    outExtension: { '.js': '.cjs' },
    logLevel: 'warning',
  });
}

fs.mkdirSync(dist, { recursive: true });
const code = await buildBundle();
const tmp = path.join(dist, `Code.js.${process.pid}.tmp`);
fs.writeFileSync(tmp, code);
fs.renameSync(tmp, path.join(dist, 'Code.js'));
copyStatic();
const localEntries = ['local/bin/ntm.ts', 'local/bin/bench.ts', 'local/bin/smoke.ts'].every((f) =>
  fs.existsSync(path.join(root, f)),
);
if (localEntries) await buildRunner();
console.log(`dist/Code.js: ${(code.length / 1024).toFixed(0)} KB`);
