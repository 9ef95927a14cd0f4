import { UserFacingError } from '../shared/errors';
import { keyStatus, toKeyView, type GatewayKey } from './gateway-key';
import { DEFAULT_RATE_LIMIT_PER_MINUTE, type CreateGatewayKeyPayload, type GatewayKeyView, type IssuedKey } from './gateway-types';
import { issueToken, newKeyId } from './key-secret';
import { getKey, lastUsedAt, listKeys, saveKey } from './key-store';

/**
 * Issuing, rotating and revoking gateway keys (the admin page's resolvers call these after the
 * access check). The key itself is in the answer of issue and rotate, and nowhere else, ever.
 */

export async function issueKey(payload: CreateGatewayKeyPayload, createdBy: string, now = Date.now()): Promise<IssuedKey> {
  const id = newKeyId();
  const { token, hash } = await issueToken(id);
  const key: GatewayKey = {
    name: payload.name,
    serviceDeskIds: [...new Set(payload.serviceDeskIds)],
    operations: [...new Set(payload.operations)],
    rateLimitPerMinute: payload.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE,
    hash,
    createdBy,
    createdAt: now,
    expiresAt: payload.expiresAt === undefined ? undefined : Date.parse(payload.expiresAt),
  };
  await saveKey(id, key);
  return { key: toKeyView({ id, key }, undefined, now), token };
}

/** A new secret for the same key id and settings: the old one stops working at once. */
export async function rotateKey(id: string, now = Date.now()): Promise<IssuedKey> {
  const key = await existingKey(id);
  const status = keyStatus(key, now);
  if (status !== 'active') {
    throw new UserFacingError('invalid', `"${key.name}" is ${status}: issue a new key instead of rotating this one.`);
  }
  const { token, hash } = await issueToken(id);
  const rotated: GatewayKey = { ...key, hash, rotatedAt: now };
  await saveKey(id, rotated);
  return { key: toKeyView({ id, key: rotated }, await lastUsedAt(id), now), token };
}

/** Revoking is final: the key stays listed (with its audit trail) but never authenticates again. */
export async function revokeKey(id: string, now = Date.now()): Promise<GatewayKeyView> {
  const key = await existingKey(id);
  const revoked: GatewayKey = key.revokedAt === undefined ? { ...key, revokedAt: now } : key;
  if (revoked !== key) await saveKey(id, revoked);
  return toKeyView({ id, key: revoked }, await lastUsedAt(id), now);
}

export async function listKeyViews(now = Date.now()): Promise<GatewayKeyView[]> {
  const stored = await listKeys();
  return Promise.all(stored.map(async (entry) => toKeyView(entry, await lastUsedAt(entry.id), now)));
}

/** Replaces a closed account as the issuer of keys by the app's own account; the keys keep working. */
export async function reassignKeysOf(accountId: string, appAccountId: string): Promise<number> {
  const theirs = (await listKeys()).filter(({ key }) => key.createdBy === accountId);
  for (const { id, key } of theirs) await saveKey(id, { ...key, createdBy: appAccountId });
  return theirs.length;
}

async function existingKey(id: string): Promise<GatewayKey> {
  const key = await getKey(id);
  if (!key) throw new UserFacingError('not-found', 'This key no longer exists. Reload the page to see the current list.');
  return key;
}
