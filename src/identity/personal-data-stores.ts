import { reassignConnectionsOf } from '../connections/connection-erasure';
import { listKeys } from '../gateway/key-store';
import { reassignKeysOf } from '../gateway/key-service';
import { listConnections } from '../connections/connection-store';
import { listAllIntegrations } from '../integrations/integration-store';
import { logAccountsPage } from '../integrations/log-accounts';
import { eraseFromLogs } from '../integrations/log-erasure';
import { reassignIntegrationsOf } from '../integrations/owner-erasure';
import { ENTITY, KEY } from '../storage/keys';
import { deleteDirectoryUsers, directoryPage, getDirectoryUser } from './directory/directory-store';
import { deleteLinkByKey, linksOfAccount, listLinks } from './identity-map/link-store';
import type { ErasedCounts } from './personal-data/personal-data-record';
import { refreshDirectoryUser, refreshLinksOf } from './personal-data/refresh-account';

/** One stored accountId to report, with when Deskbridge last took a copy of that account's data (epoch ms). */
export interface ReportableAccount {
  accountId: string;
  updatedAt: number;
}

export interface PersonalDataStore {
  name: string;
  /** The directory: reporting it covers its accounts wherever else they are stored, so other stores skip them. */
  directory?: true;
  /** The manifest entities it covers (a test holds every entity to this list or to NO_PERSONAL_DATA). */
  entities: string[];
  /**
   * One page of the accountIds it holds. `now` is the `updatedAt` of stores that keep nothing but
   * the id (nothing there can be stale); stores with cached data report when they took it.
   */
  list(cursor: string | undefined, limit: number, now: number): Promise<{ accounts: ReportableAccount[]; nextCursor?: string }>;
  /** Removes or replaces a closed account; says what it changed. */
  erase(accountId: string, appAccountId: string): Promise<Partial<ErasedCounts>>;
  /** Re-reads what it caches about an `updated` account (stores holding only the id have nothing to refresh). */
  refresh?(accountId: string): Promise<void>;
}

/**
 * Every store of accountIds, in the order reporting walks them and erasure/refresh visit them
 * (the directory first: the identity map's refresh reads it). Adding an entity that holds an
 * accountId means adding it here, or the registry test fails.
 */
export const PERSONAL_DATA_STORES: PersonalDataStore[] = [
  {
    name: 'directory users (accountId, type, active, email hash)',
    directory: true,
    entities: [ENTITY.directoryUser],
    list: async (cursor, limit) => {
      const page = await directoryPage(cursor, limit);
      return { accounts: page.entries.map(({ accountId, user }) => ({ accountId, updatedAt: user.fetchedAt })), nextCursor: page.nextCursor };
    },
    erase: async (accountId) => {
      if (!(await getDirectoryUser(accountId))) return {};
      await deleteDirectoryUsers([accountId]);
      return { directoryUsers: 1 };
    },
    refresh: refreshDirectoryUser,
  },
  {
    name: 'identity map (contact ↔ accountId; email hash of email matches)',
    entities: [ENTITY.identityLink],
    list: async (cursor, limit, now) => {
      const page = await listLinks(undefined, cursor, limit);
      const accounts = page.results.map(({ value }) => ({ accountId: value.accountId, updatedAt: value.source === 'email' ? value.updatedAt : now }));
      return { accounts, nextCursor: page.nextCursor };
    },
    erase: async (accountId) => {
      let removed = 0;
      for (;;) {
        const page = await linksOfAccount(accountId);
        if (page.results.length === 0) return { identityLinks: removed };
        await Promise.all(page.results.map(({ key }) => deleteLinkByKey(key)));
        removed += page.results.length;
      }
    },
    refresh: refreshLinksOf,
  },
  {
    name: 'integration owners',
    entities: [ENTITY.integration],
    list: async (_cursor, _limit, now) => ({ accounts: (await listAllIntegrations()).map(({ ownerAccountId }) => ({ accountId: ownerAccountId, updatedAt: now })) }),
    erase: async (accountId, app) => ({ integrationsReassigned: await reassignIntegrationsOf(accountId, app) }),
  },
  {
    name: 'connections (connectedBy)',
    entities: [ENTITY.connection],
    list: async (_cursor, _limit, now) => ({ accounts: (await listConnections()).map(({ connectedBy }) => ({ accountId: connectedBy, updatedAt: now })) }),
    erase: async (accountId, app) => ({ connectionsReassigned: await reassignConnectionsOf(accountId, app) }),
  },
  {
    name: 'integration logs (actor, from, to; sealed) and the list of accounts they name',
    entities: [ENTITY.integrationLog, ENTITY.logAccount],
    list: async (cursor, limit, now) => {
      const page = await logAccountsPage(cursor, limit);
      return { accounts: page.results.map(({ value }) => ({ accountId: value.accountId, updatedAt: now })), nextCursor: page.nextCursor };
    },
    erase: async (accountId) => ({ logActorsReplaced: await eraseFromLogs(accountId) }),
  },
  {
    name: 'bot gateway keys (createdBy)',
    entities: [ENTITY.gatewayKey],
    list: async (_cursor, _limit, now) => ({ accounts: (await listKeys()).map(({ key }) => ({ accountId: key.createdBy, updatedAt: now })) }),
    // Reassigned to the app like connections; ErasedCounts has no gateway counter, so the count is not reported.
    erase: async (accountId, app) => {
      await reassignKeysOf(accountId, app);
      return {};
    },
  },
];

