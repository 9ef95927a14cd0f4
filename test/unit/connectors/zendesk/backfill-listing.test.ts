/**
 * Zendesk's backfill listing: the incremental export's large pages and each ticket's comments,
 * with the rate-limit state Zendesk reports, which the backfill paces by.
 */
import { ZENDESK_SANDBOX, type ZendeskSandboxState } from '../../../../local/sandbox/zendesk';
import type { ConnectionCredentials } from '../../../../src/connectors/connector';
import { zendeskBackfill } from '../../../../src/connectors/zendesk/zendesk-backfill';
import { useConnectorSandbox } from '../../../support/connector-harness';

const zd = useConnectorSandbox<ZendeskSandboxState>('zendesk');
const admin: ConnectionCredentials = { domain: ZENDESK_SANDBOX.domain, username: ZENDESK_SANDBOX.username, secret: ZENDESK_SANDBOX.secret };
const since = new Date('2000-01-01T00:00:00Z');
const account = () => zd.sandbox.state.accounts[ZENDESK_SANDBOX.domain];

beforeEach(() => zd.sandbox.reset());

test('the export lists every ticket that can still be read, in pages as large as Zendesk serves, one call each, with the rate limit', async () => {
  account().limits.exportPageSize = 3;
  const listed: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await zd.run(() => zendeskBackfill.listTickets(admin, since, cursor, { content: true }));
    listed.push(...page.tickets.map((ticket) => ticket.id));
    expect(page.calls).toBe(1);
    expect(page.rate).toMatchObject({ limit: 700, windowSeconds: 60 });
    expect(page.rate!.remaining).toBeLessThan(700);
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor && pages < 50);
  const readable = account().tickets.filter((ticket) => ticket.status !== 'deleted').map((ticket) => String(ticket.id));
  expect(listed.sort()).toEqual(readable.sort());
  expect(pages).toBeGreaterThan(1);
});

test("a ticket's comments, oldest first, with the calls made and the rate limit after them; a missing ticket is not-found", async () => {
  const [ticket] = account().tickets.filter((candidate) => candidate.status !== 'deleted');
  const read = await zd.run(() => zendeskBackfill.listComments(admin, String(ticket.id)));
  expect(read.comments.length).toBeGreaterThan(0);
  expect(read.calls).toBe(1);
  expect(read.rate).toMatchObject({ limit: 700, windowSeconds: 60, cost: 1 });
  await expect(zd.run(() => zendeskBackfill.listComments(admin, '999999'))).rejects.toMatchObject({ kind: 'not-found' });
});
