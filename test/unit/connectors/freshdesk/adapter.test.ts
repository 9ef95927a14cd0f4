import { FRESHDESK_SANDBOX, type FreshdeskState } from '../../../../local/sandbox/freshdesk';
import type { ConnectionCredentials } from '../../../../src/connectors/connector';
import { decodeCursor, encodeCursor } from '../../../../src/connectors/freshdesk/cursor';
import { toComment, toTicket } from '../../../../src/connectors/freshdesk/mappers';
import { useConnectorSandbox } from '../../../support/connector-harness';
import { fixture } from './fixtures';

const credentials: ConnectionCredentials = { domain: FRESHDESK_SANDBOX.domain, secret: FRESHDESK_SANDBOX.secret };

describe('Freshdesk adapter against the sandbox', () => {
  const harness = useConnectorSandbox<FreshdeskState>('freshdesk');
  const { connector } = harness;
  beforeEach(() => harness.sandbox.reset());

  test('verify: the admin key names the account and the agent', async () => {
    await expect(harness.run(() => connector.verify(credentials))).resolves.toEqual({ account: 'acme.freshdesk.com', agentName: 'Alex Admin' });
  });

  test('getTicket maps the viewed ticket; a custom status is named from the status field', async () => {
    await expect(harness.run(() => connector.getTicket(credentials, '1'))).resolves.toEqual(toTicket(fixture('view-ticket').response.body, 'acme.freshdesk.com'));
    const custom = await harness.run(() => connector.getTicket(credentials, '5'));
    expect(custom.status).toEqual({ id: '6', name: 'Waiting on Customer', bucket: 'waiting' });
  });

  test('getTicket: a missing or deleted ticket is not-found; an id that is not a number never reaches a URL', async () => {
    await expect(harness.run(() => connector.getTicket(credentials, '999'))).rejects.toMatchObject({ kind: 'not-found', message: 'Ticket 999 does not exist in acme.freshdesk.com, or it was deleted.' });
    harness.sandbox.state.tickets[0].deleted = true;
    await expect(harness.run(() => connector.getTicket(credentials, '1'))).rejects.toMatchObject({ kind: 'not-found' });
    await expect(harness.run(() => connector.getTicket(credentials, '../agents/me'))).rejects.toMatchObject({ kind: 'invalid' });
  });

  test('listTicketsUpdatedSince: oldest update first, with descriptions and requesters', async () => {
    const page = await harness.run(() => connector.listTicketsUpdatedSince(credentials, new Date('2025-11-17T10:00:00.500Z')));
    expect(page.nextCursor).toBeUndefined();
    expect(page.tickets.map((ticket) => ticket.id)).toEqual(['2', '3', '4', '5', '6']);
    expect(page.tickets[0]).toMatchObject({ description: expect.stringContaining('<i>Invalid credentials</i>'), requester: { email: 'jordan@buyer.example', name: 'Jordan Buyer' } });
    expect(page.tickets[4].status).toEqual({ id: '7', name: 'Waiting on Third Party', bucket: 'in-progress' });
  });

  test("listTicketsUpdatedSince follows Freshdesk's pages through the opaque cursor", async () => {
    const template = harness.sandbox.state.tickets[0];
    for (let id = 100; id < 250; id++) harness.sandbox.state.tickets.push({ ...template, id, updated_at: `2025-11-18T00:${String(Math.floor((id - 100) / 60)).padStart(2, '0')}:${String((id - 100) % 60).padStart(2, '0')}Z` });
    const since = new Date('2025-11-17T12:30:00Z');
    const first = await harness.run(() => connector.listTicketsUpdatedSince(credentials, since));
    expect(first.tickets).toHaveLength(100);
    expect(first.tickets.slice(0, 2).map((ticket) => ticket.id)).toEqual(['5', '6']);
    const second = await harness.run(() => connector.listTicketsUpdatedSince(credentials, since, first.nextCursor));
    expect(second.tickets.map((ticket) => ticket.id)).toEqual(Array.from({ length: 52 }, (_, index) => String(198 + index)));
    expect(second.nextCursor).toBeUndefined();
    await expect(harness.run(() => connector.listTicketsUpdatedSince(credentials, since, 'garbage'))).rejects.toMatchObject({ kind: 'invalid' });
  });

  test("past Freshdesk's 300th page the cursor restarts the query from the last ticket seen", async () => {
    const template = harness.sandbox.state.tickets[0];
    const start = Date.parse('2025-12-01T00:00:00Z');
    for (let index = 0; index < 30_050; index++) {
      harness.sandbox.state.tickets.push({ ...template, id: 1000 + index, updated_at: new Date(start + index * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z') });
    }
    const since = '2025-12-01T00:00:00Z';
    const last = await harness.run(() => connector.listTicketsUpdatedSince(credentials, new Date(since), encodeCursor({ since, page: 300 })));
    expect(last.tickets).toHaveLength(100);
    expect(last.tickets[99].id).toBe(String(1000 + 29_999));
    expect(decodeCursor(last.nextCursor!)).toEqual({ since: last.tickets[99].updatedAt, page: 1 });
    const after = await harness.run(() => connector.listTicketsUpdatedSince(credentials, new Date(since), last.nextCursor));
    expect(after.tickets.map((ticket) => ticket.id).slice(0, 2)).toEqual([String(1000 + 29_999), String(1000 + 30_000)]);
  });

  test('createTicket: with a requester email, or requested by the connected agent', async () => {
    const created = await harness.run(() => connector.createTicket(credentials, { subject: 'VPN drops', description: '<p>Every <b>10</b> minutes</p>', requesterEmail: 'casey@customer.example', priority: 'high', tags: ['deskbridge'] }));
    expect(created).toMatchObject({ id: '7', subject: 'VPN drops', description: '<p>Every <b>10</b> minutes</p>', priority: 'high', requester: { id: '43000000201' }, tags: ['deskbridge'], status: { id: '2', bucket: 'new' }, url: 'https://acme.freshdesk.com/a/tickets/7' });
    const own = await harness.run(() => connector.createTicket(credentials, { subject: 'Internal', description: '<p>x</p>' }));
    expect(own.requester).toEqual({ id: String(FRESHDESK_SANDBOX.adminAgentId) });
  });

  test("createTicket: Freshdesk's validation errors come back as invalid, field by field", async () => {
    await expect(harness.run(() => connector.createTicket(credentials, { subject: 'S', description: 'D', requesterEmail: 'not-an-email' }))).rejects.toMatchObject({
      kind: 'invalid',
      message: "Freshdesk would not create the ticket: email: It should be in the 'valid email address' format.",
    });
    await expect(harness.run(() => connector.createTicket(credentials, { subject: 'S', description: 'D', priority: 'critical' }))).rejects.toMatchObject({ kind: 'invalid', message: expect.stringContaining('use low, medium, high or urgent') });
  });

  test('updateTicket: status, priority, tags; unknown ticket and unknown status refused', async () => {
    const updated = await harness.run(() => connector.updateTicket(credentials, '2', { statusId: '4', priority: 'urgent', tags: ['done'] }));
    expect(updated).toMatchObject({ id: '2', status: { id: '4', name: 'Resolved', bucket: 'resolved' }, priority: 'urgent', tags: ['done'] });
    expect(updated.updatedAt > '2025-11-17T10:01:05Z').toBe(true);
    await expect(harness.run(() => connector.updateTicket(credentials, '999', { subject: 'x' }))).rejects.toMatchObject({ kind: 'not-found' });
    await expect(harness.run(() => connector.updateTicket(credentials, '2', { statusId: '99' }))).rejects.toMatchObject({ kind: 'invalid', message: "Freshdesk would not update ticket 2: status: It should be one of these values: '2,3,4,5,6,7'." });
    await expect(harness.run(() => connector.updateTicket(credentials, '2', {}))).resolves.toMatchObject({ id: '2', status: { id: '4' } });
  });

  test('listComments: replies public, notes private, in order, across pages', async () => {
    await expect(harness.run(() => connector.listComments(credentials, '1'))).resolves.toEqual(fixture('list-conversations').response.body.map(toComment));
    const template = harness.sandbox.state.conversations[0];
    for (let id = 1; id <= 150; id++) harness.sandbox.state.conversations.push({ ...template, id: 43000009000 + id, created_at: '2025-11-18T00:00:00Z' });
    const comments = await harness.run(() => connector.listComments(credentials, '1'));
    expect(comments).toHaveLength(153);
    expect(comments[152].id).toBe('43000009150');
    await expect(harness.run(() => connector.listComments(credentials, '999'))).rejects.toMatchObject({ kind: 'not-found' });
  });

  test('addComment: a public reply and a private note, both read back as such', async () => {
    const reply = await harness.run(() => connector.addComment(credentials, '2', { body: '<p>Fixed on our side.</p>', public: true }));
    const note = await harness.run(() => connector.addComment(credentials, '2', { body: '<p>Root cause: SUP-12</p>', public: false }));
    expect(reply).toMatchObject({ ticketId: '2', body: '<p>Fixed on our side.</p>', public: true, authorId: String(FRESHDESK_SANDBOX.adminAgentId) });
    expect(note).toMatchObject({ ticketId: '2', public: false });
    const comments = await harness.run(() => connector.listComments(credentials, '2'));
    expect(comments.slice(-2).map((comment) => [comment.id, comment.public])).toEqual([
      [reply.id, true],
      [note.id, false],
    ]);
    await expect(harness.run(() => connector.addComment(credentials, '999', { body: 'x', public: false }))).rejects.toMatchObject({ kind: 'not-found' });
    await expect(harness.run(() => connector.addComment(credentials, '2', { body: '', public: true }))).rejects.toMatchObject({ kind: 'invalid', message: expect.stringContaining('body: It should be a/an String') });
  });

  test('listStatuses: the four defaults and the custom ones, with buckets', async () => {
    const statuses = await harness.run(() => connector.listStatuses(credentials));
    expect(statuses.map((status) => `${status.id}:${status.bucket}`)).toEqual(['2:new', '3:waiting', '4:resolved', '5:resolved', '6:waiting', '7:in-progress']);
  });
});
