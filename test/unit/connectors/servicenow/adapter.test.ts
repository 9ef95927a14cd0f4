import { credentials, useServicenowSandbox } from './support/harness';
import { toTicket } from '../../../../src/connectors/servicenow/mappers';
import getIncident from '../../../fixtures/servicenow/get-incident.json';

/** Every connector operation against the sandbox instance, through egress, inside an invocation. */
const harness = useServicenowSandbox();
const { run } = harness;
const agent = credentials();
const INC2 = 'c92caba903a533c5aaf5a25635df2571';
const INC3 = 'd2b589933e89c2202fe4674c3beee2e6';
const connector = () => harness.connector;

beforeEach(() => harness.sandbox.reset());

describe('verify', () => {
  it('accepts an itil user and names the instance and the agent', async () => {
    await expect(run(() => connector().verify(agent))).resolves.toEqual({ account: 'acme.service-now.com', agentName: 'Deskbridge Integration' });
  });
});

describe('getTicket', () => {
  it('reads one incident, as recorded in the fixture', async () => {
    await expect(run(() => connector().getTicket(agent, INC2))).resolves.toEqual(toTicket(getIncident.result, 'acme.service-now.com'));
  });

  it('says not-found for an incident that does not exist, and refuses a non-sys_id without calling', async () => {
    await expect(run(() => connector().getTicket(agent, 'f'.repeat(32)))).rejects.toMatchObject({ kind: 'not-found', status: 404 });
    await expect(run(() => connector().getTicket(agent, '../sys_user'))).rejects.toMatchObject({ kind: 'invalid' });
  });
});

describe('listTicketsUpdatedSince', () => {
  it('lists incidents updated at or after a time, oldest first, on one page', async () => {
    const page = await run(() => connector().listTicketsUpdatedSince(agent, new Date('2024-03-03T15:00:00Z')));
    expect(page.tickets.map((ticket) => ticket.subject)).toEqual(['Laptop battery swelling', 'Password reset for SAP', 'Printer on 3rd floor jams', 'VPN down (duplicate)']);
    expect(page.nextCursor).toBeUndefined();
    await expect(run(() => connector().listTicketsUpdatedSince(agent, new Date('2030-01-01T00:00:00Z')))).resolves.toEqual({ tickets: [] });
  });

  describe('in pages', () => {
    const paged = { run, sandbox: undefined as unknown as typeof harness.sandbox, connector: harness.withPageSize(2) };
    beforeAll(() => (paged.sandbox = harness.sandbox));
    const all = async (since: Date, between?: (page: number) => void) => {
      const ids: string[] = [];
      let cursor: string | undefined;
      for (let page = 1; page < 20; page++) {
        const result = await paged.run(() => paged.connector.listTicketsUpdatedSince(agent, since, cursor));
        ids.push(...result.tickets.map((ticket) => ticket.id));
        between?.(page);
        cursor = result.nextCursor;
        if (!cursor) return ids;
      }
      throw new Error('paging did not end');
    };
    const seededOrder = () => [...paged.sandbox.state.tables.incident].sort((a, b) => a.sys_updated_on.localeCompare(b.sys_updated_on)).map((row) => row.sys_id);

    it('walks every page with an opaque cursor', async () => {
      expect(await all(new Date('2024-01-01T00:00:00Z'))).toEqual(seededOrder());
    });

    it('returns each incident once when many share one second', async () => {
      for (const row of paged.sandbox.state.tables.incident) row.sys_updated_on = '2024-03-09 12:00:00';
      const ids = await all(new Date('2024-03-09T12:00:00Z'));
      expect(new Set(ids).size).toBe(6);
      expect(ids).toHaveLength(6);
    });

    it('misses nothing when an incident already listed is updated between pages', async () => {
      const ids = await all(new Date('2024-01-01T00:00:00Z'), (page) => {
        if (page === 1) paged.sandbox.state.tables.incident.find((row) => row.number === 'INC0010001')!.sys_updated_on = '2030-01-01 00:00:00';
      });
      expect(new Set(ids)).toEqual(new Set(seededOrder()));
    });
  });
});

describe('createTicket', () => {
  it('creates an incident for a known caller, priority as impact and urgency, description as text', async () => {
    const ticket = await run(() =>
      connector().createTicket(agent, { subject: 'Cannot print', description: '<p>Tray <b>2</b> jams</p>', requesterEmail: 'abel.tuter@acme.example.com', priority: 'urgent', tags: ['printer'] }),
    );
    expect(ticket).toMatchObject({
      subject: 'Cannot print',
      description: 'Tray 2 jams',
      status: { id: '1', bucket: 'new' },
      priority: 'critical',
      requester: { email: 'abel.tuter@acme.example.com', name: 'Abel Tuter' },
    });
    const stored = harness.sandbox.state.tables.incident.find((row) => row.sys_id === ticket.id)!;
    expect(stored).toMatchObject({ number: 'INC0010007', impact: '1', urgency: '1', priority: '1', opened_by: '578c23904e6c643c2acd7cb4c1981bcb' });
    await expect(run(() => connector().getTicket(agent, ticket.id))).resolves.toEqual(ticket);
  });

  it('leaves the caller empty when no ServiceNow user has that email', async () => {
    const ticket = await run(() => connector().createTicket(agent, { subject: 'Hello', description: 'Hi', requesterEmail: 'nobody@example.com' }));
    expect(ticket.requester).toBeUndefined();
  });
});

