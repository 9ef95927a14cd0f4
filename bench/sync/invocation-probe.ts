import { constants, PerformanceObserver } from 'node:perf_hooks';
import type { LocalDeskbridge } from '../../local/local-deskbridge';
import type { DeliveredEvent } from '../../local/runtime/queue-runner';
import { real } from './sim-clock';

/**
 * What the sync benchmark watches of the local platform (never src/): each consumer invocation's
 * length on the simulated clock, and the heap. The heap is read after every garbage collection
 * V8 makes on its own (what is really held, without forcing collections that would slow the run)
 * and sampled in between (what the process peaked at, garbage included).
 */
export interface InvocationProbe {
  longestMs: (queue?: string) => number;
  invocations: (queue?: string) => number;
  peakHeapMb: () => number;
  peakLiveHeapMb: () => number;
  stop(): void;
}

export function probeInvocations(deskbridge: LocalDeskbridge): InvocationProbe {
  const queue = deskbridge.runtime.queue as unknown as { deliver: (functionKey: string, event: DeliveredEvent) => Promise<unknown> };
  const deliver = queue.deliver;
  const durations: { queue: string; ms: number }[] = [];
  queue.deliver = async (functionKey, event) => {
    const started = Date.now();
    try {
      return await deliver(functionKey, event);
    } finally {
      durations.push({ queue: event.queueName, ms: Date.now() - started });
    }
  };
  let peak = process.memoryUsage().heapUsed;
  let live = 0;
  const sampler = real.setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 50);
  // After a full (mark-compact) collection the heap holds only what is live.
  const observer = new PerformanceObserver((list) => {
    if (list.getEntries().some((entry) => (entry as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR)) live = Math.max(live, process.memoryUsage().heapUsed);
  });
  observer.observe({ entryTypes: ['gc'] });
  const of = (name?: string) => durations.filter((entry) => !name || entry.queue === name);
  return {
    longestMs: (name) => Math.max(0, ...of(name).map((entry) => entry.ms)),
    invocations: (name) => of(name).length,
    peakHeapMb: () => peak / 2 ** 20,
    peakLiveHeapMb: () => live / 2 ** 20,
    stop: () => {
      real.clearInterval(sampler);
      observer.disconnect();
      queue.deliver = deliver;
    },
  };
}
