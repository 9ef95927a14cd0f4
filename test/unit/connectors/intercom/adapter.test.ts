import { INTERCOM_SANDBOX, SEED_ADMINS, SEED_CONTACTS, type IntercomState } from '../../../../local/sandbox/intercom';
import type { ConnectionCredentials } from '../../../../src/connectors/connector';
import { useConnectorSandbox } from '../../../support/connector-harness';

/** Every connector operation against the sandbox workspace, through egress, inside an invocation. */
const credentials: ConnectionCredentials = { domain: INTERCOM_SANDBOX.domain, secret: INTERCOM_SANDBOX.secret };
const T0 = Date.parse('2026-01-01T00:00:00Z');
const DAY = 86_400_000;

describe('Intercom adapter against the sandbox workspace', () => {
  const harness = useConnectorSandbox<IntercomState>('intercom');
  const { connector, run } = harness;
  const conversation = (id: string) => harness.sandbox.state.conversations.find((candidate) => candidate.id === id)!;
  beforeEach(() => harness.sandbox.reset());

  test('verify: the workspace and the admin the token acts for', async () => {
    await expect(run(() => connector.verify(credentials))).resolves.toEqual({ account: 'Acme Support (acmesup1, api.intercom.io)', agentName: 'Ada Lovelace' });
  });

  test('getTicket: one conversation as a ticket', async () => {
    await expect(run(() => connector.getTicket(credentials, '1002'))).resolves.toEqual({
      id: '1002',
      subject: 'Invoice charged twice',
      description: '<p>My card was charged twice for invoice <b>INV-2041</b>.</p>',
      status: { id: 'open', name: 'Open, waiting for a teammate', bucket: 'in-progress' },
      priority: 'normal',
      requester: { id: SEED_CONTACTS.priya.id, email: SEED_CONTACTS.priya.email, name: SEED_CONTACTS.priya.name },
      tags: ['billing'],
      createdAt: '2026-01-03T00:00:00.000Z',
      updatedAt: '2026-01-03T05:00:00.000Z',
      url: 'https://app.intercom.com/a/inbox/acmesup1/inbox/conversation/1002',
    });
  });

  test('getTicket: an unknown conversation is not-found; a non-numeric id never reaches a URL', async () => {
    await expect(run(() => connector.getTicket(credentials, '424242'))).rejects.toMatchObject({ kind: 'not-found', status: 404, message: expect.stringContaining('conversation 424242') });
    await expect(run(() => connector.getTicket(credentials, '../me'))).rejects.toMatchObject({ kind: 'not-found', status: undefined });
  });

  test('the seed covers every bucket', async () => {
    const buckets = await Promise.all(['1001', '1002', '1003', '1004', '1005', '1006'].map((id) => run(() => connector.getTicket(credentials, id)).then((ticket) => ticket.status.bucket)));
    expect(buckets).toEqual(['new', 'in-progress', 'waiting', 'waiting', 'resolved', 'new']);
  });

  test('listTicketsUpdatedSince: the search filter on updated_at, including the second `since` falls in', async () => {
    const page = await run(() => connector.listTicketsUpdatedSince(credentials, new Date(T0 + 4 * DAY + 4 * 3_600_000 + 500), undefined));
    expect(page.tickets.map((ticket) => ticket.id)).toEqual(['1004', '1005', '1006']);
    expect(page.nextCursor).toBeUndefined();
  });

  test('listTicketsUpdatedSince: follows Intercom cursor pages to the end, each conversation once', async () => {
    const template = conversation('1003');
    for (let index = 0; index < 70; index++) {
      harness.sandbox.state.conversations.push({ ...structuredClone(template), id: String(2000 + index), updated_at: template.updated_at + 10 + (index % 7) });
    }
    const ids: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await run(() => connector.listTicketsUpdatedSince(credentials, new Date(T0), cursor));
      ids.push(...page.tickets.map((ticket) => ticket.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(2);
    expect(ids).toHaveLength(76);
    expect(new Set(ids).size).toBe(76);
  });

  test('createTicket: a new requester becomes a lead, the conversation gets the subject as title and the tags', async () => {
    const ticket = await run(() =>
      connector.createTicket(credentials, { subject: 'Sync fails', description: '<p>Jira says <b>403</b> &amp; stops.</p>', requesterEmail: 'ops@newcustomer.example', tags: ['bug', 'from-jira'] }),
    );
    const contact = harness.sandbox.state.contacts.find((candidate) => candidate.email === 'ops@newcustomer.example');
    expect(contact).toMatchObject({ role: 'lead' });
    expect(ticket).toMatchObject({
      subject: 'Sync fails',
      description: '<p>Jira says 403 &amp; stops.</p>',
      status: { id: 'open', bucket: 'new' },
      requester: { id: contact!.id, email: 'ops@newcustomer.example' },
      tags: ['bug', 'from-jira'],
    });
    expect(harness.sandbox.state.tags.map((tag) => tag.name)).toContain('from-jira');
  });

  test('createTicket: a known requester is found by email, not created again', async () => {
    const before = harness.sandbox.state.contacts.length;
    const ticket = await run(() => connector.createTicket(credentials, { subject: 'Another question', description: 'Plain text', requesterEmail: SEED_CONTACTS.jane.email }));
    expect(ticket.requester?.id).toBe(SEED_CONTACTS.jane.id);
    expect(harness.sandbox.state.contacts).toHaveLength(before);
  });

  test('createTicket: without a requester email Intercom cannot start a conversation', async () => {
    await expect(run(() => connector.createTicket(credentials, { subject: 'x', description: 'y' }))).rejects.toMatchObject({ kind: 'invalid' });
  });

  test('updateTicket: title and tags (added, created, removed)', async () => {
    const ticket = await run(() => connector.updateTicket(credentials, '1002', { subject: 'Refund the duplicate charge', tags: ['vip', 'Escalated'] }));
    expect(ticket).toMatchObject({ subject: 'Refund the duplicate charge', tags: ['vip', 'Escalated'] });
    expect(conversation('1002').tags.tags.map((tag) => tag.name)).toEqual(['vip', 'Escalated']);
  });

  test('updateTicket: each status, as the admin the token acts for', async () => {
    const closed = await run(() => connector.updateTicket(credentials, '1001', { statusId: 'closed' }));
    expect(closed.status).toMatchObject({ id: 'closed', bucket: 'resolved' });
    const reopened = await run(() => connector.updateTicket(credentials, '1001', { statusId: 'open' }));
    expect(reopened.status.id).toBe('open');
    const snoozed = await run(() => connector.updateTicket(credentials, '1001', { statusId: 'snoozed' }));
    expect(snoozed.status).toMatchObject({ id: 'snoozed', bucket: 'waiting' });
    const until = conversation('1001').snoozed_until! * 1000;
    expect(until - Date.now()).toBeGreaterThan(6 * DAY);
    expect(conversation('1001').conversation_parts.conversation_parts.slice(-3).map((part) => [part.part_type, part.author.id])).toEqual([
      ['close', SEED_ADMINS.ada.id],
      ['open', SEED_ADMINS.ada.id],
      ['snoozed', SEED_ADMINS.ada.id],
    ]);
  });

  test('updateTicket: an unknown status is refused; description and priority alone change nothing', async () => {
    await expect(run(() => connector.updateTicket(credentials, '1001', { statusId: 'pending' }))).rejects.toMatchObject({ kind: 'invalid' });
    const before = structuredClone(conversation('1001'));
    const ticket = await run(() => connector.updateTicket(credentials, '1001', { description: 'new', priority: 'high' }));
    expect(ticket.description).toBe(before.source.body);
    expect(conversation('1001')).toEqual(before);
  });

  test('listComments: public replies and private notes, HTML as stored', async () => {
    await expect(run(() => connector.listComments(credentials, '1002'))).resolves.toEqual([
      { id: '5002', ticketId: '1002', body: '<p>Sorry about that! I have asked finance to refund the duplicate charge.</p>', public: true, authorId: SEED_ADMINS.ada.id, createdAt: '2026-01-03T01:00:00.000Z' },
      { id: '5003', ticketId: '1002', body: '<p>Refund approved by finance, ref <code>RF-88</code>.</p>', public: false, authorId: SEED_ADMINS.ada.id, createdAt: '2026-01-03T02:00:00.000Z' },
      { id: '5004', ticketId: '1002', body: '<p>Thanks, when will I see the money back?</p>', public: true, authorId: SEED_CONTACTS.priya.id, createdAt: '2026-01-03T05:00:00.000Z' },
    ]);
  });

  test('addComment: a public reply answers the customer; a note does not', async () => {
    const note = await run(() => connector.addComment(credentials, '1002', { body: '<p>Linked to <a href="https://acme.atlassian.net/browse/SUP-1">SUP-1</a></p>', public: false }));
    expect(note).toMatchObject({ ticketId: '1002', public: false, authorId: SEED_ADMINS.ada.id, body: '<p>Linked to <a href="https://acme.atlassian.net/browse/SUP-1">SUP-1</a></p>' });
    expect((await run(() => connector.getTicket(credentials, '1002'))).status.bucket).toBe('in-progress');
    const reply = await run(() => connector.addComment(credentials, '1002', { body: '<p>Refunded today.</p>', public: true }));
    expect(reply).toMatchObject({ public: true, body: '<p>Refunded today.</p>' });
    expect((await run(() => connector.getTicket(credentials, '1002'))).status.bucket).toBe('waiting');
    expect((await run(() => connector.listComments(credentials, '1002'))).slice(-2).map((comment) => comment.id)).toEqual([note.id, reply.id]);
  });

  test('listStatuses: the three conversation states, without a request', async () => {
    const before = harness.sandbox.state.rate_window?.used ?? 0;
    await expect(run(() => connector.listStatuses(credentials))).resolves.toEqual([
      { id: 'open', name: 'Open', bucket: 'in-progress' },
      { id: 'snoozed', name: 'Snoozed', bucket: 'waiting' },
      { id: 'closed', name: 'Closed', bucket: 'resolved' },
    ]);
    expect(harness.sandbox.state.rate_window?.used ?? 0).toBe(before);
  });
});