describe('updateTicket', () => {
  it('changes subject and priority', async () => {
    const ticket = await run(() => connector().updateTicket(agent, INC2, { subject: 'Mail sync broken', priority: 'low' }));
    expect(ticket).toMatchObject({ id: INC2, subject: 'Mail sync broken', priority: 'low', status: { id: '2' } });
  });

  it('resolves with the resolution fields the data policy wants, and holds awaiting the caller', async () => {
    await expect(run(() => connector().updateTicket(agent, INC2, { statusId: '6' }))).resolves.toMatchObject({ status: { id: '6', name: 'Resolved', bucket: 'resolved' } });
    expect(harness.sandbox.state.tables.incident.find((row) => row.sys_id === INC2)).toMatchObject({ close_code: 'Solution provided', active: 'false' });
    await expect(run(() => connector().updateTicket(agent, INC2, { statusId: '3' }))).resolves.toMatchObject({ status: { name: 'On Hold', bucket: 'waiting' } });
  });

  it('refuses a state that is not a number, and says not-found for a missing incident', async () => {
    await expect(run(() => connector().updateTicket(agent, INC2, { statusId: 'resolved' }))).rejects.toMatchObject({ kind: 'invalid' });
    await expect(run(() => connector().updateTicket(agent, 'e'.repeat(32), { subject: 'x' }))).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('comments', () => {
  it('lists the journal of an incident: public comments and private work notes, oldest first', async () => {
    const comments = await run(() => connector().listComments(agent, INC2));
    expect(comments.map((comment) => [comment.public, comment.authorId])).toEqual([
      [true, 'beth.anglin'],
      [false, 'beth.anglin'],
    ]);
  });

  it('adds a public reply and a private note, and lists them after the others', async () => {
    const reply = await run(() => connector().addComment(agent, INC3, { body: '<p>Battery <b>arrived</b></p>', public: true }));
    expect(reply).toMatchObject({ ticketId: INC3, body: '<p>Battery <b>arrived</b></p>', public: true, authorId: 'deskbridge.integration' });
    const note = await run(() => connector().addComment(agent, INC3, { body: 'Swap booked', public: false }));
    expect(note).toMatchObject({ public: false, body: 'Swap booked' });
    const listed = await run(() => connector().listComments(agent, INC3));
    // Both were written in the same second: the journal orders them by sys_id then.
    expect(listed.slice(-2)).toEqual(expect.arrayContaining([reply, note]));
    expect(listed).toHaveLength(4);
    expect(harness.sandbox.state.tables.sys_journal_field.find((entry) => entry.sys_id === reply.id)).toMatchObject({ element: 'comments', value: '[code]<p>Battery <b>arrived</b></p>[/code]' });
  });

  it('says not-found when the incident does not exist', async () => {
    await expect(run(() => connector().addComment(agent, 'e'.repeat(32), { body: 'x', public: true }))).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('listStatuses', () => {
  it("reads the instance's incident states with their buckets", async () => {
    await expect(run(() => connector().listStatuses(agent))).resolves.toEqual([
      { id: '1', name: 'New', bucket: 'new' },
      { id: '2', name: 'In Progress', bucket: 'in-progress' },
      { id: '3', name: 'On Hold', bucket: 'waiting' },
      { id: '6', name: 'Resolved', bucket: 'resolved' },
      { id: '7', name: 'Closed', bucket: 'resolved' },
      { id: '8', name: 'Canceled', bucket: 'resolved' },
    ]);
  });

  it('includes a custom state, and falls back to the base states when sys_choice has none or is refused', async () => {
    harness.sandbox.state.tables.sys_choice.push({ sys_id: '1'.repeat(32), name: 'incident', element: 'state', value: '10', label: 'Awaiting Vendor', sequence: '7', inactive: 'false', language: 'en' });
    expect((await run(() => connector().listStatuses(agent))).at(-1)).toEqual({ id: '10', name: 'Awaiting Vendor', bucket: 'in-progress' });
    harness.sandbox.state.tables.sys_choice = [];
    await expect(run(() => connector().listStatuses(agent))).resolves.toHaveLength(6);
    harness.sandbox.faults.plan({ mode: 'server-error', status: 403 });
    await expect(run(() => connector().listStatuses(agent))).resolves.toHaveLength(6);
  });
});
