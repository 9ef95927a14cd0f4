import { kvs } from '@forge/kvs';
import { KEY } from '../storage/keys';

/** A claim outlives any redelivery of its event (Forge keeps retrying for hours at most), and then expires. */
const CLAIM_TTL_DAYS = 8;

/**
 * Claims `key` for `owner` (a queue event id), atomically (`FAIL_IF_EXISTS`). True when the
 * caller owns the claim: it made it, or made it before (a retry of the same event after a crash
 * may continue). False when another event got there first. `ttl`: how long the claim lasts.
 */
export async function claim(key: string, owner: string, ttl: { value: number; unit: 'SECONDS' | 'DAYS' } = { value: CLAIM_TTL_DAYS, unit: 'DAYS' }): Promise<boolean> {
  try {
    await kvs.set(key, owner, { keyPolicy: 'FAIL_IF_EXISTS', ttl });
    return true;
  } catch (error) {
    const holder = await kvs.get<string>(key);
    if (holder === undefined) throw error; // not a lost race: a real failure
    return holder === owner;
  }
}

/**
 * Makes chunked queue work exactly-once per chunk, although Forge delivers an event at least once.
 * Each chunk of a run has a sequence number; the first delivery to claim `(run, seq)` owns it. A
 * duplicate delivery (another eventId, e.g. a continuation pushed twice because its pusher crashed
 * after pushing) is dropped.
 */
export function claimChunk(queue: string, runId: string, seq: number, eventId: string): Promise<boolean> {
  return claim(KEY.eventClaim(queue, runId, seq), eventId);
}
