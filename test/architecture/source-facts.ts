// Reads every TypeScript file under src/ with the compiler's parser for its imports (the rest is lint: eslint.config.mjs).
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const ROOT = path.resolve(__dirname, '../..');

export interface SourceFacts {
  /** Path relative to the repository root, with `/`. */
  file: string;
  /** Import specifiers, resolved to repository paths when relative (e.g. `src/sheets/ui`). */
  imports: string[];
}

export function sourceFiles(dir = path.join(ROOT, 'src')): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) =>
      d.isDirectory()
        ? sourceFiles(path.join(dir, d.name))
        : /\.tsx?$/.test(d.name)
          ? [path.join(dir, d.name)]
          : [],
    );
}

export function factsOf(absFile: string): SourceFacts {
  const text = fs.readFileSync(absFile, 'utf8');
  const sf = ts.createSourceFile(absFile, text, ts.ScriptTarget.ES2020, true);
  const rel = path.relative(ROOT, absFile).split(path.sep).join('/');
  const facts: SourceFacts = {
    file: rel,
    imports: [],
  };
  const addImport = (spec: string) => {
    const resolved = spec.startsWith('.')
      ? path
          .relative(ROOT, path.resolve(path.dirname(absFile), spec))
          .split(path.sep)
          .join('/')
      : spec;
    facts.imports.push(resolved);
  };
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      addImport(node.moduleSpecifier.text);
    if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression;
      if (
        callee.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(callee) && callee.text === 'require')
      )
        addImport(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return facts;
}

export const allFacts = (): SourceFacts[] => sourceFiles().map(factsOf);
