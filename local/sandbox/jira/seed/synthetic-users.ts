import type { SiteState, UserRecord } from '../state/site-state';
import { SEED_PROFILES_UPDATED_AT } from './seed-ids';

/**
 * Synthetic directory users for scale tests (user ingestion over large sites). Everything about
 * them follows from their number, so two sandboxes given the same requests hold the same users:
 * `synthetic-000001`, "Synthetic User 000001", `synthetic-000001@synthetic.example`.
 *
 * They are active Atlassian accounts in no group and no project role: a directory to page through,
 * not people who work in Jira. Keeping them out of groups also keeps permission checks (which scan
 * group members) as fast as on the seeded site.
 */

export const SYNTHETIC_PREFIX = 'synthetic-';

/** At most this many in one request: enough for any scale test, small enough to stay in memory. */
export const MAX_SYNTHETIC_PER_REQUEST = 1_000_000;

const TIME_ZONES = ['Europe/London', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney', 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata', 'Etc/UTC'];
const LOCALES = ['en_GB', 'en_US', 'ja_JP', 'en_AU', 'de_DE', 'en_US', 'en_IN', 'en_US'];

export function syntheticAccountId(number: number): string {
  return `${SYNTHETIC_PREFIX}${String(number).padStart(6, '0')}`;
}

export interface GeneratedUsers {
  first: string;
  last: string;
  count: number;
}

/**
 * Appends `count` users, numbered on from the synthetic users already there. `emailVisibleEvery`
 * n > 0 makes every n-th user's email visible to apps (numbers n, 2n, ...); otherwise all stay hidden.
 * One pass to count, one to append: linear in the directory, whatever its size.
 */
export function addSyntheticUsers(site: SiteState, count: number, emailVisibleEvery = 0): GeneratedUsers {
  let existing = 0;
  for (const user of site.users) if (user.accountId.startsWith(SYNTHETIC_PREFIX)) existing += 1;
  for (let offset = 1; offset <= count; offset += 1) site.users.push(syntheticUser(existing + offset, emailVisibleEvery));
  return { first: syntheticAccountId(existing + 1), last: syntheticAccountId(existing + count), count };
}

function syntheticUser(number: number, emailVisibleEvery: number): UserRecord {
  const accountId = syntheticAccountId(number);
  const zone = number % TIME_ZONES.length;
  return {
    accountId,
    accountType: 'atlassian',
    displayName: `Synthetic User ${accountId.slice(SYNTHETIC_PREFIX.length)}`,
    active: true,
    emailAddress: `${accountId}@synthetic.example`,
    ...(emailVisibleEvery > 0 && number % emailVisibleEvery === 0 ? { emailVisible: true } : {}),
    profileUpdatedAt: SEED_PROFILES_UPDATED_AT,
    timeZone: TIME_ZONES[zone],
    locale: LOCALES[zone],
  };
}
