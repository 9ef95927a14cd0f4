import type { ManifestSchema } from '@forge/manifest';
import type { HandlerProgram } from './handler-program';
import type { SourceFile } from './source-files';

/**
 * What each of the forge-checks reads: the parsed manifest, the src/ files and (for the checks
 * that follow handlers to their exports) a TypeScript program over the handler files. Built once
 * per gate run by forge-checks-gate.ts; each check is a pure function of it returning findings,
 * every finding one sentence that says what is wrong and what to change.
 */
export interface CheckContext {
  manifest: ManifestSchema;
  sources: SourceFile[];
  handlers: HandlerProgram;
}

export type ForgeCheck = (context: CheckContext) => string[];

/** One entry of a module list in manifest.yml, as plain data (the schema types are too narrow to walk). */
export type ModuleItem = Record<string, unknown> & { key?: string };

/** Every module of every type, with its type: `[['jira:adminPage', {...}], ['function', {...}], …]`. */
export function moduleEntries(manifest: ManifestSchema): [string, ModuleItem][] {
  const modules = (manifest.modules ?? {}) as Record<string, unknown>;
  return Object.entries(modules).flatMap(([type, items]) =>
    Array.isArray(items) ? items.filter(isRecord).map((item): [string, ModuleItem] => [type, item as ModuleItem]) : [],
  );
}

export function modulesOfType(manifest: ManifestSchema, type: string): ModuleItem[] {
  return moduleEntries(manifest)
    .filter(([moduleType]) => moduleType === type)
    .map(([, item]) => item);
}

/** `permissions.scopes` is either a list of names or a map keyed by name. */
export function declaredScopes(manifest: ManifestSchema): Set<string> {
  const scopes = manifest.permissions?.scopes ?? [];
  return new Set(Array.isArray(scopes) ? scopes : Object.keys(scopes));
}

/** A `function` module's handler `file.export`, split; null when it is not in that form. */
export function parseHandler(handler: unknown): { file: string; exportName: string } | null {
  if (typeof handler !== 'string') return null;
  const parts = handler.split('.');
  return parts.length === 2 && parts[0] && parts[1] ? { file: parts[0], exportName: parts[1] } : null;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** How messages name a module: "consumer 'sync-consumer'". */
export const moduleLabel = (type: string, item: ModuleItem): string => `${type} '${item.key ?? '?'}'`;
