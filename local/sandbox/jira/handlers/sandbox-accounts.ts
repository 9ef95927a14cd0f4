import { badRequest, notFound } from '../http-error';
import { parseRfc3339 } from '../privacy/account-status';
import type { ReportingSettings } from '../privacy/reporting-policy';
import { objectBody, optionalString } from '../request-body';
import { ok, type RouteContext, type RouteResult } from '../route';
import { addSyntheticUsers, MAX_SYNTHETIC_PER_REQUEST } from '../seed/synthetic-users';
import { findUser } from '../state/lookups';
import type { UserRecord } from '../state/site-state';

/**
 * The sandbox's own account controls (not Jira's; no spec, no credentials, loopback only): what
 * the identity and GDPR work needs to stage a large directory and the account lifecycle events
 * the personal data reporting API reports.
 * https://developer.atlassian.com/cloud/jira/platform/user-privacy-developer-guide/
 */

/**
 * `{ count, emailVisibleEvery? }`: appends `count` deterministic active users (`synthetic-000001`, ...)
 * for the directory Deskbridge pages through.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-users/#api-rest-api-3-users-search-get
 */
export function generateUsers({ site, body }: RouteContext): RouteResult {
  const request = objectBody(body);
  const count = request.count;
  if (!Number.isInteger(count) || (count as number) < 1 || (count as number) > MAX_SYNTHETIC_PER_REQUEST) {
    throw badRequest(`'count' must be an integer from 1 to ${MAX_SYNTHETIC_PER_REQUEST}.`);
  }
  const every = request.emailVisibleEvery ?? 0;
  if (!Number.isInteger(every) || (every as number) < 0) throw badRequest("'emailVisibleEvery' must be a whole number (0 or absent: every email stays hidden).");
  const generated = addSyntheticUsers(site, count as number, every as number);
  return ok({ generated: generated.count, firstAccountId: generated.first, lastAccountId: generated.last, totalUsers: site.users.length });
}

/**
 * Closes an account: it turns inactive (Jira shows `active: false` and refuses its sign-in) and the
 * personal data reporting API answers `closed` for it from now on.
 * https://developer.atlassian.com/cloud/jira/platform/user-privacy-developer-guide/#personal-data-reporting-api-reference
 */
export function closeAccount(context: RouteContext): RouteResult {
  const user = account(context);
  if (user.accountType === 'app') throw badRequest('App accounts are removed by uninstalling the app, not closed.');
  user.active = false;
  user.closed = true;
  return ok(lifecycleView(user));
}

/**
 * Records a profile change: reporting answers `updated` to an app whose copy is older. Optional
 * body `{ displayName?, timeZone?, emailAddress?, emailVisible?, at? }` changes those fields too;
 * `at` (RFC 3339) sets when the change happened, for tests on a fake clock; the default is now.
 * https://developer.atlassian.com/cloud/jira/platform/user-privacy-developer-guide/#personal-data-reporting-api-reference
 */
export function updateAccount(context: RouteContext): RouteResult {
  const user = account(context);
  const changes = objectBody(context.body);
  const at = changes.at === undefined ? Date.now() : parseRfc3339(changes.at);
  if (at === undefined) throw badRequest("'at' must be an RFC 3339 date-time such as 2026-01-31T12:00:00.000Z.");
  if (changes.emailVisible !== undefined && typeof changes.emailVisible !== 'boolean') throw badRequest("'emailVisible' must be true or false.");
  const displayName = optionalString(changes.displayName, 'displayName');
  const timeZone = optionalString(changes.timeZone, 'timeZone');
  const emailAddress = optionalString(changes.emailAddress, 'emailAddress');
  if (displayName !== undefined) user.displayName = displayName;
  if (timeZone !== undefined) user.timeZone = timeZone;
  if (emailAddress !== undefined) user.emailAddress = emailAddress;
  if (changes.emailVisible !== undefined) user.emailVisible = changes.emailVisible as boolean;
  user.profileUpdatedAt = new Date(at).toISOString();
  return ok(lifecycleView(user));
}

/**
 * `{ cyclePeriodSeconds?, maxRequestsPerSecond? }` (null: no limit); answers the settings now in force.
 * Body `{}` just reads them.
 * https://developer.atlassian.com/cloud/jira/platform/user-privacy-developer-guide/#personal-data-reporting-api-reference
 */
export function configurePersonalDataReporting({ store, body }: RouteContext): RouteResult {
  const changes = objectBody(body) as Partial<ReportingSettings>;
  try {
    const { cyclePeriodSeconds, maxRequestsPerSecond } = changes;
    return ok(
      store.reporting.configure({
        ...(cyclePeriodSeconds !== undefined ? { cyclePeriodSeconds } : {}),
        ...(maxRequestsPerSecond !== undefined ? { maxRequestsPerSecond } : {}),
      }),
    );
  } catch (error) {
    throw badRequest((error as Error).message);
  }
}

function account({ site, params }: RouteContext): UserRecord {
  const user = findUser(site, params.accountId);
  if (!user) throw notFound(`No account with id '${params.accountId}' on this site.`);
  return user;
}

function lifecycleView(user: UserRecord): Record<string, unknown> {
  return { accountId: user.accountId, active: user.active, closed: !!user.closed, profileUpdatedAt: user.profileUpdatedAt ?? null };
}
