import { unauthorized } from './http-error';
import { ANONYMOUS } from './route';
import { SANDBOX_PASSWORD } from './seed/seed-ids';
import { findUser } from './state/lookups';
import type { SiteState, UserRecord } from './state/site-state';

/**
 * Who is calling. The local runtime signs every product request with
 * `Authorization: Basic base64("<accountId>:forge-local")`, Basic being what Atlassian's specs
 * declare. Jira answers 401 for missing or wrong credentials and for closed accounts; operations
 * Jira serves anonymously accept a request without credentials, but never wrong ones.
 * https://developer.atlassian.com/cloud/jira/platform/basic-auth-for-rest-apis/
 */
export function authenticate(site: SiteState, header: string | undefined, anonymousAllowed: boolean): UserRecord {
  if (!header) {
    if (anonymousAllowed) return ANONYMOUS;
    throw unauthorized();
  }
  const credentials = parseBasic(header);
  if (!credentials) throw unauthorized('The Authorization header is not valid Basic credentials.');
  const account = findUser(site, credentials.accountId);
  if (!account || credentials.password !== SANDBOX_PASSWORD) throw unauthorized('Basic authentication failed: unknown account or wrong password.');
  if (!account.active) throw unauthorized('This account has been deactivated and cannot sign in.');
  return account;
}

/** The header for an account, for the local runtime and tests. */
export function basicAuthHeader(accountId: string): string {
  return `Basic ${Buffer.from(`${accountId}:${SANDBOX_PASSWORD}`).toString('base64')}`;
}

function parseBasic(header: string): { accountId: string; password: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!match) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  // Account ids may contain ':' (e.g. `712020:…`, `qm:…`); the password is after the last one.
  const separator = decoded.lastIndexOf(':');
  if (separator <= 0) return undefined;
  return { accountId: decoded.slice(0, separator), password: decoded.slice(separator + 1) };
}
