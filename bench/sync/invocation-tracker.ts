import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * When each Deskbridge invocation ran, and when it was waiting on the network, in real time:
 * the event-latency benchmark subtracts the one from the other to find the time spent in
 * Deskbridge's own code. The local runtime runs every invocation in an AsyncLocalStorage scope
 * (invocation-scope.ts), so watching `run` for a store that is an invocation sees them all
 * (web triggers, product triggers, consumers) without touching the runtime.
 */
export interface Span {
  start: number;
  end: number;
}

export interface TrackedInvocation extends Span {
  functionKey: string;
  network: Span[];
}

export const tracked: TrackedInvocation[] = [];
let installed = false;

export function trackInvocations(): void {
  if (installed) return;
  installed = true;
  const run = AsyncLocalStorage.prototype.run;
  AsyncLocalStorage.prototype.run = function patched<R>(this: AsyncLocalStorage<unknown>, store: unknown, callback: (...args: unknown[]) => R, ...args: unknown[]): R {
    const invocation = store as { invocationId?: string; functionKey?: string; network?: Span[] } | undefined;
    if (!invocation?.invocationId || !invocation.functionKey) return run.call(this, store, callback, ...args) as R;
    const entry: TrackedInvocation = { functionKey: invocation.functionKey, start: performance.now(), end: Number.POSITIVE_INFINITY, network: [] };
    invocation.network = entry.network;
    tracked.push(entry);
    const result = run.call(this, store, callback, ...args) as R;
    const finish = () => (entry.end = performance.now());
    const pending = result as unknown as Promise<unknown> | undefined;
    if (pending && typeof pending.then === 'function') pending.then(finish, finish);
    else finish();
    return result;
  } as typeof run;
}

/** Own time of the invocations that ran between `from` and `to`: their time, clipped to the window, less their network waits. */
export function ownTime(from: number, to: number): number {
  let own = 0;
  for (const invocation of tracked) {
    const start = Math.max(invocation.start, from);
    const end = Math.min(invocation.end, to);
    if (end <= start) continue;
    const waiting = invocation.network.reduce((sum, span) => sum + Math.max(0, Math.min(span.end, end) - Math.max(span.start, start)), 0);
    own += end - start - waiting;
  }
  return own;
}
