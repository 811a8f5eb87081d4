// Reads every TypeScript file under src/ with the compiler's parser: its imports, the globals it names, its Date uses.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const ROOT = path.resolve(__dirname, '../..');

export const APPS_SCRIPT_GLOBALS = [
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

/** Node's own globals: Apps Script has none of them (no process, no Buffer, no timers). */
export const NODE_GLOBALS = ['process', 'Buffer', 'require', 'module', 'exports', '__dirname', '__filename', 'global', 'setTimeout', 'setInterval', 'setImmediate'];

/** Date methods that read or write the process's local zone (Apps Script: the script's zone). */
export const LOCAL_TIME_METHODS = [
  'getFullYear', 'getYear', 'getMonth', 'getDate', 'getDay', 'getHours', 'getMinutes', 'getSeconds', 'getTimezoneOffset',
  'setFullYear', 'setYear', 'setMonth', 'setDate', 'setHours', 'setMinutes', 'setSeconds',
  'toDateString', 'toTimeString',
];

export interface SourceFacts {
  /** Path relative to the repository root, with `/`. */
  file: string;
  /** Import specifiers, resolved to repository paths when relative (e.g. `src/sheets/ui`). */
  imports: string[];
  /** `name@line` for each Apps Script global the file names. */
  globals: string[];
  /** `name@line` for each Node global the file names. */
  nodeGlobals: string[];
  /** `getHours@12` style hits of local-time Date methods. */
  localTime: string[];
  /** `new Date(y, m, …)@line`: a Date built from local calendar fields. */
  localConstructors: string[];
  /** `Date.now()@line` / `new Date()@line`: clock reads. */
  clockReads: string[];
  /** `getUTCFullYear@line` style hits of UTC field access. */
  utcFields: string[];
}

export function sourceFiles(dir = path.join(ROOT, 'src')): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? sourceFiles(path.join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [path.join(dir, d.name)] : []));
}

function isNameOnly(node: ts.Identifier): boolean {
  const p = node.parent;
  if (ts.isPropertyAccessExpression(p) && p.name === node) return true;
  if ((ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isMethodDeclaration(p) || ts.isPropertySignature(p)) && p.name === node) return true;
  if (ts.isQualifiedName(p) && p.right === node) return true;
  if (ts.isImportSpecifier(p) || ts.isExportSpecifier(p)) return true;
  return false;
}

/** The name being declared (`const module = …`, a parameter `global`): not a use of the global. */
function isDeclaredName(node: ts.Identifier): boolean {
  const p = node.parent;
  return (ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p) || ts.isBindingElement(p)) && p.name === node;
}

export function factsOf(absFile: string): SourceFacts {
  const text = fs.readFileSync(absFile, 'utf8');
  const sf = ts.createSourceFile(absFile, text, ts.ScriptTarget.ES2020, true);
  const rel = path.relative(ROOT, absFile).split(path.sep).join('/');
  const facts: SourceFacts = { file: rel, imports: [], globals: [], nodeGlobals: [], localTime: [], localConstructors: [], clockReads: [], utcFields: [] };
  const line = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const addImport = (spec: string) => {
    const resolved = spec.startsWith('.') ? path.relative(ROOT, path.resolve(path.dirname(absFile), spec)).split(path.sep).join('/') : spec;
    facts.imports.push(resolved);
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier))
      addImport(node.moduleSpecifier.text);
    if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) addImport(node.arguments[0].text);
    }
    if (ts.isIdentifier(node) && APPS_SCRIPT_GLOBALS.includes(node.text) && !isNameOnly(node)) facts.globals.push(`${node.text}@${line(node)}`);
    if (ts.isIdentifier(node) && NODE_GLOBALS.includes(node.text) && !isNameOnly(node) && !isDeclaredName(node)) facts.nodeGlobals.push(`${node.text}@${line(node)}`);
    if (ts.isPropertyAccessExpression(node)) {
      const name = node.name.text;
      if (LOCAL_TIME_METHODS.includes(name)) facts.localTime.push(`${name}@${line(node)}`);
      if (/^(get|set)UTC/.test(name)) facts.utcFields.push(`${name}@${line(node)}`);
      if (name === 'now' && ts.isIdentifier(node.expression) && node.expression.text === 'Date') facts.clockReads.push(`Date.now()@${line(node)}`);
    }
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Date') {
      const n = node.arguments?.length ?? 0;
      if (n === 0) facts.clockReads.push(`new Date()@${line(node)}`);
      if (n >= 2) facts.localConstructors.push(`new Date(${n} args)@${line(node)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return facts;
}

export const allFacts = (): SourceFacts[] => sourceFiles().map(factsOf);
