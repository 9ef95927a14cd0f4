import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { getAppContext } from '@forge/api';
import { kvs } from '@forge/kvs';
import { SECRET } from '../storage/keys';
import { KEY_PREFIX } from './gateway-types';

/**
 * Gateway keys are bearer secrets: Deskbridge shows one once and keeps only an HMAC-SHA256 of it,
 * under a key of its own in Forge secret storage. A KVS export (or a leak of the key records)
 * therefore yields nothing a bot could call with, and a stolen record cannot be brute-forced
 * without the HMAC key. The token names its key (`dbk_<id>_<secret>`), so checking one is a
 * single read and one constant-time comparison, never a scan.
 */
const ID_BYTES = 8;
const SECRET_BYTES = 32;
const TOKEN = /^dbk_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

/** Keyed by installation: a warm container must never use one site's HMAC key for another. */
const hmacKeys = new Map<string, Buffer>();

async function hmacKey(): Promise<Buffer> {
  const installation = getAppContext().installationAri.toString();
  const cached = hmacKeys.get(installation);
  if (cached) return cached;
  let stored = await kvs.getSecret<string>(SECRET.gatewayKeyHmac);
  if (!stored) {
    const created = randomBytes(32).toString('base64');
    try {
      // FAIL_IF_EXISTS: two first calls racing must not end with two different keys.
      await kvs.setSecret(SECRET.gatewayKeyHmac, created, { keyPolicy: 'FAIL_IF_EXISTS' });
      stored = created;
    } catch {
      stored = await kvs.getSecret<string>(SECRET.gatewayKeyHmac);
    }
  }
  if (!stored) throw new Error('The gateway HMAC key could not be created');
  const key = Buffer.from(stored, 'base64');
  hmacKeys.set(installation, key);
  return key;
}

/** HMAC-SHA256 of `value` under the gateway's secret key, hex. */
export async function keyedHash(value: string): Promise<string> {
  return createHmac('sha256', await hmacKey()).update(value, 'utf8').digest('hex');
}

export const newKeyId = (): string => randomBytes(ID_BYTES).toString('hex');

/** A fresh key for `keyId` and the hash to store for it. */
export async function issueToken(keyId: string): Promise<{ token: string; hash: string }> {
  const token = `${KEY_PREFIX}${keyId}_${randomBytes(SECRET_BYTES).toString('base64url')}`;
  return { token, hash: await keyedHash(token) };
}

/** The key id a token names, or null when it is not shaped like a Deskbridge key at all. */
export function keyIdOf(token: string): string | null {
  return TOKEN.exec(token)?.[1] ?? null;
}

/** What a bot may see of its key: the id part, to tell keys apart. */
export const keyHint = (keyId: string): string => `${KEY_PREFIX}${keyId}_…`;

/**
 * Whether `token` hashes to `storedHash`, in constant time. Without a stored hash (no such key)
 * the same work is done against a dummy, so the answer time does not tell which key ids exist.
 */
export async function tokenMatches(token: string, storedHash: string | undefined): Promise<boolean> {
  const presented = Buffer.from(await keyedHash(token), 'hex');
  const expected = storedHash && /^[0-9a-f]{64}$/.test(storedHash) ? Buffer.from(storedHash, 'hex') : Buffer.alloc(presented.length);
  return timingSafeEqual(presented, expected) && storedHash !== undefined;
}
