import { SEED_SERVICE_DESK } from '../../../local/sandbox/jira';
import { id, jsmError, type Harness } from '../support/contract-harness';

/** JSM request comments (public and internal) and customer transitions. */
export function jsmRequestActivityScenarios(h: Harness): void {
  const newRequest = async () =>
    (
      await h.call('app', 'POST', '/rest/servicedeskapi/request', {
        serviceDeskId: SEED_SERVICE_DESK.id,
        requestTypeId: SEED_SERVICE_DESK.requestTypes.reportBug.id,
        raiseOnBehalfOf: id('customerCasey'),
        requestFieldValues: { summary: 'Export button does nothing' },
      })
    ).body as { issueKey: string; issueId: string };

  describe('/rest/servicedeskapi/request/{issueIdOrKey}/comment', () => {
    test('public replies and internal notes; customers see the public ones only', async () => {
      const request = await newRequest();
      const path = `/rest/servicedeskapi/request/${request.issueKey}/comment`;
      const reply = await h.call('app', 'POST', path, { body: 'We are on it.', public: true });
      expect(reply).toMatchObject({ status: 201, body: { body: 'We are on it.', public: true, author: { accountId: id('app') } } });
      expect((await h.call('app', 'POST', path, { body: 'Customer is on v2.3', public: false })).body.public).toBe(false);
      expect((await h.call('customerCasey', 'POST', path, { body: 'Thanks!' })).status).toBe(201);
      const agentView = await h.call('app', 'GET', `${path}?start=0&limit=50`);
      expect(agentView.body.values.map((comment: { body: string; public: boolean }) => [comment.body, comment.public])).toEqual([
        ['We are on it.', true],
        ['Customer is on v2.3', false],
        ['Thanks!', true],
      ]);
      const publicOnly = await h.call('app', 'GET', `${path}?public=true&internal=false`);
      expect(publicOnly.body.size).toBe(2);
      const customerView = await h.call('customerCasey', 'GET', path);
      expect(customerView.body.values.map((comment: { body: string }) => comment.body)).toEqual(['We are on it.', 'Thanks!']);
    });

    test.each([
      ['an internal note from a customer', 'customerCasey', { body: 'psst', public: false }, 400],
      ['an empty body', 'app', { body: ' ', public: true }, 400],
    ] as const)('refused: %s', async (_, who, body, status) => {
      const request = await newRequest();
      expect(await h.call(who, 'POST', `/rest/servicedeskapi/request/${request.issueKey}/comment`, body)).toEqual({ status, body: jsmError });
    });

    test('404 for a request that does not exist', async () => {
      expect(await h.call('app', 'GET', '/rest/servicedeskapi/request/SUP-9999/comment')).toEqual({ status: 404, body: jsmError });
    });
  });

  describe('/rest/servicedeskapi/request/{issueIdOrKey}/transition', () => {
    test('agents get every transition from the status; the customer only those that close the request', async () => {
      const request = await newRequest();
      const path = `/rest/servicedeskapi/request/${request.issueKey}/transition`;
      const agent = await h.call('app', 'GET', path);
      expect(agent.status).toBe(200);
      expect(agent.body.values).toEqual([
        { id: '11', name: 'Start progress' },
        { id: '21', name: 'Wait for customer' },
        { id: '41', name: 'Resolve' },
      ]);
      const customer = await h.call('customerCasey', 'GET', `${path}?start=0&limit=10`);
      expect(customer.body.values).toEqual([{ id: '41', name: 'Resolve' }]);
    });

    test('performing one moves the request (with a comment); an unavailable one is refused', async () => {
      const request = await newRequest();
      const path = `/rest/servicedeskapi/request/${request.issueKey}/transition`;
      expect(await h.call('app', 'POST', path, { id: '11', additionalComment: { body: 'Looking now' } })).toEqual({ status: 204, body: undefined });
      const read = await h.call('app', 'GET', `/rest/servicedeskapi/request/${request.issueKey}`);
      expect(read.body.currentStatus).toMatchObject({ status: 'In Progress', statusCategory: 'INDETERMINATE' });
      expect(await h.call('app', 'POST', path, { id: '61' })).toEqual({ status: 400, body: jsmError });
      expect(await h.call('customerCasey', 'POST', path, { id: '41' })).toEqual({ status: 204, body: undefined });
      expect((await h.call('app', 'GET', `/rest/servicedeskapi/request/${request.issueKey}`)).body.currentStatus.status).toBe('Resolved');
    });
  });
}
