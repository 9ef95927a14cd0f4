import { createHmac, randomBytes } from 'node:crypto';
import { getAppContext } from '@forge/api';
import { kvs } from '@forge/kvs';
import { SECRET } from '../storage/keys';

/**
 * Keyed hashes (HMAC-SHA256) of emails and accountIds, with a key kept in Forge secret storage.
 *
 * Why: identity matching needs "is this the same email?", never the email itself, so Deskbridge
 * stores `emailKey` instead of an address (a KVS export or a log shows nothing a person could
 * read, and without the secret nobody can test guesses against it). Likewise `actorKey` lets the
 * erasure of a closed account find its log entries through an index without storing the
 * accountId in the clear beside sealed records, or decrypting every entry.
 */

/** Keyed by installation: a warm function container must never use one site's key for another. */
const keysByInstallation = new Map<string, Buffer>();

async function identityKey(): Promise<Buffer> {
  const installation = getAppContext().installationAri.toString();
  const cached = keysByInstallation.get(installation);
  if (cached) return cached;
  let stored = await kvs.getSecret<string>(SECRET.identityKey);
  if (!stored) {
    const created = randomBytes(32).toString('base64');
    try {
      // FAIL_IF_EXISTS: two first invocations racing must not end with two keys (every emailKey would stop matching).
      await kvs.setSecret(SECRET.identityKey, created, { keyPolicy: 'FAIL_IF_EXISTS' });
      stored = created;
    } catch {
      stored = await kvs.getSecret<string>(SECRET.identityKey);
    }
  }
  if (!stored) throw new Error('The identity hashing key could not be created');
  const key = Buffer.from(stored, 'base64');
  keysByInstallation.set(installation, key);
  return key;
}

/** Exact-match form of an email: trimmed and lower-cased (Atlassian treats addresses case-insensitively). */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** The keyed hash of an email (domain-separated from accountIds), or undefined for a blank one. */
export async function emailKeyOf(email: string | undefined | null): Promise<string | undefined> {
  const normalized = email ? normalizeEmail(email) : '';
  if (!normalized) return undefined;
  return createHmac('sha256', await identityKey()).update(`email:${normalized}`).digest('base64url');
}

/** The keyed hash of an accountId, as stored beside log entries (`actorKey`, `fromKey`, `toKey`). */
export async function accountKeyOf(accountId: string): Promise<string> {
  return createHmac('sha256', await identityKey()).update(`account:${accountId}`).digest('base64url');
}
