/**
 * Switchable faults for the help-desk sandboxes, so tests and people on the local site can see
 * how Deskbridge behaves when a vendor rate-limits, fails, stalls or answers garbage.
 * `POST /__sandbox/faults` with a FaultPlan, or `sandbox.faults.plan(...)` in a test.
 */
export type FaultPlan =
  | { mode: 'rate-limit'; count?: number; retryAfterSeconds?: number; headers?: Record<string, string>; body?: unknown }
  | { mode: 'server-error'; count?: number; status?: number }
  | { mode: 'slow'; count?: number; delayMs: number }
  | { mode: 'malformed'; count?: number }
  | { mode: 'none' };

export type Fault =
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  | { kind: 'slow'; delayMs: number }
  | { kind: 'malformed' };

export class FaultInjector {
  private queue: Fault[] = [];

  /** Replaces any planned faults; `count` is how many of the next requests get it (default 1). */
  plan(plan: FaultPlan): void {
    this.queue = [];
    if (plan.mode === 'none') return;
    const fault = toFault(plan);
    for (let i = 0; i < (plan.count ?? 1); i++) this.queue.push(fault);
  }

  /** The fault for the next request, if any. */
  next(): Fault | undefined {
    return this.queue.shift();
  }

  clear(): void {
    this.queue = [];
  }
}

function toFault(plan: Exclude<FaultPlan, { mode: 'none' }>): Fault {
  switch (plan.mode) {
    case 'rate-limit':
      return {
        kind: 'status',
        status: 429,
        headers: { 'retry-after': String(plan.retryAfterSeconds ?? 42), ...plan.headers },
        body: plan.body ?? { message: 'Rate limit exceeded' },
      };
    case 'server-error':
      return { kind: 'status', status: plan.status ?? 500, body: { message: 'Internal server error' } };
    case 'slow':
      return { kind: 'slow', delayMs: plan.delayMs };
    case 'malformed':
      return { kind: 'malformed' };
  }
}
