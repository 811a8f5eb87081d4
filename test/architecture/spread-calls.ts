// Finds arguments spread into a call (`push(...rows)`, `Math.max(...xs)`): each element becomes one argument, and past a
// hundred thousand or so the call fails with "Maximum call stack size exceeded".
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { ROOT } from './source-facts';

/** True when `name` is the rest parameter of a function enclosing `node` (forwarding a call's own arguments is bounded by it). */
function isOwnRestParameter(node: ts.Node, name: string): boolean {
  for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
    if (
      ts.isFunctionLike(p) &&
      p.parameters.some(
        (param) => param.dotDotDotToken && ts.isIdentifier(param.name) && param.name.text === name,
      )
    )
      return true;
  }
  return false;
}

/** `file:line  text` for every spread argument of a call or `new` in `absFile`. */
export function spreadCallsOf(absFile: string): string[] {
  const sf = ts.createSourceFile(absFile, fs.readFileSync(absFile, 'utf8'), ts.ScriptTarget.ES2020, true);
  const rel = path.relative(ROOT, absFile).split(path.sep).join('/');
  const hits: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      for (const arg of node.arguments ?? []) {
        if (!ts.isSpreadElement(arg)) continue;
        if (ts.isIdentifier(arg.expression) && isOwnRestParameter(node, arg.expression.text)) continue;
        const at = sf.getLineAndCharacterOfPosition(arg.getStart(sf)).line + 1;
        hits.push(`${rel}:${at}  ${node.getText(sf).split('\n')[0].slice(0, 80)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return hits;
}
