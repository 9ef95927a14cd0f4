import { declaredScopes, type CheckContext } from './check-context';
import { importedModules, location } from './source-files';

/**
 * (a) `@forge/kvs` needs the `storage:app` scope.
 *
 * @forge/lint's permission linter knows the legacy `storage` export of `@forge/api` but not the
 * separate `@forge/kvs` package (key-value store, secret storage, custom entities), so an app
 * that moved to KVS and lost the scope lints clean and then fails on every storage call at run
 * time. https://developer.atlassian.com/platform/forge/runtime-reference/storage-api/
 */
const KVS_PACKAGE = '@forge/kvs';
const STORAGE_SCOPE = 'storage:app';

export function checkKvsScope({ manifest, sources }: CheckContext): string[] {
  if (declaredScopes(manifest).has(STORAGE_SCOPE)) return [];
  const importers = sources.flatMap((file) =>
    importedModules(file)
      .filter(({ specifier }) => specifier === KVS_PACKAGE || specifier.startsWith(`${KVS_PACKAGE}/`))
      .map(({ node }) => location(file, node)),
  );
  if (importers.length === 0) return [];
  const shown = importers.slice(0, 5).join(', ') + (importers.length > 5 ? `, and ${importers.length - 5} more` : '');
  return [
    `${shown}: imports ${KVS_PACKAGE}, but manifest.yml permissions.scopes lacks ${STORAGE_SCOPE}. ` +
      `Add "- ${STORAGE_SCOPE}" under permissions.scopes; without it every KVS and secret-storage call fails at run time.`,
  ];
}
