/** Each operation of the Zendesk connector against the sandbox account, through the manifest's egress. */
import { ZENDESK_SANDBOX, type ZendeskSandboxState } from '../../../../local/sandbox/zendesk';
import type { ConnectionCredentials } from '../../../../src/connectors/connector';
import { useConnectorSandbox } from '../../../support/connector-harness';

const zd = useConnectorSandbox<ZendeskSandboxState>('zendesk');
const admin: ConnectionCredentials = { domain: ZENDESK_SANDBOX.domain, username: ZENDESK_SANDBOX.username, secret: ZENDESK_SANDBOX.secret };
const agent: ConnectionCredentials = { ...admin, username: ZENDESK_SANDBOX.agentUsername };
const account = () => zd.sandbox.state.accounts[ZENDESK_SANDBOX.domain];
const { connector } = zd;

beforeEach(() => zd.sandbox.reset());

describe('verify', () => {
  test('an admin and an agent pass, named without their email', async () => {
    await expect(zd.run(() => connector.verify(admin))).resolves.toEqual({ account: 'deskbridge.zendesk.com', agentName: 'Ada Admin' });
    await expect(zd.run(() => connector.verify(agent))).resolves.toEqual({ account: 'deskbridge.zendesk.com', agentName: 'Sam Agent' });
  });
});

describe('tickets', () => {
  test('getTicket reads one ticket', async () => {
    const ticket = await zd.run(() => connector.getTicket(admin, '103'));
    expect(ticket).toMatchObject({ id: '103', subject: 'Export to CSV times out', status: { id: 'pending', bucket: 'waiting' }, priority: 'low', requester: { id: '9000004' } });
    expect(ticket.url).toBe('https://deskbridge.zendesk.com/agent/tickets/103');
  });

  test('a missing or deleted ticket is not-found, naming it; a non-number never reaches Zendesk', async () => {
    for (const id of ['999999', '107']) {
      await expect(zd.run(() => connector.getTicket(admin, id))).rejects.toMatchObject({ kind: 'not-found', message: expect.stringContaining(`no ticket ${id}`) });
    }
    await expect(zd.run(() => connector.getTicket(admin, '../users/me'))).rejects.toMatchObject({ kind: 'invalid' });
  });

  test('createTicket: the description is the first comment (the ticket\'s, not a reply), a new requester is created with a name', async () => {
    const created = await zd.run(() =>
      connector.createTicket(admin, { subject: 'From Jira', description: '<p>Steps: <em>one</em></p>', requesterEmail: 'new.person@customer.example', priority: 'high', tags: ['from jira'] }),
    );
    expect(created).toMatchObject({ subject: 'From Jira', status: { id: 'new' }, priority: 'high', tags: ['from_jira'], description: '<p>Steps: one</p>' });
    expect(account().users.find((user) => user.email === 'new.person@customer.example')).toMatchObject({ name: 'new.person', role: 'end-user' });
    expect(account().comments[created.id]).toEqual([expect.objectContaining({ public: true, html_body: '<div class="zd-comment" dir="auto"><p>Steps: <em>one</em></p></div>', author_id: 9000001 })]);
    // Listed as the ticket's description only: a sync must not copy it again as a reply.
    await expect(zd.run(() => connector.listComments(admin, created.id))).resolves.toEqual([]);
    await expect(zd.run(() => connector.getTicket(admin, created.id))).resolves.toEqual(created);
  });

  test('createTicket with a known requester reuses them', async () => {
    const created = await zd.run(() => connector.createTicket(admin, { subject: 'Again', description: 'x', requesterEmail: 'CHRIS@customer.example' }));
    expect(created.requester).toEqual({ id: '9000004' });
  });

  test('updateTicket changes status, priority, tags and subject', async () => {
    const updated = await zd.run(() => connector.updateTicket(admin, '101', { statusId: 'pending', priority: 'low', tags: ['login'], subject: 'Login loop' }));
    expect(updated).toMatchObject({ id: '101', status: { id: 'pending', bucket: 'waiting' }, priority: 'low', tags: ['login'], subject: 'Login loop' });
    expect(Date.parse(updated.updatedAt)).toBeGreaterThan(Date.parse('2025-03-04T07:45:00Z'));
  });

  test('a description-only patch writes nothing (Zendesk cannot edit a description)', async () => {
    const before = JSON.stringify(account().tickets);
    const ticket = await zd.run(() => connector.updateTicket(admin, '101', { description: 'new text' }));
    expect(ticket.updatedAt).toBe('2025-03-04T07:45:00Z');
    expect(JSON.stringify(account().tickets)).toBe(before);
  });

  test("a closed ticket refuses updates with Zendesk's own reason", async () => {
    await expect(zd.run(() => connector.updateTicket(admin, '106', { statusId: 'open' }))).rejects.toMatchObject({
      kind: 'invalid',
      message: 'Zendesk refused the change: Status: closed prevents ticket update',
    });
  });
});

