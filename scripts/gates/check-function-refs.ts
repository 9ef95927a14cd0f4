import { isRecord, moduleEntries, moduleLabel, modulesOfType, parseHandler, type CheckContext } from './check-context';

/**
 * (c) The chain manifest module → function key → export of a handler file must hold end to end.
 *
 * - every `function` module's `handler: <file>.<export>` names a file in src/ that exports
 *   `<export>` (DESIGN.md §3: the files are src/index.ts re-exports). @forge/lint checks this
 *   only for exports it can see syntactically in the handler file itself, and not through
 *   `export *`; here the TypeScript checker resolves every form of re-export.
 * - every `function:` reference anywhere in another module (`function`, `resolver.function`,
 *   nested view/edit entries…) names a declared function key. A dangling key is otherwise found
 *   only by `forge deploy`.
 */
export function checkFunctionRefs({ manifest, handlers }: CheckContext): string[] {
  const findings: string[] = [];
  const functionKeys = new Set<string>();
  for (const fn of modulesOfType(manifest, 'function')) {
    if (typeof fn.key === 'string') functionKeys.add(fn.key);
    const label = moduleLabel('function', fn);
    const handler = parseHandler(fn.handler);
    if (!handler) {
      findings.push(`manifest.yml ${label}: handler '${String(fn.handler)}' must be '<file>.<export>', e.g. 'index.${fn.key ?? 'handler'}'.`);
      continue;
    }
    const file = handlers.resolve(handler.file);
    if (!file) {
      findings.push(`manifest.yml ${label}: handler '${fn.handler}' points at src/${handler.file}.ts, which does not exist.`);
      continue;
    }
    const exported = handlers.exportsOf(file);
    if (!exported.has(handler.exportName)) {
      findings.push(
        `manifest.yml ${label}: handler '${fn.handler}' needs an export '${handler.exportName}' in ${handlers.relative(file)}, which has none ` +
          `(it exports: ${[...exported.keys()].join(', ') || 'nothing'}). Export it there or fix the handler name.`,
      );
    }
  }
  for (const [type, item] of moduleEntries(manifest)) {
    if (type === 'function') continue;
    for (const { where, key } of functionReferences(item)) {
      if (!functionKeys.has(key)) {
        findings.push(
          `manifest.yml ${moduleLabel(type, item)}: ${where} '${key}' is not a declared function key ` +
            `(declared: ${[...functionKeys].join(', ') || 'none'}). Add a function module with key '${key}' or fix the reference.`,
        );
      }
    }
  }
  return findings;
}

/** Every string under a `function` property, at any depth, with the path it was found at. */
function functionReferences(value: unknown, where = ''): { where: string; key: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => functionReferences(item, `${where}[${index}]`));
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([property, child]) => {
    const childPath = where ? `${where}.${property}` : property;
    if (property === 'function' && typeof child === 'string') return [{ where: childPath, key: child }];
    return functionReferences(child, childPath);
  });
}
