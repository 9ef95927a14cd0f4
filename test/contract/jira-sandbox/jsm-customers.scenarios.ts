import { SEED_PROJECTS, SEED_SERVICE_DESK } from '../../../local/sandbox/jira';
import { id, jiraError, jsmError, type Harness } from '../support/contract-harness';

/** JSM customer accounts, finding accounts by email, one service desk, and workflows without an issue. */
export function jsmCustomerScenarios(h: Harness): void {
  describe('POST /rest/servicedeskapi/customer and /servicedesk/{serviceDeskId}/customer', () => {
    test('the app creates a customer for a new email and adds it to the desk', async () => {
      const created = await h.call('app', 'POST', '/rest/servicedeskapi/customer?strictConflictStatusCode=true', { email: 'riley@example.org', displayName: 'Riley Rao' });
      expect(created).toMatchObject({ status: 201, body: { accountId: expect.stringMatching(/^qm:/), emailAddress: 'riley@example.org', displayName: 'Riley Rao', active: true } });
      const path = `/rest/servicedeskapi/servicedesk/${SEED_SERVICE_DESK.id}/customer`;
      expect(await h.call('app', 'POST', path, { accountIds: [created.body.accountId] })).toEqual({ status: 204, body: undefined });
      // Adding again changes nothing and is not an error.
      expect((await h.call('app', 'POST', path, { accountIds: [created.body.accountId] })).status).toBe(204);
      expect(h.sandbox.site.serviceDesks[0].customerIds.filter((accountId) => accountId === created.body.accountId)).toHaveLength(1);
    });

    test('an email that has an account: 409 when strict, 400 otherwise; people may not create customers', async () => {
      const body = { email: 'customercasey@customers.example', displayName: 'Casey again' };
      expect(await h.call('app', 'POST', '/rest/servicedeskapi/customer?strictConflictStatusCode=true', body)).toEqual({ status: 409, body: jsmError });
      expect(await h.call('app', 'POST', '/rest/servicedeskapi/customer', body)).toEqual({ status: 400, body: jsmError });
      expect(await h.call('projectAdmin', 'POST', '/rest/servicedeskapi/customer', { email: 'x@example.org', displayName: 'X' })).toEqual({ status: 403, body: jsmError });
    });

    test('adding: refused to people without the desk, and for unknown accounts or desks', async () => {
      const path = `/rest/servicedeskapi/servicedesk/${SEED_SERVICE_DESK.id}/customer`;
      expect(await h.call('outsider', 'POST', path, { accountIds: [id('customerMorgan')] })).toEqual({ status: 403, body: jsmError });
      expect(await h.call('app', 'POST', path, { accountIds: ['qm:no-such-account'] })).toEqual({ status: 400, body: jsmError });
      expect(await h.call('app', 'POST', '/rest/servicedeskapi/servicedesk/99/customer', { accountIds: [id('customerMorgan')] })).toEqual({ status: 404, body: jsmError });
    });
  });

  describe('GET /rest/api/3/user/search', () => {
    test('finds by visible email or name; hidden emails find nothing', async () => {
      const byEmail = await h.call('app', 'GET', '/rest/api/3/user/search?query=customercasey@customers.example');
      expect(byEmail.body.map((user: { accountId: string }) => user.accountId)).toEqual([id('customerCasey')]);
      expect((await h.call('app', 'GET', '/rest/api/3/user/search?query=customermorgan@customers.example')).body).toEqual([]);
      const byName = await h.call('app', 'GET', '/rest/api/3/user/search?query=morgan&startAt=0&maxResults=10');
      expect(byName.body.map((user: { accountId: string }) => user.accountId)).toEqual([id('customerMorgan')]);
      expect((await h.call('customerCasey', 'GET', '/rest/api/3/user/search?query=morgan')).body).toEqual([]);
      expect(await h.call('app', 'GET', '/rest/api/3/user/search')).toEqual({ status: 400, body: jiraError });
    });
  });

  describe('GET /rest/servicedeskapi/servicedesk/{serviceDeskId}', () => {
    test('by desk id or project key; 403 and 404 in JSM’s shape', async () => {
      const desk = { id: SEED_SERVICE_DESK.id, projectId: SEED_PROJECTS.SUP.id, projectKey: 'SUP', projectName: 'Support' };
      expect(await h.call('app', 'GET', `/rest/servicedeskapi/servicedesk/${SEED_SERVICE_DESK.id}`)).toMatchObject({ status: 200, body: desk });
      expect(await h.call('customerCasey', 'GET', '/rest/servicedeskapi/servicedesk/SUP')).toMatchObject({ status: 200, body: desk });
      expect(await h.call('outsider', 'GET', `/rest/servicedeskapi/servicedesk/${SEED_SERVICE_DESK.id}`)).toEqual({ status: 403, body: jsmError });
      expect(await h.call('app', 'GET', '/rest/servicedeskapi/servicedesk/99')).toEqual({ status: 404, body: jsmError });
    });
  });

  describe('POST /rest/api/3/workflows', () => {
    test("SUP's workflow by project and issue type: statuses and every transition, global ones as GLOBAL", async () => {
      const { status, body } = await h.call('app', 'POST', '/rest/api/3/workflows', { projectAndIssueTypes: [{ projectId: SEED_PROJECTS.SUP.id, issueTypeId: '10100' }] });
      expect(status).toBe(200);
      expect(body.workflows).toHaveLength(1);
      const [workflow] = body.workflows;
      expect(body.statuses.map((item: { name: string }) => item.name)).toEqual(['New', 'In Progress', 'Waiting for customer', 'Resolved', 'Closed', 'Reopened']);
      const resolve = workflow.transitions.find((transition: { name: string }) => transition.name === 'Resolve');
      expect(resolve).toMatchObject({ type: 'DIRECTED', toStatusReference: '5', transitionScreen: { ruleKey: expect.any(String) } });
      expect(resolve.links.map((link: { fromStatusReference: string }) => link.fromStatusReference)).toEqual(['10010', '3', '10011', '4']);
      const eng = await h.call('app', 'POST', '/rest/api/3/workflows', { projectAndIssueTypes: [{ projectId: SEED_PROJECTS.ENG.id, issueTypeId: '10101' }] });
      expect(eng.body.workflows[0].transitions.filter((transition: { type: string }) => transition.type === 'GLOBAL')).toHaveLength(3);
    });

    test('by name; workflows the caller may not read are left out', async () => {
      const byName = await h.call('admin', 'POST', '/rest/api/3/workflows', { workflowNames: ['SUP: Support workflow'] });
      expect(byName.body.workflows.map((workflow: { name: string }) => workflow.name)).toEqual(['SUP: Support workflow']);
      const hidden = await h.call('outsider', 'POST', '/rest/api/3/workflows', { projectAndIssueTypes: [{ projectId: SEED_PROJECTS.SUP.id, issueTypeId: '10100' }] });
      expect(hidden).toEqual({ status: 200, body: { statuses: [], workflows: [] } });
    });
  });
}
