import type http from 'node:http';
import type { VendorResponse } from '../vendor/vendor-sandbox';
import { snError, unauthenticated } from './errors';
import { findUser, type ServicenowState, type StoredRecord } from './state';

/**
 * Who is calling, and whether they may call now. Basic auth against sys_user (user_name and
 * user_password; an inactive or locked-out user cannot sign in), then the instance's REST rate
 * limit rule: each user may make `requestsPerHour` requests in an hour, every answer carries
 * X-RateLimit-Limit / X-RateLimit-Reset / X-RateLimit-Rule, and a refused one also Retry-After.
 * https://docs.servicenow.com/bundle/xanadu-api-reference/page/integrate/inbound-rest/concept/inbound-REST-API-rate-limiting.html
 */

export type Access = { ok: true; user: StoredRecord; headers: Record<string, string> } | { ok: false; response: VendorResponse };

/** Requests counted per user in the current hour (kept in memory, as an instance's nodes do between commits). */
export type RateWindows = Map<string, { start: number; count: number }>;

const HOUR_MS = 3_600_000;

export function authenticate(state: ServicenowState, headers: http.IncomingHttpHeaders): StoredRecord | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(String(headers.authorization ?? ''));
  if (!match) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const user = findUser(state, decoded.slice(0, colon));
  const password = decoded.slice(colon + 1);
  if (!user || !user.user_password || user.user_password !== password) return undefined;
  if (user.active === 'false' || user.locked_out === 'true') return undefined;
  return user;
}

/** Authenticates and counts the request against the rate limit rule. */
export function admit(state: ServicenowState, windows: RateWindows, headers: http.IncomingHttpHeaders, now = Date.now()): Access {
  const user = authenticate(state, headers);
  if (!user) return { ok: false, response: unauthenticated() };
  const rule = state.rateLimit;
  let window = windows.get(user.user_name);
  if (!window || now - window.start >= HOUR_MS) {
    window = { start: now, count: 0 };
    windows.set(user.user_name, window);
  }
  const resetAt = window.start + HOUR_MS;
  const limitHeaders = {
    'x-ratelimit-limit': String(rule.requestsPerHour),
    'x-ratelimit-reset': String(Math.ceil(resetAt / 1000)),
    'x-ratelimit-rule': rule.sys_id,
  };
  if (window.count >= rule.requestsPerHour) {
    const retryAfter = Math.max(1, Math.ceil((resetAt - now) / 1000));
    return {
      ok: false,
      response: snError(429, 'Rate limit exceeded', `Rate limit of ${rule.requestsPerHour} requests per hour for Table API exceeded`, { ...limitHeaders, 'retry-after': String(retryAfter) }),
    };
  }
  window.count += 1;
  return { ok: true, user, headers: limitHeaders };
}
