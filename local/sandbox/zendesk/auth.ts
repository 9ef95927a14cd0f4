import type { IncomingHttpHeaders } from 'node:http';
import type { UserRecord, ZendeskAccount } from './state';

/**
 * Zendesk's API token authentication: Basic `{email}/token:{api_token}`. A token belongs to the
 * account, and the email picks the user it acts as (except a sandbox token bound to one user).
 * https://developer.zendesk.com/api-reference/introduction/security-and-auth/#api-token
 *
 * Where Zendesk's docs are silent the sandbox chooses:
 * - no Authorization header, or a valid token with an email no user has → anonymous (users/me
 *   answers the anonymous user, everything else 401), as Zendesk answers users/me to anonymous callers;
 * - a wrong or inactive token, a password instead of a token (password access is off), an OAuth
 *   bearer token it never issued, a suspended or inactive user → 401.
 */
export type Caller = { kind: 'user'; user: UserRecord } | { kind: 'anonymous' } | { kind: 'rejected' };

export function authenticate(headers: IncomingHttpHeaders, account: ZendeskAccount): Caller {
  const header = headers.authorization;
  if (!header) return { kind: 'anonymous' };
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header.trim());
  if (!match) return { kind: 'rejected' };
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return { kind: 'rejected' };
  const login = decoded.slice(0, colon);
  const secret = decoded.slice(colon + 1);
  if (!login.endsWith('/token')) return { kind: 'rejected' };
  const token = account.apiTokens.find((candidate) => candidate.active && candidate.token === secret);
  if (!token) return { kind: 'rejected' };
  const email = login.slice(0, -'/token'.length).toLowerCase();
  const user =
    token.sandbox_user_id !== undefined
      ? account.users.find((candidate) => candidate.id === token.sandbox_user_id)
      : account.users.find((candidate) => typeof candidate.email === 'string' && candidate.email.toLowerCase() === email);
  if (!user) return { kind: 'anonymous' };
  if (user.active === false || user.suspended === true) return { kind: 'rejected' };
  return { kind: 'user', user };
}

/** Agents and admins work tickets through the Support API; end users only through Requests. */
export const isStaff = (user: UserRecord) => user.role === 'admin' || user.role === 'agent';
