import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What one function invocation knows about itself: the module, the principal, the deadline. */
export interface Invocation {
  functionKey: string;
  moduleKey: string;
  moduleType: string;
  /** The user the invocation runs for (resolvers, product events with a user); none for web triggers and queues. */
  accountId?: string;
  timeoutMs: number;
}

export interface ActiveInvocation extends Invocation {
  invocationId: string;
  deadline: number;
}

const scope = new AsyncLocalStorage<ActiveInvocation>();

/** The invocation the current async call chain belongs to, if any. */
export const currentInvocation = (): ActiveInvocation | undefined => scope.getStore();

/** Forge's per-module time limits (DESIGN.md §5): the local runtime fails where Forge would. */
export const TIME_LIMIT_MS = { resolver: 25_000, webtrigger: 55_000, consumer: 900_000, scheduled: 900_000, trigger: 55_000 };

/**
 * Runs `fn` as one Forge invocation: everything it awaits sees this invocation's runtime
 * (so concurrent invocations of different users never mix), and it fails like Forge does
 * when it exceeds its time limit.
 */
export async function runInvocation<T>(invocation: Invocation, fn: () => Promise<T>): Promise<T> {
  const active: ActiveInvocation = { ...invocation, invocationId: randomUUID(), deadline: Date.now() + invocation.timeoutMs };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Invocation of ${invocation.functionKey} exceeded its ${invocation.timeoutMs / 1000} s time limit`)),
      invocation.timeoutMs,
    );
    timer.unref();
  });
  try {
    return await Promise.race([scope.run(active, fn), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
