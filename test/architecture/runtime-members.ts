// What the local runtime implements, read through the compiler: each fake class's `implements Pick<GoogleAppsScript.X, 'a' | 'b'>`.
import path from 'node:path';
import ts from 'typescript';
import { ROOT } from './source-facts';

/** `Interface.member` → the runtime file (relative, `/`) whose class implements it. */
export type RuntimeMembers = Map<string, string>;

/** The GoogleAppsScript interface that declares a property (what a `Pick<>` or `Omit<>` of it points back to), else null. */
function declaringInterface(checker: ts.TypeChecker, property: ts.Symbol): string | null {
  const decl = property.declarations?.[0];
  const owner =
    decl && (ts.isInterfaceDeclaration(decl.parent) || ts.isClassDeclaration(decl.parent))
      ? decl.parent
      : null;
  const symbol = owner?.name ? checker.getSymbolAtLocation(owner.name) : undefined;
  const name = symbol ? checker.getFullyQualifiedName(symbol) : '';
  return name.startsWith('GoogleAppsScript.') ? name : null;
}

/** Members of GoogleAppsScript interfaces that a class of `files` declares it implements (`implements Pick<X, …>`, `Omit<…>`). */
export function runtimeMembers(program: ts.Program, files: readonly string[]): RuntimeMembers {
  const checker = program.getTypeChecker();
  const members: RuntimeMembers = new Map();
  for (const file of files) {
    const sf = program.getSourceFile(file);
    if (!sf) throw new Error(`not in the program: ${file}`);
    const rel = path.relative(ROOT, file).split(path.sep).join('/');
    const visit = (node: ts.Node) => {
      if (ts.isClassDeclaration(node))
        for (const clause of node.heritageClauses ?? []) {
          if (clause.token !== ts.SyntaxKind.ImplementsKeyword) continue;
          for (const t of clause.types)
            for (const property of checker.getPropertiesOfType(checker.getTypeFromTypeNode(t))) {
              const iface = declaringInterface(checker, property);
              if (iface) members.set(`${iface.slice(iface.lastIndexOf('.') + 1)}.${property.name}`, rel);
            }
        }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return members;
}
