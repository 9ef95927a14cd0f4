/**
 * The Zendesk connector and its sandbox against Zendesk's own OpenAPI description
 * (zendesk-support-oas.yaml): every request the adapter sends and every answer the sandbox gives
 * is routed to its operation and validated. After each test the recorder must be empty, except
 * for the three places where Zendesk's API and its description disagree, which are asserted
 * exactly (so a new violation still fails).
 */
import type { ContractViolation } from '../../local/sandbox/jira/contract';
import { ZENDESK_SANDBOX } from '../../local/sandbox/zendesk';
import { zendesk } from '../../src/connectors/zendesk';
import { describeWithZendeskSpec, runAsResolver as run, useZendeskContract, ZENDESK_ADMIN as admin } from './support/zendesk-contract';

/** The operations the adapter uses: each must be exercised by this file. */
const ADAPTER_OPERATIONS = ['ShowCurrentUser', 'ShowTicket', 'IncrementalTicketExportCursor', 'CreateTicket', 'UpdateTicket', 'ListTicketComments'];

describeWithZendeskSpec('Zendesk connector ↔ zendesk-support-oas.yaml', () => {
  const contract = useZendeskContract();

  /** Takes the violations and checks they are exactly these: operation, where, and the errors. */
  const expectViolations = (expected: Pick<ContractViolation, 'operationId' | 'where' | 'errors'>[]) =>
    expect(contract.recorder.take().map(({ operationId, where, errors }) => ({ operationId, where, errors }))).toEqual(expected);

  test('verify: GET /api/v2/users/me', async () => {
    await run(() => zendesk.verify(admin));
  });

  test('getTicket: GET /api/v2/tickets/{ticket_id}', async () => {
    await run(() => zendesk.getTicket(admin, '102'));
  });

  test('listTicketsUpdatedSince: GET /api/v2/incremental/tickets/cursor?start_time=', async () => {
    const page = await run(() => zendesk.listTicketsUpdatedSince(admin, new Date('2025-02-01T00:00:00Z')));
    expect(page.tickets).toHaveLength(6);
  });

  test('createTicket: POST /api/v2/tickets, with a new requester', async () => {
    await run(() => zendesk.createTicket(admin, { subject: 'Contract', description: '<p>body</p>', requesterEmail: 'contract@customer.example', priority: 'low', tags: ['a b'] }));
  });

  test('updateTicket: PUT /api/v2/tickets/{ticket_id}', async () => {
    await run(() => zendesk.updateTicket(admin, '101', { statusId: 'open', priority: 'urgent', subject: 'Renamed', tags: ['x'] }));
  });

  test('listComments: GET /api/v2/tickets/{ticket_id}/comments', async () => {
    await run(() => zendesk.listComments(admin, '105'));
  });

  test('addComment: PUT /api/v2/tickets/{ticket_id} with a public reply and a private note', async () => {
    await run(() => zendesk.addComment(admin, '102', { body: '<p>reply</p>', public: true }));
    await run(() => zendesk.addComment(admin, '102', { body: '<p>note</p>', public: false }));
  });

  describe("where Zendesk's API and its description disagree (asserted exactly)", () => {
    test("the next export page is asked for with the cursor alone, as Zendesk's after_url does; the description marks start_time required", async () => {
      contract.sandbox.state.accounts[ZENDESK_SANDBOX.domain].limits.exportPageSize = 4;
      const first = await run(() => zendesk.listTicketsUpdatedSince(admin, new Date('2025-02-01T00:00:00Z')));
      await run(() => zendesk.listTicketsUpdatedSince(admin, new Date('2025-02-01T00:00:00Z'), first.nextCursor));
      expectViolations([{ operationId: 'IncrementalTicketExportCursor', where: 'request', errors: ["/query must have required property 'start_time'"] }]);
    });

    test('exports include deleted tickets with status "deleted", which the description\'s status enum lacks', async () => {
      await run(() => zendesk.listTicketsUpdatedSince(admin, new Date(0)));
      const [violation, ...more] = contract.recorder.take();
      expect(more).toEqual([]);
      expect(violation).toMatchObject({ operationId: 'IncrementalTicketExportCursor', where: 'response' });
      expect(violation.errors).toContain('/tickets/0/status must be equal to one of the allowed values: ["new","open","pending","hold","solved","closed"]');
    });

    test('users/me for nobody is the anonymous user with id null, which the description types as an integer', async () => {
      await expect(run(() => zendesk.verify({ ...admin, username: 'nobody@nowhere.example' }))).rejects.toMatchObject({ kind: 'auth' });
      const [violation, ...more] = contract.recorder.take();
      expect(more).toEqual([]);
      expect(violation).toMatchObject({ operationId: 'ShowCurrentUser', where: 'response' });
      expect(violation.errors).toContain('/user/id must be integer');
    });

    test('the description documents no error statuses: a 401 is reported, which shows the checker is live', async () => {
      await expect(run(() => zendesk.verify({ ...admin, secret: 'zdWrongToken00000000000000000000000000000' }))).rejects.toMatchObject({ kind: 'auth' });
      expectViolations([{ operationId: 'ShowCurrentUser', where: 'response', errors: ['status 401 is not documented for ShowCurrentUser (documented: 200)'] }]);
    });
  });

  afterAll(() => {
    // Runs after the tests above (afterAll hooks run in reverse order of declaration: this one first).
    expect(ADAPTER_OPERATIONS.filter((operation) => !contract.recorder.exercised.has(operation))).toEqual([]);
  });
});
