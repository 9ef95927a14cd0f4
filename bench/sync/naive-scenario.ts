import type { LocalDeskbridge } from '../../local/local-deskbridge';
import { runInvocation } from '../../local/runtime/invocation-scope';
import type { FreshdeskSandbox, FreshdeskState } from '../../local/sandbox/freshdesk';
import { ATLASSIAN_DEFAULTS } from '../../local/sandbox/jira';
import { connectorFor } from '../../src/connectors/registry';
import { credentialsOf } from '../../src/connections/connection-service';
import { pushChanges } from '../../src/sync/changes/push-changes';
import { allLinksOfIntegration } from '../../src/sync/links/link-store';
import { seedBackfillTickets } from '../../test/support/backfill-data';
import { engConfig, setUpFreshdeskSync } from '../../test/support/sync-harness';
import { clock, wire } from './wire';

/**
 * The naive baseline, measured on the same sandboxes, limits and clock: what bringing history
 * over costs without a backfill. Every ticket is listed (the connector's everyday listing) and
 * handed to the two-way sync as a new ticket, all at once: one issue create per ticket, its
 * status moved and its comments copied one by one, no pacing (the queue's concurrency is the
 * only brake), rate limits met as they come (the HTTP layers' retries, then the queue's).
 */
export async function runNaive(deskbridge: LocalDeskbridge, options: { tickets: number; replies: number }) {
  const { integrationId, connectionId } = await setUpFreshdeskSync(deskbridge, engConfig(), { webhooks: false });
  const freshdesk = deskbridge.helpDesks.freshdesk as FreshdeskSandbox;
  seedBackfillTickets(freshdesk.state as FreshdeskState, { count: options.tickets, replies: options.replies });
  freshdesk.rateLimiter.reset();
  deskbridge.sandbox!.rateLimits.configure(ATLASSIAN_DEFAULTS);
  wire.reset();
  const startedAt = clock.now();
  try {
    await runInvocation({ functionKey: 'naive-backfill', moduleKey: 'naive', moduleType: 'core:consumer', timeoutMs: 86_400_000 }, async () => {
      const connector = connectorFor('freshdesk');
      const { credentials } = await credentialsOf(connectionId);
      let cursor: string | undefined;
      do {
        const page = await connector.listTicketsUpdatedSince(credentials, new Date('2000-01-01T00:00:00Z'), cursor);
        await pushChanges(page.tickets.map((ticket) => ({ integrationId, side: 'helpdesk' as const, ticketId: ticket.id, scope: 'created' as const })));
        cursor = page.nextCursor;
      } while (cursor);
    });
    await deskbridge.runtime.queue.drain();
    const simulatedHours = (clock.now() - startedAt) / 3_600_000;
    const links = await allLinksOfIntegration(integrationId);
    return {
      tickets: options.tickets,
      /** What the naive run brought over: the rest ran out of retries on rate limits (the sync gave those changes up). */
      linked: links.filter((link) => link.state === 'ok').length,
      stuck: links.filter((link) => link.state === 'stuck').length,
      simulatedHours,
      calls: { jira: { ...wire.counts.jira }, helpdesk: { ...wire.counts.helpdesk } },
      jiraLimits: { ...deskbridge.sandbox!.rateLimits.stats },
    };
  } finally {
    deskbridge.sandbox!.rateLimits.configure(undefined);
  }
}

export type NaiveResult = Awaited<ReturnType<typeof runNaive>>;
