import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { EntityIndex } from './kvs/kvs-api';
import type { IndexedValueType } from '../sandbox/jira/jql/indexed-properties';

/** A UI module the local site can render (admin page, project settings page, global page, ...). */
export interface UiModule {
  type: string;
  key: string;
  resource: string;
  resolverFunction?: string;
  title: string;
}

export interface AppManifest {
  appId: string;
  scopes: string[];
  /** Hosts app code may fetch (permissions.external.fetch.backend). */
  egress: string[];
  /** function key → `[file, export]` of its handler, e.g. `resolver` → `['index', 'resolver']`. */
  functions: Map<string, { file: string; exportName: string }>;
  uiModules: UiModule[];
  /** queue key → consumer function keys. */
  consumers: Map<string, string[]>;
  /** scheduledTrigger modules: key → function and interval. */
  scheduledTriggers: Map<string, { functionKey: string; interval: string }>;
  resources: Map<string, string>;
  entityIndexes: Map<string, EntityIndex[]>;
  /** Product event triggers: which function hears which events, and whether the app's own changes are skipped. */
  triggers: { key: string; functionKey: string; events: string[]; ignoreSelf: boolean }[];
  /** webtrigger modules: key → function key. */
  webTriggers: Map<string, string>;
  /** jira:entityProperty modules: the issue properties Jira indexes for JQL. */
  entityProperties: { propertyKey: string; entityType?: string; values: { path: string; type: IndexedValueType; searchAlias?: string }[] }[];
}

/**
 * Reads manifest.yml the way the Forge platform uses it at run time: which function answers
 * which module, which queues have consumers, which entity indexes exist. The local runtime
 * derives everything from here, so the manifest stays the single source of truth.
 */
export function loadAppManifest(repoRoot: string): AppManifest {
  const yaml = parse(fs.readFileSync(path.join(repoRoot, 'manifest.yml'), 'utf8'));
  const modules: Record<string, any[]> = yaml.modules ?? {};
  const functions = new Map<string, { file: string; exportName: string }>();
  for (const fn of modules.function ?? []) {
    const [file, exportName] = String(fn.handler).split('.');
    functions.set(fn.key, { file, exportName });
  }
  const uiModules: UiModule[] = [];
  for (const [type, entries] of Object.entries(modules)) {
    for (const entry of entries) {
      if (entry.resource) {
        uiModules.push({ type, key: entry.key, resource: entry.resource, resolverFunction: entry.resolver?.function, title: entry.title });
      }
    }
  }
  const consumers = new Map<string, string[]>();
  for (const consumer of modules.consumer ?? []) {
    consumers.set(consumer.queue, [...(consumers.get(consumer.queue) ?? []), consumer.function]);
  }
  const scheduledTriggers = new Map<string, { functionKey: string; interval: string }>(
    (modules.scheduledTrigger ?? []).map((trigger: { key: string; function: string; interval: string }) => [
      trigger.key,
      { functionKey: trigger.function, interval: trigger.interval },
    ]),
  );
  const entityIndexes = new Map<string, EntityIndex[]>();
  for (const entity of yaml.app?.storage?.entities ?? []) {
    entityIndexes.set(
      entity.name,
      (entity.indexes ?? []).map((index: string | { name: string; range: string[]; partition?: string[] }) =>
        typeof index === 'string'
          ? { name: index, range: index, partition: [] }
          : { name: index.name, range: index.range[0], partition: index.partition ?? [] },
      ),
    );
  }
  const triggers = (modules.trigger ?? []).map((trigger: { key: string; function: string; events: string[]; filter?: { ignoreSelf?: boolean } }) => ({
    key: trigger.key,
    functionKey: trigger.function,
    events: trigger.events ?? [],
    ignoreSelf: trigger.filter?.ignoreSelf === true,
  }));
  const webTriggers = new Map<string, string>((modules.webtrigger ?? []).map((entry: { key: string; function: string }) => [entry.key, entry.function]));
  const entityProperties = (modules['jira:entityProperty'] ?? []).map(
    (entry: { propertyKey: string; entityType?: string; values?: { path: string; type: IndexedValueType; searchAlias?: string }[] }) => ({
      propertyKey: entry.propertyKey,
      entityType: entry.entityType,
      values: entry.values ?? [],
    }),
  );
  return {
    appId: yaml.app.id,
    scopes: yaml.permissions?.scopes ?? [],
    egress: (yaml.permissions?.external?.fetch?.backend ?? []).map((entry: string | { address: string }) => (typeof entry === 'string' ? entry : entry.address)),
    functions,
    uiModules,
    consumers,
    scheduledTriggers,
    resources: new Map((yaml.resources ?? []).map((resource: { key: string; path: string }) => [resource.key, resource.path])),
    entityIndexes,
    triggers,
    webTriggers,
    entityProperties,
  };
}