describe('updated since (incremental export)', () => {
  test('from long ago: every ticket that still exists, oldest change first, one page', async () => {
    const page = await zd.run(() => connector.listTicketsUpdatedSince(admin, new Date(0)));
    expect(page.tickets.map((ticket) => ticket.id)).toEqual(['106', '105', '104', '103', '102', '101']);
    expect(page.nextCursor).toBeUndefined();
  });

  test('only tickets changed at or after the time', async () => {
    const page = await zd.run(() => connector.listTicketsUpdatedSince(admin, new Date('2025-03-02T09:00:00Z')));
    expect(page.tickets.map((ticket) => ticket.id)).toEqual(['103', '102', '101']);
  });

  test("pages follow Zendesk's cursor until end_of_stream", async () => {
    account().limits.exportPageSize = 2;
    const seen: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await zd.run(() => connector.listTicketsUpdatedSince(admin, new Date('2025-02-01T00:00:00Z'), cursor));
      seen.push(page.tickets.map((ticket) => ticket.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([['106', '105'], ['104', '103'], ['102', '101']]);
  });

  test('a change made now shows up (the start time is kept a minute in the past, as Zendesk requires)', async () => {
    await zd.run(() => connector.updateTicket(admin, '104', { priority: 'high' }));
    const page = await zd.run(() => connector.listTicketsUpdatedSince(admin, new Date()));
    expect(page.tickets.map((ticket) => ticket.id)).toEqual(['104']);
  });

  test('an agent may not export: forbidden, with what to do', async () => {
    await expect(zd.run(() => connector.listTicketsUpdatedSince(agent, new Date(0)))).rejects.toMatchObject({
      kind: 'forbidden',
      message: expect.stringContaining('Use the email of a Zendesk admin'),
    });
  });
});

describe('comments', () => {
  test('listComments returns public replies and private notes, oldest first, without the first comment (the description)', async () => {
    const comments = await zd.run(() => connector.listComments(admin, '102'));
    expect(account().comments['102'][0].id).toBe(7002);
    expect(comments.map((comment) => [comment.id, comment.public])).toEqual([
      ['7003', false],
      ['7004', true],
    ]);
  });

  test("more than a page of comments: Zendesk's next_page is followed", async () => {
    const many = Array.from({ length: 230 }, (_, i) => ({ ...account().comments['101'][0], id: 100000 + i }));
    account().comments['101'] = many;
    const comments = await zd.run(() => connector.listComments(admin, '101'));
    expect(comments).toHaveLength(229);
    expect([comments[0].id, comments[228].id]).toEqual(['100001', '100229']);
  });

  test('addComment adds a public reply or a private note and returns it', async () => {
    const reply = await zd.run(() => connector.addComment(admin, '102', { body: '<p>Fixed in <b>2.3</b></p>', public: true }));
    const note = await zd.run(() => connector.addComment(admin, '102', { body: '<p>internal</p>', public: false }));
    expect(reply).toMatchObject({ ticketId: '102', public: true, authorId: '9000001', body: '<div class="zd-comment" dir="auto"><p>Fixed in <b>2.3</b></p></div>' });
    expect(note).toMatchObject({ public: false });
    const comments = await zd.run(() => connector.listComments(admin, '102'));
    expect(comments.slice(-2)).toEqual([reply, note]);
  });

  test('comments of a missing ticket: not-found', async () => {
    await expect(zd.run(() => connector.addComment(admin, '999999', { body: 'x', public: true }))).rejects.toMatchObject({ kind: 'not-found' });
    await expect(zd.run(() => connector.listComments(admin, '999999'))).rejects.toMatchObject({ kind: 'not-found' });
  });
});

test('listStatuses: the six system statuses in their buckets', async () => {
  const statuses = await zd.run(() => connector.listStatuses(admin));
  expect(statuses.map((status) => `${status.name}:${status.bucket}`)).toEqual(['New:new', 'Open:in-progress', 'Pending:waiting', 'On-hold:in-progress', 'Solved:resolved', 'Closed:resolved']);
});
