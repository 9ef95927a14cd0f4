/**
 * Intercom's backfill listing: the conversation search at its largest page, each conversation's
 * parts in one read, and the rate-limit state Intercom sends (per 10-second window), which the
 * backfill paces by.
 */
import { INTERCOM_SANDBOX, type IntercomState } from '../../../../local/sandbox/intercom';
import type { ConnectionCredentials } from '../../../../src/connectors/connector';
import { intercomBackfill } from '../../../../src/connectors/intercom/intercom-backfill';
import { useConnectorSandbox } from '../../../support/connector-harness';

const credentials: ConnectionCredentials = { domain: INTERCOM_SANDBOX.domain, secret: INTERCOM_SANDBOX.secret };
const since = new Date('2000-01-01T00:00:00Z');

describe('Intercom backfill listing', () => {
  const harness = useConnectorSandbox<IntercomState>('intercom');
  beforeEach(() => harness.sandbox.reset());

  test('every conversation once, one call a page, with the window allowance and what is left of it', async () => {
    const listed: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await harness.run(() => intercomBackfill.listTickets(credentials, since, cursor, { content: true }));
      listed.push(...page.tickets.map((ticket) => ticket.id));
      expect(page.calls).toBe(1);
      expect(page.rate).toMatchObject({ limit: harness.sandbox.state.rate_limit.limit, windowSeconds: 10, cost: 1 });
      expect(page.rate!.remaining).toBeLessThan(page.rate!.limit);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 20);
    expect(listed.sort()).toEqual(harness.sandbox.state.conversations.map((conversation) => conversation.id).sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  test("a conversation's replies and notes in one read, with the rate limit; a missing one is not-found", async () => {
    const [conversation] = harness.sandbox.state.conversations;
    const read = await harness.run(() => intercomBackfill.listComments(credentials, conversation.id));
    expect(read.calls).toBe(1);
    expect(read.rate).toMatchObject({ windowSeconds: 10, cost: 1 });
    expect(read.comments.every((comment) => comment.ticketId === conversation.id)).toBe(true);
    await expect(harness.run(() => intercomBackfill.listComments(credentials, '999999'))).rejects.toMatchObject({ kind: 'not-found' });
  });
});
