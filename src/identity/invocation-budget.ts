import { getAppContext } from '@forge/api';

/**
 * `timeoutSeconds` of the identity functions in manifest.yml (a unit test keeps the two in step).
 * Forge allows consumers and scheduled triggers up to 900 s; 300 s leaves room for slow KVS.
 */
export const IDENTITY_FUNCTION_TIMEOUT_SECONDS = 300;

/** Time kept in reserve for what follows the loop: the checkpoint write and the continuation push. */
const RESERVE_MS = 10_000;

/**
 * How long one invocation may keep working before it checkpoints and hands over to a new event.
 *
 * Why half: a chunk that overruns its budget must still finish inside the hard limit, and a
 * slow KVS or Jira (retries with Retry-After) can double a step's time. The platform's own clock
 * (`invocationRemainingTimeInMillis`) is asked too, in case the function was given less time
 * than the manifest says (or, locally, more).
 */
export class InvocationBudget {
  private readonly startedAt = Date.now();
  private readonly softLimitMs: number;

  constructor(private readonly timeoutSeconds = IDENTITY_FUNCTION_TIMEOUT_SECONDS) {
    const half = (timeoutSeconds * 1000) / 2;
    this.softLimitMs = Math.min(half, remainingMs() / 2) - RESERVE_MS;
  }

  elapsedMs(): number {
    return Date.now() - this.startedAt;
  }

  /** True while there is time for another step of work. */
  hasTime(): boolean {
    return this.elapsedMs() < this.softLimitMs && remainingMs() > RESERVE_MS * 2;
  }

  /** The soft limit, for progress records and benchmarks. */
  get limitMs(): number {
    return this.softLimitMs;
  }
}

function remainingMs(): number {
  try {
    return getAppContext().invocationRemainingTimeInMillis();
  } catch {
    // Without the platform's clock (e.g. an old tunnel), the manifest's timeout is all we know.
    return IDENTITY_FUNCTION_TIMEOUT_SECONDS * 1000;
  }
}
