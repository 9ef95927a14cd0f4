import type { VendorRequest } from '../vendor/vendor-sandbox';
import { badRequest, forbidden, IntercomError, notFound, tokenNotFound, unauthorized } from './errors';
import { nowSeconds, REGION_HOSTS, type IntercomState, type SandboxAdmin } from './state';

/**
 * Who is calling and whether Intercom would let them: the host must serve the workspace's region,
 * the Bearer token must be one of the workspace's, the Intercom-Version must exist, and the app
 * must be inside its rate limit. Answers the rate-limit headers every authenticated response has.
 * https://developers.intercom.com/docs/build-an-integration/learn-more/authentication
 * https://developers.intercom.com/docs/references/2.15/rest-api/errors/rate-limiting
 */

/** Versions Intercom accepts in the Intercom-Version header (the 2.15 description's enum, plus 2.16). */
const VERSIONS = new Set(['1.0', '1.1', '1.2', '1.3', '1.4', '2.0', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9', '2.10', '2.11', '2.12', '2.13', '2.14', '2.15', '2.16', 'Unstable']);

export interface Caller {
  admin: SandboxAdmin;
  /** X-RateLimit-* for this response. */
  headers: Record<string, string>;
}

export function authenticate(request: VendorRequest, state: IntercomState): Caller {
  const regional = Object.values(REGION_HOSTS);
  if (!regional.includes(request.host)) throw notFound(`No Intercom API at ${request.host}`);
  const authorization = String(request.headers.authorization ?? '');
  const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
  const grant = token ? state.access_tokens.find((candidate) => candidate.token === token) : undefined;
  if (!grant) throw unauthorized();
  // api.intercom.io routes a token to its region; another region's host has never heard of it.
  if (request.host !== REGION_HOSTS.US && request.host !== REGION_HOSTS[state.app.region]) throw tokenNotFound();
  const admin = state.admins.find((candidate) => candidate.id === grant.admin_id);
  if (!admin) throw unauthorized();
  const version = request.headers['intercom-version'];
  if (version !== undefined && !VERSIONS.has(String(version))) {
    throw badRequest(`Requested version ${String(version).slice(0, 20)} is not valid`, 'intercom_version_invalid');
  }
  return { admin, headers: countRequest(state) };
}

function countRequest(state: IntercomState): Record<string, string> {
  const now = nowSeconds();
  const { limit, window_seconds: windowSeconds } = state.rate_limit;
  if (!state.rate_window || now >= state.rate_window.started_at + windowSeconds) state.rate_window = { started_at: now, used: 0 };
  const reset = state.rate_window.started_at + windowSeconds;
  if (state.rate_window.used >= limit) {
    const headers = { 'X-RateLimit-Limit': String(limit), 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(reset) };
    throw new IntercomError(429, 'rate_limit_exceeded', `Exceeded rate limit of ${limit} in ${windowSeconds}_seconds`, headers);
  }
  state.rate_window.used += 1;
  return { 'X-RateLimit-Limit': String(limit), 'X-RateLimit-Remaining': String(limit - state.rate_window.used), 'X-RateLimit-Reset': String(reset) };
}

/**
 * The admin a write names (`admin_id`): it must be one of the workspace's, and replying, adding
 * notes and changing a conversation's state need an inbox seat.
 */
export function actingAdmin(state: IntercomState, adminId: unknown, needsSeat: boolean): SandboxAdmin {
  if (adminId === undefined || adminId === null || adminId === '') throw badRequest('admin_id is required', 'parameter_not_found');
  const admin = state.admins.find((candidate) => candidate.id === String(adminId));
  if (!admin) throw notFound('Admin not found', 'admin_not_found');
  if (needsSeat && !admin.has_inbox_seat) {
    throw forbidden(`${admin.name} has no inbox seat: only teammates with an inbox seat can reply to and manage conversations`);
  }
  return admin;
}
