import { createHash } from 'node:crypto';
import type { ConnectionCredentials } from '../connector';
import { ConnectorError } from '../http/connector-error';
import { vendorRequest, type VendorRequest, type VendorResponse } from '../http/vendor-request';
import type { WorkspaceContext } from './mappers';
import { intercomSpec } from './spec';
import type { IntercomMe } from './vendor-types';

/**
 * Intercom's answers on top of the shared HTTP layer:
 * - 429: Intercom sends no Retry-After, only `X-RateLimit-Reset` (a Unix time), so the wait a
 *   person is told is read from it (the shared layer would otherwise say 60 s);
 * - 404: said in terms of what was asked for ("conversation 123"), not a bare "nothing there".
 */
export async function intercomRequest<T>(credentials: ConnectionCredentials, request: VendorRequest & { notFound?: string }): Promise<T> {
  return (await intercomAnswer<T>(credentials, request)).body;
}

/** As intercomRequest, with the answer's headers (its X-RateLimit-* state, for a backfill's pace). */
export async function intercomAnswer<T>(credentials: ConnectionCredentials, request: VendorRequest & { notFound?: string }): Promise<{ body: T; headers: VendorResponse<T>['headers'] }> {
  const { notFound, ...rest } = request;
  const response = await vendorRequest<T>(intercomSpec, credentials, { ...rest, expect: [...(rest.expect ?? []), 404, 429] });
  if (response.status === 429) {
    const seconds = rateLimitWait(response.headers.get('retry-after'), response.headers.get('x-ratelimit-reset'));
    throw new ConnectorError('rate-limited', intercomSpec.messages.rateLimited(seconds), 429, seconds);
  }
  if (response.status === 404 && !rest.expect?.includes(404)) {
    throw new ConnectorError('not-found', `Intercom has no ${notFound ?? 'such object'} in this workspace (404).`, 404);
  }
  return { body: response.body, headers: response.headers };
}

/** Seconds until Intercom takes requests again: Retry-After if sent, else until X-RateLimit-Reset; at least 1. */
export function rateLimitWait(retryAfter: string | null, reset: string | null, nowMs = Date.now()): number {
  const after = Number(retryAfter);
  if (retryAfter && Number.isFinite(after) && after >= 0) return Math.max(1, Math.ceil(after));
  const resetAt = Number(reset);
  if (reset && Number.isFinite(resetAt) && resetAt > 0) return Math.max(1, Math.ceil(resetAt - nowMs / 1000));
  return 10; // Intercom counts in 10-second windows.
}

/** Conversation ids are integers in Intercom's API: anything else never reaches a URL path. */
export function conversationPath(id: string, suffix = ''): string {
  if (!/^\d{1,20}$/.test(id)) throw new ConnectorError('not-found', `"${String(id).slice(0, 40)}" is not an Intercom conversation id (a number).`);
  return `/conversations/${id}${suffix}`;
}

export interface Workspace extends WorkspaceContext {
  /** The admin the token acts for: the author of replies, notes and state changes. */
  adminId: string;
  me: IntercomMe;
}

const CACHE_MS = 10 * 60 * 1000;
const cache = new Map<string, { workspace: Workspace; until: number }>();

/**
 * The admin and app behind a token (`GET /me`), remembered for a few minutes per host and token so
 * a sync round does not ask again for every reply. The cache key is a hash: the token itself is
 * never kept.
 * https://developers.intercom.com/docs/references/2.15/rest-api/api.intercom.io/admins/identifyadmin
 */
export async function workspaceOf(credentials: ConnectionCredentials, fresh = false): Promise<Workspace> {
  const key = createHash('sha256').update(`${credentials.domain}\n${credentials.secret}`).digest('hex');
  const cached = cache.get(key);
  if (!fresh && cached && cached.until > Date.now()) return cached.workspace;
  const me = await intercomRequest<IntercomMe | null>(credentials, { path: '/me' });
  if (!me || me.type !== 'admin' || !me.id) {
    throw new ConnectorError('forbidden', intercomSpec.messages.permission('the token does not act for an admin (/me answered no admin)'));
  }
  const workspace: Workspace = { adminId: String(me.id), appIdCode: me.app?.id_code ?? 'workspace', region: me.app?.region, me };
  if (cache.size > 500) cache.clear();
  cache.set(key, { workspace, until: Date.now() + CACHE_MS });
  return workspace;
}

/** Forgets what `/me` said (tests, and a verify after the token's admin changed). */
export function forgetWorkspaces(): void {
  cache.clear();
}
