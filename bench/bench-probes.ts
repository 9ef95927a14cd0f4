import v8 from 'node:v8';
import vm from 'node:vm';
import type { LocalDeskbridge } from '../local/local-deskbridge';
import type { DeliveredEvent } from '../local/runtime/queue-runner';

/**
 * Instruments the local platform (never src/) for the benchmark: KVS writes, consumer
 * invocations with their durations, and the process heap.
 */

/** A GC on demand, to read the heap that is really held: `--expose-gc` turned on at run time if node was started without it. */
export function collector(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

export function heapMb(gc: () => void): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

export interface Invocation {
  functionKey: string;
  kind: string;
  accounts: number;
  retry: number;
  ms: number;
}

export interface Probes {
  kvsWrites: () => number;
  invocations: Invocation[];
  /** Highest heap seen by the sampler since the last reset (no GC: what the process really carried). */
  peakHeapMb: () => number;
  reset(): void;
  stop(): void;
}

export function attachProbes(deskbridge: LocalDeskbridge): Probes {
  const kvs = deskbridge.runtime.kvs;
  const put = kvs.put.bind(kvs);
  const remove = kvs.remove.bind(kvs);
  let writes = 0;
  kvs.put = (...args: Parameters<typeof put>) => {
    writes++;
    return put(...args);
  };
  kvs.remove = (...args: Parameters<typeof remove>) => {
    writes++;
    return remove(...args);
  };
  const queue = deskbridge.runtime.queue as unknown as { deliver: (functionKey: string, event: DeliveredEvent) => Promise<unknown> };
  const deliver = queue.deliver;
  const invocations: Invocation[] = [];
  queue.deliver = async (functionKey, event) => {
    const started = performance.now();
    try {
      return await deliver(functionKey, event);
    } finally {
      const body = event.body as { kind?: string; accounts?: unknown[] };
      invocations.push({
        functionKey,
        kind: body.kind ?? 'directory',
        accounts: body.accounts?.length ?? 0,
        retry: event.retryContext?.retryCount ?? 0,
        ms: performance.now() - started,
      });
    }
  };
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 50);
  return {
    kvsWrites: () => writes,
    invocations,
    peakHeapMb: () => peak / 2 ** 20,
    reset: () => {
      writes = 0;
      invocations.length = 0;
      peak = process.memoryUsage().heapUsed;
    },
    stop: () => {
      clearInterval(sampler);
      kvs.put = put;
      kvs.remove = remove;
      queue.deliver = deliver;
    },
  };
}

/** Approximate bytes the local KVS holds for one namespace (JSON of its values): data, not app memory. */
export function namespaceBytes(deskbridge: LocalDeskbridge, namespace: string): number {
  let bytes = 0;
  for (const [key, item] of deskbridge.runtime.kvs.entries(namespace as `entity:${string}`)) bytes += key.length + JSON.stringify(item.value).length;
  return bytes;
}
