import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { deleteLog } from '../../integrations/integration-log';
import { deleteIntegration as removeIntegration } from '../../integrations/integration-store';
import { ENTITY, INDEX, KEY, SECRET } from '../../storage/keys';
import { deleteNotifications } from '../../notifications/notification-store';
import { clearStopRequest } from '../../sync/backfill/backfill-queue';
import { deleteRun } from '../../sync/backfill/backfill-run';
import { deleteSyncConfig } from '../../sync/config/sync-config-store';
import { allLinksOfIntegration, deleteLink } from '../../sync/links/link-store';
import { unlink } from '../../sync/links/link-service';
import type { SyncLink } from '../../sync/links/link';
import { deleteCheckpoint } from '../../sync/poll/poll-checkpoint';
import { loadSyncContext, type SyncContext } from '../../sync/sync-context';
import { removeWebhook } from '../../sync/webhook-setup/webhook-setup';
import { defineResolver } from '../define-resolver';

/**
 * How many links are unlinked in full (one Jira call each, to remove the issue's `deskbridge`
 * property) while the resolver runs: 100 calls, 5 at a time, stay well inside a resolver's 25 s
 * and Jira's rate limits. Links beyond that lose their KVS records only; their issues keep a
 * property naming an integration that no longer exists (nothing syncs them any more).
 */
export const INLINE_UNLINKS = 100;
const PARALLEL_UNLINKS = 5;
/** The KVS clean-up past the inline unlinks stops here; what is left of the sync log expires (TTL, daily prune). */
const CLEANUP_BUDGET_MS = 12_000;
/** KVS batch calls take at most 25 items. */
const BATCH = 25;

/**
 * Deletes an integration, its log and its sync state: sync config, links (the issues lose their
 * `deskbridge` property), poll checkpoint, webhook (Deskbridge's own registration in the help
 * desk, and the secret, so a pasted webhook is refused from now on) and sync log. Tickets and
 * issues keep their content.
 */
export const deleteIntegration = defineResolver({
  key: 'integrations/delete',
  payload: z.object({ id: z.string().uuid('Unknown integration.') }).strict(),
  access: { action: 'integrations.edit', integrationId: ({ id }) => id },
  handle: async ({ id }): Promise<{ id: string }> => {
    // Read before the record goes: the webhook's removal needs the connection's credentials.
    const context = await loadSyncContext(id, { evenIfDisabled: true }).catch(() => undefined);
    await removeIntegration(id);
    await deleteLog(id);
    // From here on nothing syncs for it: loadSyncContext finds no integration, queued changes are dropped.
    const deadline = Date.now() + CLEANUP_BUDGET_MS;
    await deleteSyncConfig(id);
    await deleteNotifications(id);
    await deleteCheckpoint(id);
    await deleteRun(id);
    await clearStopRequest(id);
    await forgetWebhook(id, context);
    await removeLinks(await allLinksOfIntegration(id), deadline);
    await deleteEntityPartition(ENTITY.syncLog, INDEX.syncLogByIntegration, id, deadline);
    await deleteEntityPartition(ENTITY.syncActivity, INDEX.syncActivityByIntegration, id, deadline);
    await deleteEntityPartition(ENTITY.backfillFailure, INDEX.backfillFailureByIntegration, id, deadline);
    return { id };
  },
});

/** The help desk's webhook: Deskbridge's registration there (Zendesk) and the secret deliveries are checked against. */
async function forgetWebhook(id: string, context: SyncContext | undefined): Promise<void> {
  if (context) {
    try {
      return await removeWebhook(context);
    } catch (error) {
      // The help desk refused or is down: its webhook stays there, and is refused here without a secret.
      console.warn('Deskbridge: the help desk webhook was not removed', error instanceof Error ? error.name : typeof error);
    }
  }
  await kvs.delete(KEY.webhookRegistration(id));
  await kvs.deleteSecret(SECRET.webhook(id));
}

async function removeLinks(links: SyncLink[], deadline: number): Promise<void> {
  const inline = links.slice(0, INLINE_UNLINKS);
  let propertiesLeft = 0;
  for (let start = 0; start < inline.length; start += PARALLEL_UNLINKS) {
    // unlink() drops the KVS records before it calls Jira: a refused or rate-limited call leaves only the property.
    const results = await Promise.allSettled(inline.slice(start, start + PARALLEL_UNLINKS).map((link) => unlink(link)));
    propertiesLeft += results.filter((result) => result.status === 'rejected').length;
  }
  if (propertiesLeft > 0) console.warn(`Deskbridge: ${propertiesLeft} linked issues kept their deskbridge property (Jira refused or was busy)`);
  const rest = links.slice(INLINE_UNLINKS);
  for (let start = 0; start < rest.length && Date.now() < deadline; start += BATCH) {
    const batch = rest.slice(start, start + BATCH);
    await Promise.all(batch.map((link) => deleteLink(link.id)));
    await kvs.batchDelete(batch.map((link) => ({ key: KEY.syncBase(link.id) })));
  }
}

/** Every record of one integration in an entity indexed by integration, a page at a time, until the deadline. */
async function deleteEntityPartition(entityName: string, index: string, integrationId: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const page = await kvs.entity(entityName).query().index(index, { partition: [integrationId] }).limit(100).getMany();
    if (page.results.length === 0) return;
    const keys = page.results.map(({ key }) => key);
    for (let start = 0; start < keys.length; start += BATCH) {
      await kvs.batchDelete(keys.slice(start, start + BATCH).map((key) => ({ entityName, key })));
    }
  }
}
