import type { LocalDeskbridge } from '../../../../local/local-deskbridge';
import { runInvocation } from '../../../../local/runtime/invocation-scope';
import type { DeliveredEvent } from '../../../../local/runtime/queue-runner';
import { KEY } from '../../../../src/storage/keys';
import type { DirectoryRun } from '../../../../src/identity/directory/directory-run';
import { invokeOk, ROLES } from '../../../support/local-app';

/** Runs src/ code as one Forge invocation (KVS, secrets and Jira go through the local runtime). */
export function inInvocation<T>(fn: () => Promise<T>): Promise<T> {
  return runInvocation({ functionKey: 'test', moduleKey: 'test', moduleType: 'test', timeoutMs: 25_000 }, fn);
}

/** The stored values of one custom entity, by key. */
export function entityRows<T = Record<string, unknown>>(deskbridge: LocalDeskbridge, entity: string): Map<string, T> {
  return new Map(deskbridge.runtime.kvs.entries(`entity:${entity}`).map(([key, item]) => [key, item.value as T]));
}

export const directoryRun = (deskbridge: LocalDeskbridge) => deskbridge.runtime.kvs.get('kv', KEY.directoryRun)?.value as DirectoryRun | undefined;

/** Starts a directory sync as the Jira admin and waits for every chunk to finish. */
export async function syncDirectory(deskbridge: LocalDeskbridge): Promise<DirectoryRun> {
  const answer = await invokeOk(deskbridge, ROLES.jiraAdmin, 'identity/sync-now');
  expect(answer.started).toBe(true);
  await deskbridge.runtime.queue.drain();
  return directoryRun(deskbridge)!;
}

/** POST to the sandbox Jira's own controls. */
export async function sandboxPost(deskbridge: LocalDeskbridge, path: string, body: unknown = {}): Promise<any> {
  const response = await fetch(`${deskbridge.jiraUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

export interface ConsumerCall {
  functionKey: string;
  body: Record<string, unknown>;
  retry: number;
  ms: number;
  /** The directory run record right after the invocation. */
  runAfter?: DirectoryRun;
}

/**
 * Records every consumer invocation the local queue makes (and lets a test hold or fail one), by
 * wrapping the runner's delivery: the queue runner is local infrastructure, not app code.
 */
export function observeConsumers(deskbridge: LocalDeskbridge, around?: (call: ConsumerCall, run: () => Promise<unknown>) => Promise<unknown>) {
  const queue = deskbridge.runtime.queue as unknown as { deliver: (functionKey: string, event: DeliveredEvent) => Promise<unknown> };
  const original = queue.deliver;
  const calls: ConsumerCall[] = [];
  queue.deliver = async (functionKey, event) => {
    const call: ConsumerCall = { functionKey, body: event.body, retry: event.retryContext?.retryCount ?? 0, ms: 0 };
    const started = Date.now();
    try {
      return around ? await around(call, () => original(functionKey, event)) : await original(functionKey, event);
    } finally {
      call.ms = Date.now() - started;
      call.runAfter = structuredClone(directoryRun(deskbridge));
      calls.push(call);
    }
  };
  return { calls, restore: () => (queue.deliver = original) };
}

/** KVS as `namespace → key → value` (metadata dropped), to compare before and after. */
export function kvsState(deskbridge: LocalDeskbridge): Map<string, Map<string, string>> {
  const parsed = JSON.parse(deskbridge.runtime.kvs.snapshot()) as [string, [string, { value: unknown }][]][];
  return new Map(parsed.map(([namespace, items]) => [namespace, new Map(items.map(([key, item]) => [key, JSON.stringify(item.value)]))]));
}

/** Keys added, removed or changed between two states, as `namespace key` strings. */
export function kvsChanges(before: Map<string, Map<string, string>>, after: Map<string, Map<string, string>>) {
  const changes = { added: [] as string[], removed: [] as string[], changed: [] as string[] };
  for (const namespace of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(namespace) ?? new Map();
    const b = after.get(namespace) ?? new Map();
    for (const [key, value] of b) {
      if (!a.has(key)) changes.added.push(`${namespace} ${key}`);
      else if (a.get(key) !== value) changes.changed.push(`${namespace} ${key}`);
    }
    for (const key of a.keys()) if (!b.has(key)) changes.removed.push(`${namespace} ${key}`);
  }
  return changes;
}
