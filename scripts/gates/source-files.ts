import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The app's function sources (src/), parsed one file at a time for the syntactic checks of the
 * forge-checks gate. Parsing alone (no program, no type check) keeps those checks instant; the
 * checks that need types build their own small program (handler-program.ts).
 */
export interface SourceFile {
  /** Path relative to the repository root, with forward slashes: how messages name the file. */
  path: string;
  ast: ts.SourceFile;
}

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.cjs', '.mjs'];

export function readSourceFiles(repoRoot: string, directory = 'src'): SourceFile[] {
  const root = path.resolve(repoRoot);
  return listFiles(path.join(root, directory))
    .filter((file) => SOURCE_EXTENSIONS.includes(path.extname(file)) && !file.endsWith('.d.ts'))
    .map((file) => {
      const text = fs.readFileSync(file, 'utf8');
      const ast = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, scriptKind(file));
      return { path: path.relative(root, file).split(path.sep).join('/'), ast };
    });
}

function listFiles(directory: string): string[] {
  if (!fs.existsSync(directory)) return [];
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : listFiles(full);
    return entry.isFile() ? [full] : [];
  });
}

function scriptKind(file: string): ts.ScriptKind {
  const extension = path.extname(file);
  if (extension === '.tsx') return ts.ScriptKind.TSX;
  if (extension === '.jsx') return ts.ScriptKind.JSX;
  if (extension === '.ts') return ts.ScriptKind.TS;
  return ts.ScriptKind.JS;
}

/** "src/a.ts:12": where a node starts, for messages an editor can follow. */
export function location(file: SourceFile, node: ts.Node): string {
  const { line } = file.ast.getLineAndCharacterOfPosition(node.getStart(file.ast));
  return `${file.path}:${line + 1}`;
}

/** Calls every node of the file, depth first. */
export function visitNodes(file: SourceFile, visit: (node: ts.Node) => void): void {
  const walk = (node: ts.Node): void => {
    visit(node);
    ts.forEachChild(node, walk);
  };
  walk(file.ast);
}

/**
 * Every module specifier the file loads: static imports, re-exports, `import x = require()`,
 * `require()` and dynamic `import()`.
 */
export function importedModules(file: SourceFile): { specifier: string; node: ts.Node }[] {
  const found: { specifier: string; node: ts.Node }[] = [];
  visitNodes(file, (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, node });
    } else if (ts.isExternalModuleReference(node) && ts.isStringLiteral(node.expression)) {
      found.push({ specifier: node.expression.text, node });
    } else if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteral(node.arguments[0])) {
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      if (isRequire || isDynamicImport) found.push({ specifier: node.arguments[0].text, node });
    }
  });
  return found;
}
