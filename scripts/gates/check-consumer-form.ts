import ts from 'typescript';
import { isRecord, moduleLabel, modulesOfType, parseHandler, type CheckContext, type ModuleItem } from './check-context';
import { exportTarget, type HandlerProgram } from './handler-program';

/**
 * (d) Queue consumers must use the function form of @forge/events 2 and later.
 *
 * With @forge/events 1.x a `consumer` module named a resolver (`resolver: { function, method }`)
 * and the function was a `new Resolver()` with `define(method, …)` and `getDefinitions()`. Since
 * 2.0 (this app pins 3.x) "Forge resolvers are no longer used. The Consumer module instead
 * requires a Function" invoked with an `AsyncEvent`:
 * https://developer.atlassian.com/platform/forge/runtime-reference/async-events-api-version-2-upgrade/
 * The schema still accepts the old manifest form and lint says nothing, so both halves are
 * checked here: the manifest entry, and what the referenced export is built from.
 *
 * Best effort on the code side: an export counts as "resolver-built" when its type is the
 * `getDefinitions()` handler type of @forge/resolver or a `Resolver` instance, or, failing type
 * information, when its initializer calls `getDefinitions()` or `new Resolver()`. A handler that
 * wraps a resolver inside an ordinary function is not detected.
 */
export function checkConsumerForm({ manifest, handlers }: CheckContext): string[] {
  const findings: string[] = [];
  const functions = new Map(modulesOfType(manifest, 'function').map((fn) => [fn.key, fn]));
  for (const consumer of modulesOfType(manifest, 'consumer')) {
    const label = moduleLabel('consumer', consumer);
    if (isRecord(consumer.resolver) && typeof consumer.resolver.function === 'string') {
      findings.push(
        `manifest.yml ${label}: 'resolver: { function, method }' is the @forge/events 1.x consumer form, which @forge/events 2 and later no longer call. ` +
          `Write 'function: ${consumer.resolver.function}' instead and make that function a plain async (event: AsyncEvent, context) handler.`,
      );
      continue;
    }
    if (typeof consumer.function !== 'string') continue;
    const fn = functions.get(consumer.function);
    const builtWith = fn ? resolverBuiltExport(handlers, fn) : null;
    if (builtWith) {
      findings.push(
        `manifest.yml ${label}: function '${consumer.function}' is handler '${String(fn?.handler)}', built with ${builtWith}. ` +
          'A consumer function is called with the AsyncEvent itself, which a resolver rejects: export a plain ' +
          'async (event: AsyncEvent, context) function for it instead of a Resolver.',
      );
    }
  }
  return findings;
}

/** How the function's handler export is built from @forge/resolver, or null when it is not (or unknown). */
function resolverBuiltExport(handlers: HandlerProgram, fn: ModuleItem): string | null {
  const handler = parseHandler(fn.handler);
  const file = handler ? handlers.resolve(handler.file) : null;
  const exported = handler && file ? handlers.exportsOf(file).get(handler.exportName) : undefined;
  if (!exported) return null; // a missing export is check-function-refs' finding
  const target = exportTarget(handlers.checker, exported);
  return fromType(handlers.checker, target) ?? fromInitializer(target);
}

function fromType(checker: ts.TypeChecker, symbol: ts.Symbol): string | null {
  const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
  if (!declaration) return null;
  const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
  const inResolverPackage = (candidate: ts.Symbol | undefined): boolean =>
    candidate?.declarations?.some((d) => /[\\/]@forge[\\/]resolver[\\/]/.test(d.getSourceFile().fileName)) ?? false;
  if (inResolverPackage(type.aliasSymbol) && type.aliasSymbol?.getName() === 'DefinitionsHandler') return 'Resolver.getDefinitions()';
  if (inResolverPackage(type.getSymbol()) && type.getSymbol()?.getName() === 'Resolver') return 'new Resolver()';
  return null;
}

function fromInitializer(symbol: ts.Symbol): string | null {
  const declaration = symbol.valueDeclaration;
  let expression: ts.Expression | undefined;
  if (declaration && ts.isVariableDeclaration(declaration)) expression = declaration.initializer;
  else if (declaration && ts.isExportAssignment(declaration)) expression = declaration.expression;
  const text = expression?.getText() ?? '';
  if (/\bgetDefinitions\s*\(/.test(text)) return 'getDefinitions()';
  if (/\bnew\s+Resolver\b/.test(text)) return 'new Resolver()';
  return null;
}
