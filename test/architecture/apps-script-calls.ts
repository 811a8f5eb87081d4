// Every Apps Script member the code can reach, read through the compiler's types: a property access whose receiver is a GoogleAppsScript type.
import path from 'node:path';
import ts from 'typescript';
import { ROOT } from './source-facts';

export interface AppsScriptUse {
  /** `Interface.member`, e.g. `Range.getValues` (the interface's last name in the GoogleAppsScript namespace). */
  member: string;
  /** The interface's full name, e.g. `GoogleAppsScript.Spreadsheet.Range`. */
  iface: string;
  /** `file:line` of the first use. */
  at: string;
}

const NAMESPACE = 'GoogleAppsScript.';
/** Apps Script hands back JavaScript Dates; the types call them GoogleAppsScript.Base.Date, but they are not a service. */
const NOT_A_SERVICE = new Set(['GoogleAppsScript.Base.Date']);

/** A Program over `files` (absolute paths) plus `virtual` texts by absolute path, with the project's options. */
export function programOver(files: string[], virtual: Record<string, string> = {}): ts.Program {
  const config = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  const options = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT).options;
  const host = ts.createCompilerHost(options, true);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.getSourceFile = (name, lang, ...rest) =>
    name in virtual
      ? ts.createSourceFile(name, virtual[name], lang, true)
      : getSourceFile(name, lang, ...rest);
  host.fileExists = (name) => name in virtual || fileExists(name);
  return ts.createProgram([...files, ...Object.keys(virtual)], options, host);
}

/** The GoogleAppsScript interface a type stands for (null, undefined and unions of one such type included), else null. */
function gasInterface(checker: ts.TypeChecker, type: ts.Type): string | null {
  const types = type.isUnion() ? type.types : [type];
  for (const t of types) {
    const symbol = t.aliasSymbol && !t.getSymbol() ? t.aliasSymbol : t.getSymbol();
    if (!symbol) continue;
    const name = checker.getFullyQualifiedName(symbol);
    if (name.startsWith(NAMESPACE) && !NOT_A_SERVICE.has(name)) return name;
  }
  return null;
}

/** Uses in `fileNames` (absolute), each member once, in the order first met. */
export function appsScriptUses(program: ts.Program, fileNames: readonly string[]): AppsScriptUse[] {
  const checker = program.getTypeChecker();
  const found = new Map<string, AppsScriptUse>();
  const visit = (sf: ts.SourceFile, node: ts.Node) => {
    if (ts.isPropertyAccessExpression(node)) {
      const receiver = checker.getTypeAtLocation(node.expression);
      const iface = gasInterface(checker, receiver);
      const symbol = checker.getSymbolAtLocation(node.name);
      const isEnumMember = symbol?.declarations?.some(ts.isEnumMember) ?? false;
      if (iface && !isEnumMember) {
        const member = `${iface.slice(iface.lastIndexOf('.') + 1)}.${node.name.text}`;
        if (!found.has(member)) {
          const line = sf.getLineAndCharacterOfPosition(node.name.getStart(sf)).line + 1;
          const at = `${path.relative(ROOT, sf.fileName).split(path.sep).join('/')}:${line}`;
          found.set(member, { member, iface, at });
        }
      }
    }
    ts.forEachChild(node, (child) => visit(sf, child));
  };
  for (const file of fileNames) {
    const sf = program.getSourceFile(file);
    if (!sf) throw new Error(`not in the program: ${file}`);
    visit(sf, sf);
  }
  return [...found.values()];
}
