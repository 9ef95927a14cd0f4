import { SEED_SERVICE_DESK, SEED_SITE } from '../../../local/sandbox/jira';
import { id, jsmError, type Harness } from '../support/contract-harness';

/** JSM customer requests: raising one on a customer's behalf, reading it, and a customer's own list. */
export function jsmRequestScenarios(h: Harness): void {
  const raise = (who: Parameters<Harness['call']>[0], body: Record<string, unknown>) =>
    h.call(who, 'POST', '/rest/servicedeskapi/request', {
      serviceDeskId: SEED_SERVICE_DESK.id,
      requestTypeId: SEED_SERVICE_DESK.requestTypes.getItHelp.id,
      requestFieldValues: { summary: 'VPN drops every hour', description: 'Since Monday.\nOn Wi-Fi only.' },
      ...body,
    });

  describe('POST /rest/servicedeskapi/request', () => {
    test('as the app on behalf of a customer: the customer is the reporter', async () => {
      const { status, body } = await raise('app', { raiseOnBehalfOf: id('customerCasey') });
      expect(status).toBe(201);
      expect(body).toMatchObject({
        issueKey: expect.stringMatching(/^SUP-\d+$/),
        serviceDeskId: SEED_SERVICE_DESK.id,
        requestTypeId: SEED_SERVICE_DESK.requestTypes.getItHelp.id,
        reporter: { accountId: id('customerCasey') },
        currentStatus: { status: 'New', statusCategory: 'NEW' },
      });
      expect(body.requestFieldValues).toEqual(expect.arrayContaining([expect.objectContaining({ fieldId: 'description', value: 'Since Monday.\nOn Wi-Fi only.' })]));
      const issue = await h.call('app', 'GET', `/rest/api/3/issue/${body.issueKey}?fields=reporter,creator,customfield_10010`);
      expect(issue.body.fields).toMatchObject({ reporter: { accountId: id('customerCasey') }, creator: { accountId: id('app') }, customfield_10010: { requestType: { id: '10', serviceDeskId: '1' } } });
    });

    test('a customer raises for themselves', async () => {
      const { status, body } = await raise('customerMorgan', {});
      expect(status).toBe(201);
      expect(body.reporter.accountId).toBe(id('customerMorgan'));
    });

    test.each([
      ['on behalf of an account that is no customer of the restricted desk', 'app', { raiseOnBehalfOf: id('outsider') }, 400],
      ['on behalf of someone, as a customer', 'customerCasey', { raiseOnBehalfOf: id('customerMorgan') }, 400],
      ['with a request type of no desk', 'app', { requestTypeId: '99', raiseOnBehalfOf: id('customerCasey') }, 400],
      ['without a summary', 'app', { raiseOnBehalfOf: id('customerCasey'), requestFieldValues: { summary: ' ' } }, 400],
      ['by someone who may not raise requests there', 'outsider', {}, 403],
    ] as const)('refused %s, in JSM’s error shape', async (_, who, body, status) => {
      expect(await raise(who, body)).toEqual({ status, body: jsmError });
    });

    test('an open desk takes requests for anyone', async () => {
      h.sandbox.site.serviceDesks[0].openAccess = true;
      try {
        expect((await raise('app', { raiseOnBehalfOf: id('outsider') })).status).toBe(201);
      } finally {
        h.sandbox.site.serviceDesks[0].openAccess = false;
      }
    });
  });

  describe('GET /rest/servicedeskapi/request/{issueIdOrKey}', () => {
    test('by key and by id, with the request type expanded; 404 for others', async () => {
      const { body: raised } = await raise('app', { raiseOnBehalfOf: id('customerCasey') });
      const byKey = await h.call('app', 'GET', `/rest/servicedeskapi/request/${raised.issueKey}?expand=requestType,participant`);
      expect(byKey.status).toBe(200);
      expect(byKey.body).toMatchObject({ issueId: raised.issueId, requestType: { name: 'Get IT help' }, participants: { size: 0 } });
      expect((await h.call('customerCasey', 'GET', `/rest/servicedeskapi/request/${raised.issueId}`)).status).toBe(200);
      expect(await h.call('customerMorgan', 'GET', `/rest/servicedeskapi/request/${raised.issueKey}`)).toEqual({ status: 404, body: jsmError });
      expect(await h.call('app', 'GET', '/rest/servicedeskapi/request/SUP-9999')).toEqual({ status: 404, body: jsmError });
    });
  });

  describe('GET /rest/servicedeskapi/request', () => {
    test("a customer's own requests, newest activity first, filtered", async () => {
      const { body: mine } = await raise('customerMorgan', { requestFieldValues: { summary: 'Morgan needs a monitor' } });
      const all = await h.call('customerMorgan', 'GET', `/rest/servicedeskapi/request?serviceDeskId=${SEED_SERVICE_DESK.id}&requestOwnership=OWNED_REQUESTS&start=0&limit=50`);
      expect(all.status).toBe(200);
      expect(all.body.values[0].issueKey).toBe(mine.issueKey);
      expect(all.body.values.every((request: { reporter: { accountId: string } }) => request.reporter.accountId === id('customerMorgan'))).toBe(true);
      const search = await h.call('customerMorgan', 'GET', '/rest/servicedeskapi/request?searchTerm=monitor&requestStatus=OPEN_REQUESTS');
      expect(search.body.values.map((request: { issueKey: string }) => request.issueKey)).toEqual([mine.issueKey]);
      const closed = await h.call('customerMorgan', 'GET', '/rest/servicedeskapi/request?requestStatus=CLOSED_REQUESTS');
      expect(closed.body).toMatchObject({ size: 0, isLastPage: true, _links: { base: `${SEED_SITE.url}/rest/servicedeskapi` } });
      expect(await h.call('customerMorgan', 'GET', '/rest/servicedeskapi/request?serviceDeskId=99')).toEqual({ status: 404, body: jsmError });
    });
  });
}
