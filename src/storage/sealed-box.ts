import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { getAppContext } from '@forge/api';
import { kvs } from '@forge/kvs';
import { SECRET } from './keys';

/**
 * Encrypts records that may hold ticket content before they reach KVS, with a key kept in Forge
 * secret storage. Forge already encrypts KVS at rest; this makes "a caller without the right
 * never sees them" hold inside the app too: a KVS export or a query by the wrong resolver yields
 * ciphertext only. AES-256-GCM also detects tampering.
 */
const ALGORITHM = 'aes-256-gcm';
const VERSION = 'v1';

/** Keyed by installation: a warm function container must never use one site's key for another. */
const keysByInstallation = new Map<string, Buffer>();

async function recordKey(): Promise<Buffer> {
  const installation = getAppContext().installationAri.toString();
  const cached = keysByInstallation.get(installation);
  if (cached) return cached;
  let stored = await kvs.getSecret<string>(SECRET.recordKey);
  if (!stored) {
    const created = randomBytes(32).toString('base64');
    try {
      // FAIL_IF_EXISTS: two first invocations racing must not end with two different keys.
      await kvs.setSecret(SECRET.recordKey, created, { keyPolicy: 'FAIL_IF_EXISTS' });
      stored = created;
    } catch {
      stored = await kvs.getSecret<string>(SECRET.recordKey);
    }
  }
  if (!stored) throw new Error('The record encryption key could not be created');
  const key = Buffer.from(stored, 'base64');
  keysByInstallation.set(installation, key);
  return key;
}

export async function seal(record: unknown): Promise<string> {
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, await recordKey(), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(record), 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join('.');
}

export async function unseal<T>(sealed: string): Promise<T> {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== VERSION) throw new Error(`Unknown sealed record version ${version}`);
  const decipher = createDecipheriv(ALGORITHM, await recordKey(), Buffer.from(iv, 'base64'));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return JSON.parse(Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8')) as T;
}
