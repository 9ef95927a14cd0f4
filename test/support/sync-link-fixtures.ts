import type { LocalDeskbridge } from '../../local/local-deskbridge';
import { SEED_USERS } from '../../local/sandbox/jira';
import { emptyBase, saveBase } from '../../src/sync/links/link-base';
import { linkIdOf, type SyncLink } from '../../src/sync/links/link';
import { saveLink } from '../../src/sync/links/link-store';
import { readStoredSyncConfig, writeSyncConfig } from '../../src/sync/config/sync-config-store';

/** Two SUP issues, one already linked to Freshdesk ticket 2 and one free, on an enabled integration. */
export interface SyncLinkFixtures {
  linkedTicketId: string;
  freeTicketId: string;
  freeIssueKey: string;
}

async function createSupIssue(deskbridge: LocalDeskbridge, summary: string): Promise<{ id: string; key: string }> {
  const response = await fetch(`${deskbridge.jiraUrl}/rest/api/3/issue`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${SEED_USERS.admin.accountId}:forge-local`).toString('base64')}` },
    body: JSON.stringify({ fields: { project: { key: 'SUP' }, issuetype: { id: '10100' }, summary } }),
  });
  if (!response.ok) throw new Error(`creating a SUP issue: ${response.status} ${await response.text()}`);
  return response.json();
}

/**
 * Turns the sync of `integrationId` on and links ticket 2 to a new SUP issue, straight in storage
 * (the linking itself is tested through its resolver elsewhere); the free pair is for the
 * `sync-links/create` row.
 */
export async function syncLinkFixtures(deskbridge: LocalDeskbridge, integrationId: string): Promise<SyncLinkFixtures> {
  const linked = await createSupIssue(deskbridge, 'Linked fixture');
  const free = await createSupIssue(deskbridge, 'Free fixture');
  await deskbridge.runtime.settle();
  {
    const stored = (await readStoredSyncConfig(integrationId))!;
    await writeSyncConfig(integrationId, { ...stored.config, enabled: true }, stored.savedAt);
    const now = Date.now();
    const link: SyncLink = {
      id: linkIdOf(integrationId, '2'),
      integrationId,
      tool: 'freshdesk',
      ticketId: '2',
      issueId: linked.id,
      issueKey: linked.key,
      ticketUrl: 'https://acme.freshdesk.com/a/tickets/2',
      ticketStatus: 'Pending',
      state: 'stuck',
      stuckReason: 'Fixture: stuck until retried.',
      linkedAt: now,
      lastSyncedAt: now,
      propertyWrittenAt: now,
    };
    await saveLink(link);
    await saveBase(link.id, emptyBase());
  }
  return { linkedTicketId: '2', freeTicketId: '1', freeIssueKey: free.key };
}
