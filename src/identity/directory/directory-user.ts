import type { JiraUser } from '../../jira/get-myself';
import { emailKeyOf } from '../identity-keys';

/**
 * One account of the site's directory, as Deskbridge keeps it (entity `directory-user`, keyed by
 * accountId): the minimum identity matching needs. No display name (fetched when shown), no time
 * zone, never an email: only its keyed hash, and only when Jira let the app see the address.
 */
export interface DirectoryUser {
  accountType: 'atlassian' | 'customer';
  active: boolean;
  emailKey?: string;
  /** The run that last saw the account; accounts not seen by a complete run are removed at its end. */
  seenRun: string;
  /** When Deskbridge last read this account from Jira (epoch ms): the `updatedAt` it reports. */
  fetchedAt: number;
}

/**
 * Whether an account belongs in the directory at all. App accounts are not people and cannot be
 * matched to a help-desk contact; inactive accounts (deactivated or closed) cannot author
 * anything Deskbridge writes. Keeping neither is the GDPR minimum, and it stops closed accounts,
 * which Jira keeps listing as "Former user", from being stored again after their erasure.
 */
export function belongsInDirectory(user: { accountType?: string; active?: boolean }): boolean {
  return (user.accountType === 'atlassian' || user.accountType === 'customer') && user.active !== false;
}

/** The stored form of an account Jira returned (call `belongsInDirectory` first). */
export async function toDirectoryUser(
  user: Pick<JiraUser, 'accountType' | 'active' | 'emailAddress'>,
  seenRun: string,
  fetchedAt: number,
): Promise<DirectoryUser> {
  const emailKey = await emailKeyOf(user.emailAddress);
  return {
    accountType: user.accountType === 'customer' ? 'customer' : 'atlassian',
    active: user.active !== false,
    ...(emailKey ? { emailKey } : {}),
    seenRun,
    fetchedAt,
  };
}
