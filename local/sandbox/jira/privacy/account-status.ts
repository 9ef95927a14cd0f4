import { SEED_USERS } from '../seed/seed-ids';
import { findUser } from '../state/lookups';
import type { SiteState } from '../state/site-state';

/**
 * What the personal data reporting API tells an app about one account it stores data for:
 * `closed` (erase it), `updated` (its copy is stale: fetch it again) or nothing to do.
 * https://developer.atlassian.com/cloud/jira/platform/user-privacy-developer-guide/#personal-data-reporting-api-reference
 *
 * - Atlassian's closed test account answers `closed`, always, whatever the sandbox state says.
 *   The active test account answers by the ordinary rules; its profile last changed when it was
 *   created (2018), so it needs no action for any copy taken since ("there is no fixed accountId
 *   that can be used to test for the updated case").
 * - A closed account answers `closed` (closed wins over updated).
 * - An account whose profile changed at or after the `updatedAt` reported answers `updated`: at the
 *   same instant the app may have read the old profile, so it is asked to read it again.
 * - An account the site does not know needs no action: nothing says it was closed here.
 */

export type AccountStatus = 'closed' | 'updated';

export const GDPR_TEST_ACCOUNTS = {
  active: SEED_USERS.gdprActive.accountId,
  closed: SEED_USERS.gdprClosed.accountId,
} as const;

/** `reportedAt` is the app's `updatedAt`, in epoch milliseconds. */
export function accountStatus(site: SiteState, accountId: string, reportedAt: number): AccountStatus | undefined {
  if (accountId === GDPR_TEST_ACCOUNTS.closed) return 'closed';
  const user = findUser(site, accountId);
  if (!user) return undefined;
  if (user.closed) return 'closed';
  const changedAt = user.profileUpdatedAt ? Date.parse(user.profileUpdatedAt) : Number.NaN;
  return changedAt >= reportedAt ? 'updated' : undefined;
}

/** RFC 3339 `date-time` (section 5.6), the format the guide asks `updatedAt` to be in. */
const RFC_3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** Epoch milliseconds of an RFC 3339 timestamp, or undefined when it is not one. */
export function parseRfc3339(value: unknown): number | undefined {
  if (typeof value !== 'string' || !RFC_3339.test(value)) return undefined;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : parsed;
}
