import { Filter, FilterConditions, ForgeKvsAPIError, kvs } from '@forge/kvs';
import { ENTITY } from '../storage/keys';

/**
 * The per-key rate limit: a fixed one-minute window counted in KVS (entity `gateway-rate`, one
 * record per key and minute, expiring after two). Web trigger invocations run in parallel, so
 * the count is moved on with conditional writes (create-if-absent, then "only if the count is
 * still what I read"); a lost race reads again after a short random pause. Concurrent calls
 * therefore never slip past the limit together, which a read-then-write counter would let them
 * do. A call that keeps losing races (a burst of many calls at once) is refused with a one-second
 * Retry-After rather than kept waiting: the limit errs on the side of refusing.
 */
interface RateCounter {
  count: number;
}

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets (what Retry-After says when refused). */
  retryAfterSeconds: number;
}

const WINDOW_MS = 60_000;
const COUNTER_TTL = { value: 2, unit: 'MINUTES' } as const;
/** Past this many lost races the caller is, in practice, bursting: refuse for a second. */
const ATTEMPTS = 8;
const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));

const counters = () => kvs.entity<RateCounter>(ENTITY.gatewayRate);

export async function consume(keyId: string, limit: number, now = Date.now()): Promise<RateDecision> {
  const windowStart = now - (now % WINDOW_MS);
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart + WINDOW_MS - now) / 1000));
  const id = `${keyId}:${windowStart}`;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const count = (await counters().get(id))?.count ?? 0;
    if (count >= limit) return { allowed: false, limit, remaining: 0, retryAfterSeconds };
    if (await advance(id, count)) return { allowed: true, limit, remaining: limit - count - 1, retryAfterSeconds };
    await pause(attempt + 1);
  }
  return { allowed: false, limit, remaining: 0, retryAfterSeconds: 1 };
}

/** Moves the counter from `count` to `count + 1`; false when another call moved it first. */
async function advance(id: string, count: number): Promise<boolean> {
  try {
    if (count === 0) {
      await counters().set(id, { count: 1 }, { keyPolicy: 'FAIL_IF_EXISTS', ttl: COUNTER_TTL });
    } else {
      const stillAsRead = new Filter<RateCounter>().and('count', FilterConditions.equalTo(count));
      await kvs
        .transact()
        .set<RateCounter>(id, { count: count + 1 }, { entityName: ENTITY.gatewayRate, conditions: stillAsRead }, { ttl: COUNTER_TTL })
        .execute();
    }
    return true;
  } catch (error) {
    if (lostRace(error)) return false;
    throw error;
  }
}

const lostRace = (error: unknown) =>
  error instanceof ForgeKvsAPIError && (error.responseDetails.status === 409 || /EXISTS|CONDITION/i.test(error.code));
