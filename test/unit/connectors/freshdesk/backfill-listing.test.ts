/**
 * Freshdesk's backfill listing: the largest pages, descriptions only when asked, the rate-limit
 * headers surfaced, and a position that does not shift when tickets change mid-listing.
 */
import { FRESHDESK_SANDBOX, type FreshdeskState } from '../../../../local/sandbox/freshdesk';
import type { ConnectionCredentials } from '../../../../src/connectors/connector';
import { freshdeskBackfill } from '../../../../src/connectors/freshdesk/freshdesk-backfill';
import { seedBackfillTickets } from '../../../support/backfill-data';
import { useConnectorSandbox } from '../../../support/connector-harness';

const credentials: ConnectionCredentials = { domain: FRESHDESK_SANDBOX.domain, secret: FRESHDESK_SANDBOX.secret };
const since = new Date('2000-01-01T00:00:00Z');

describe('Freshdesk backfill listing', () => {
  const harness = useConnectorSandbox<FreshdeskState>('freshdesk');
  beforeEach(() => {
    harness.sandbox.reset();
    seedBackfillTickets(harness.sandbox.state, { count: 250, replies: 1 });
  });

  test('pages of 100 with descriptions cost three credits; without them one; the rate limit comes back with each page', async () => {
    const page = await harness.run(() => freshdeskBackfill.listTickets(credentials, since, undefined, { content: true }));
    expect(page.tickets).toHaveLength(100);
    expect(page.tickets[0].description).toContain('Customer report number 1');
    expect(page.rate).toEqual({ limit: 400, remaining: 397, windowSeconds: 60, cost: 3 });
    const cheap = await harness.run(() => freshdeskBackfill.listTickets(credentials, since, undefined, { content: false }));
    expect(cheap.rate?.cost).toBe(1);
    expect(cheap.tickets[0].description).toBe('');
  });

  test('the listing holds its place while tickets change: every ticket once, none skipped', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await harness.run(() => freshdeskBackfill.listTickets(credentials, since, cursor, { content: false }));
      seen.push(...page.tickets.map((ticket) => ticket.id));
      cursor = page.nextCursor;
      // Mid-listing, tickets already listed get updated (they move to the end of the order).
      if (pages++ === 0) for (const ticket of harness.sandbox.state.tickets.slice(0, 30)) ticket.updated_at = '2030-01-01T00:00:00Z';
    } while (cursor);
    const fresh = new Set(seen);
    expect(fresh.size).toBe(250);
    // The updated ones come round again (a backfill skips them: they are linked by then), nothing else does.
    expect(seen.length - fresh.size).toBeLessThanOrEqual(30);
  });

  test('comments: every reply and note, with the rate limit after the read', async () => {
    const read = await harness.run(() => freshdeskBackfill.listComments(credentials, '7'));
    expect(read.comments.map((comment) => comment.public)).toEqual([true]);
    expect(read.calls).toBe(1);
    expect(read.rate).toMatchObject({ limit: 400, cost: 1 });
    await expect(harness.run(() => freshdeskBackfill.listComments(credentials, '9999'))).rejects.toMatchObject({ kind: 'not-found' });
  });
});
