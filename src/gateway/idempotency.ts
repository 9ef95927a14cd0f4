import { kvs } from '@forge/kvs';
import { KEY } from '../storage/keys';
import { GatewayError } from './gateway-http';
import { keyedHash } from './key-secret';

/**
 * `Idempotency-Key` on POST /requests: a bot that retries a create (timeout, crash) gets the
 * request the first attempt raised instead of a second one. The first attempt claims the key
 * atomically (KVS `FAIL_IF_EXISTS`), so even two attempts arriving together raise one request:
 * the loser is told to retry, and then gets the winner's request. Follows the IETF
 * Idempotency-Key draft: 409 while the first is running, 422 when the key is reused for a
 * different body. Claims last 24 hours and store keyed hashes and a request key, no content.
 */
interface IdempotencyRecord {
  state: 'pending' | 'done';
  /** Keyed hash of the create's body: the same key with another body is a mistake. */
  fingerprint: string;
  requestKey?: string;
  at: number;
}

export type CreateClaim = { kind: 'claimed'; storageKey: string; fingerprint: string } | { kind: 'replay'; requestKey: string };

const TTL = { value: 24, unit: 'HOURS' } as const;
const HEADER_VALUE = /^[\x21-\x7e]{1,255}$/;
/** Longer than any web trigger invocation: a claim this old that is still pending was abandoned. */
const ABANDONED_MS = 60_000;

export async function claimCreate(keyId: string, headerValue: string, body: unknown, now = Date.now()): Promise<CreateClaim> {
  if (!HEADER_VALUE.test(headerValue)) {
    throw new GatewayError(400, 'invalid', 'Idempotency-Key must be 1 to 255 visible ASCII characters, e.g. a UUID.');
  }
  const storageKey = KEY.gatewayIdempotency(keyId, await keyedHash(`idempotency:${headerValue}`));
  const fingerprint = await keyedHash(canonicalJson(body));
  const record: IdempotencyRecord = { state: 'pending', fingerprint, at: now };
  try {
    await kvs.set(storageKey, record, { keyPolicy: 'FAIL_IF_EXISTS', ttl: TTL });
    return { kind: 'claimed', storageKey, fingerprint };
  } catch (error) {
    const existing = await kvs.get<IdempotencyRecord>(storageKey);
    if (!existing) throw error; // not a lost race: a real failure
    if (existing.fingerprint !== fingerprint) {
      throw new GatewayError(422, 'conflict', 'This Idempotency-Key was already used for a different request in the last 24 hours. Use a new key for a new request.');
    }
    if (existing.state === 'done' && existing.requestKey) return { kind: 'replay', requestKey: existing.requestKey };
    if (now - existing.at > ABANDONED_MS) {
      throw new GatewayError(
        409,
        'conflict',
        'An earlier create with this Idempotency-Key did not finish. Check with GET /requests whether it raised a request; if not, retry with a new Idempotency-Key.',
      );
    }
    throw new GatewayError(409, 'conflict', 'A create with this Idempotency-Key is still running. Retry in a few seconds to get its result.', { 'Retry-After': '2' });
  }
}

/** The create worked: later attempts with the same key get this request. */
export async function completeCreate(storageKey: string, fingerprint: string, requestKey: string, now = Date.now()): Promise<void> {
  const record: IdempotencyRecord = { state: 'done', fingerprint, requestKey, at: now };
  await kvs.set(storageKey, record, { ttl: TTL });
}

/** The create failed before raising anything: a retry with the same key may try again. */
export async function releaseCreate(storageKey: string): Promise<void> {
  await kvs.delete(storageKey);
}

/** JSON with object keys sorted, so the same body always has the same fingerprint. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([name, item]) => `${JSON.stringify(name)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
