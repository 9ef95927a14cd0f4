import { keyHint } from './key-secret';
import type { GatewayKeyStatus, GatewayKeyView, GatewayOperation } from './gateway-types';

/**
 * A gateway key as stored (entity `gateway-key`, keyed by its id). `hash` is the keyed hash of
 * the key; the key itself exists only in the answer that issued it. Times are epoch ms.
 */
export interface GatewayKey {
  name: string;
  serviceDeskIds: string[];
  operations: GatewayOperation[];
  rateLimitPerMinute: number;
  hash: string;
  /** The Jira admin who issued it (an accountId: reported and erased with personal data). */
  createdBy: string;
  createdAt: number;
  expiresAt?: number;
  rotatedAt?: number;
  revokedAt?: number;
}

export interface StoredGatewayKey {
  id: string;
  key: GatewayKey;
}

export function keyStatus(key: GatewayKey, now = Date.now()): GatewayKeyStatus {
  if (key.revokedAt !== undefined) return 'revoked';
  if (key.expiresAt !== undefined && key.expiresAt <= now) return 'expired';
  return 'active';
}

const iso = (epochMs: number | undefined) => (epochMs === undefined ? undefined : new Date(epochMs).toISOString());

/** What the admin page sees: everything but the hash. */
export function toKeyView({ id, key }: StoredGatewayKey, lastUsedAt: number | undefined, now = Date.now()): GatewayKeyView {
  const view: GatewayKeyView = {
    id,
    name: key.name,
    serviceDeskIds: [...key.serviceDeskIds],
    operations: [...key.operations],
    rateLimitPerMinute: key.rateLimitPerMinute,
    status: keyStatus(key, now),
    hint: keyHint(id),
    createdBy: key.createdBy,
    createdAt: iso(key.createdAt)!,
    expiresAt: iso(key.expiresAt),
    rotatedAt: iso(key.rotatedAt),
    revokedAt: iso(key.revokedAt),
    lastUsedAt: iso(lastUsedAt),
  };
  return Object.fromEntries(Object.entries(view).filter(([, value]) => value !== undefined)) as GatewayKeyView;
}