/** Entities that hold no accountId, each with the reason. */
export const NO_PERSONAL_DATA: Record<string, string> = {
  [ENTITY.gatewayAudit]: 'key id and name, operation, request key, status and timing of gateway calls; never a customer, an accountId or content',
  [ENTITY.gatewayRate]: 'a count of calls per gateway key and minute; expires after two minutes',
  [ENTITY.syncLink]: 'ticket and issue ids, the issue key, the ticket URL and status name, the sync state, its reason and times; no accountId',
  [ENTITY.syncLog]: 'integration, time, result and direction, and sealed ticket and issue ids, issue key, title and reason of sync actions; no accountId; expires after 31 days',
  [ENTITY.syncActivity]: 'counts of sync actions that worked or failed per integration and day; expires after 32 days',
  [ENTITY.backfillFailure]: 'a ticket id, the issue key, an error kind and a reason Deskbridge wrote, and times; no accountId',
};

/** Plain KVS keys and prefixes, each with why it holds no personal data (the registry test checks KEY against this). */
export const PLAIN_KEYS_WITHOUT_PERSONAL_DATA: Record<keyof typeof KEY, string> = {
  directoryRun: 'counts, times and Jira paging offsets only',
  personalData: 'counts and times; the walker checkpoint holds an opaque KVS cursor for the length of a cycle',
  appAccount: "the app's own accountId: an app account, not a person",
  eventClaim: 'a run id, a chunk number and a queue event id; expires after eight days',
  accountClaim: "a cycle id and an account's keyed hash (not reversible without the secret key); expires after eight days",
  erasurePrefix: 'counts of what an erasure removed, never whose',
  erasure: 'counts of what an erasure removed, never whose',
  syncConfig: 'ids and names of issue types, fields, statuses, priorities and tags, and a JQL filter an admin writes; never an accountId',
  bucketMap: "a service desk's status ids and names with the bucket an admin chose for each; no accountId",
  requestTypeField: 'the id of a Jira custom field',
  syncBase: 'digests of synced field values, status ids and pairs of comment ids; no accountId and no content',
  syncCreating: 'the time a create was attempted; expires after a day',
  syncLease: 'a queue event id; expires after two minutes',
  syncSeen: 'the time a change was applied, keyed by integration, ticket or issue id and the source version; expires after two days',
  syncCheckpoint: 'poll times and an opaque help-desk paging cursor',
  webhookReplay: 'a digest of a webhook delivery; expires after ten minutes',
  webhookRegistration: "the help desk's id of the webhook Deskbridge created, and when",
  syncLogRetention: 'a number of days, per integration',
  syncLogPrune: 'the position of the daily sync log prune among integrations',
  backfillRun: "a backfill's filter (dates, status ids, tags, priorities), counts, times, ticket ids in flight and opaque help-desk paging cursors; no accountId",
  backfillRunPrefix: 'the prefix of the backfill run keys above, read to count runs under way',
  backfillControl: 'a run id and whether a pause or cancel was asked for',
  gatewayLastUsed: 'the time a gateway key last authenticated, keyed by the key id',
  gatewayIdempotency: 'keyed hashes of an Idempotency-Key and a create body, and the request key it raised; expires after 24 hours',
  issuePanelFields: 'names of ticket fields (per tool) the issue panel shows; no accountId and no content',
  notificationSettings: 'Jira status ids and names, help-desk status ids, templates an admin writes and the site URL; no accountId',
  notificationClaim: 'the time a notification was sent and the help-desk comment id, keyed by integration, ticket, changelog and rule ids; expires after 30 days',
};
