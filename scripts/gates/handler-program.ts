import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * A TypeScript program over the files that `function` modules name as handlers (src/index.ts
 * here), so the checks can list what a handler file really exports — `export *` and
 * `export { x as y } from` included — and look at the type of each export.
 *
 * Only the handler files are roots and no diagnostics are computed: the program is used for
 * symbol lookups, which keeps this well under the cost of a full type check.
 */
export interface HandlerProgram {
  checker: ts.TypeChecker;
  /** The handler file for `file` of `file.export` (src/<file>.ts and friends), or null if absent. */
  resolve(file: string): string | null;
  /** Exports by name of a resolved handler file. */
  exportsOf(resolvedFile: string): Map<string, ts.Symbol>;
  /** A resolved file as messages name it: relative to the repository root. */
  relative(resolvedFile: string): string;
}

/** The extensions Forge tries for a handler, in its order (@forge/manifest HANDLER_EXTENSIONS). */
const HANDLER_EXTENSIONS = ['tsx', 'jsx', 'ts', 'js', 'cjs'];

export function loadHandlerProgram(repoRoot: string, handlerFiles: string[]): HandlerProgram {
  const root = path.resolve(repoRoot);
  const resolve = (file: string): string | null =>
    HANDLER_EXTENSIONS.map((extension) => path.join(root, 'src', `${file}.${extension}`)).find((candidate) => fs.existsSync(candidate)) ??
    null;
  const rootNames = [...new Set(handlerFiles.map(resolve).filter((file): file is string => file !== null))];
  const program = ts.createProgram({ rootNames, options: compilerOptions(root) });
  const checker = program.getTypeChecker();

  const exportsOf = (resolvedFile: string): Map<string, ts.Symbol> => {
    const sourceFile = program.getSourceFile(resolvedFile);
    const moduleSymbol = sourceFile ? checker.getSymbolAtLocation(sourceFile) : undefined;
    const symbols = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
    return new Map(symbols.map((symbol) => [symbol.getName(), symbol]));
  };
  const relative = (resolvedFile: string): string => path.relative(root, resolvedFile).split(path.sep).join('/');
  return { checker, resolve, exportsOf, relative };
}

/**
 * The repository's own compiler options (module resolution and paths must match the build), with
 * ambient type packages left out: the checks never need jest's or node's globals, and loading
 * them is most of a program's start-up time.
 */
function compilerOptions(root: string): ts.CompilerOptions {
  const configPath = path.join(root, 'tsconfig.json');
  const fallback: ts.CompilerOptions = { allowJs: true, esModuleInterop: true, moduleResolution: ts.ModuleResolutionKind.Node10 };
  if (!fs.existsSync(configPath)) return { ...fallback, noEmit: true, types: [] };
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config ?? {}, ts.sys, root);
  return { ...parsed.options, allowJs: true, noEmit: true, types: [], skipLibCheck: true };
}

/** The declaration an export finally refers to, through `export { a as b } from` chains. */
export function exportTarget(checker: ts.TypeChecker, symbol: ts.Symbol): ts.Symbol {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}
