/**
 * The bot gateway as the admin page sees it: keys, their audit trail and where the gateway
 * lives. Shared with static/ (type-only there), so this file imports nothing: no key record,
 * no hash, no secret can reach the browser through these shapes.
 */

/** What a key may do; each gateway route needs one of them (GET /service-desks needs none). */
export const GATEWAY_OPERATIONS = ['create', 'read', 'comment', 'transition'] as const;
export type GatewayOperation = (typeof GATEWAY_OPERATIONS)[number];

/** Calls a key may make per minute unless its admin says otherwise, and the most they may allow. */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 60;
export const MAX_RATE_LIMIT_PER_MINUTE = 600;

/** The recognisable start of every Deskbridge key (secret scanners and people can spot one). */
export const KEY_PREFIX = 'dbk_';

export type GatewayKeyStatus = 'active' | 'expired' | 'revoked';

export interface GatewayKeyView {
  id: string;
  name: string;
  serviceDeskIds: string[];
  operations: GatewayOperation[];
  rateLimitPerMinute: number;
  status: GatewayKeyStatus;
  /** `dbk_<id>_…`: enough to tell which key a bot holds, nothing to use it with. */
  hint: string;
  createdBy: string;
  createdAt: string;
  expiresAt?: string;
  rotatedAt?: string;
  revokedAt?: string;
  lastUsedAt?: string;
}

/** The answer to create and rotate: the only time the key itself is ever shown. */
export interface IssuedKey {
  key: GatewayKeyView;
  token: string;
}

export interface CreateGatewayKeyPayload {
  name: string;
  serviceDeskIds: string[];
  operations: GatewayOperation[];
  /** ISO 8601; absent: the key does not expire. */
  expiresAt?: string;
  rateLimitPerMinute?: number;
}

/** What one call through the gateway did: never any request content. */
export interface AuditEntryView {
  at: string;
  keyId: string;
  keyName: string;
  /** e.g. `requests.create`; `unknown` for a call to no route. */
  operation: string;
  method: string;
  status: number;
  result: 'ok' | 'refused' | 'error';
  requestKey?: string;
  /** The error kind of a refused or failed call. */
  errorKind?: string;
  durationMs: number;
}

export interface AuditPage {
  entries: AuditEntryView[];
  nextCursor?: string;
}

export interface GatewayDesk {
  id: string;
  projectId: string;
  projectKey?: string;
  projectName?: string;
}

export interface GatewayInfo {
  /** The web trigger URL bots call; null when Forge could not give it (with the reason). */
  url: string | null;
  urlProblem?: string;
  serviceDesks: GatewayDesk[];
  maxBodyBytes: number;
  defaultRateLimitPerMinute: number;
  maxRateLimitPerMinute: number;
}
