import { basicAuthHeader, SEED_PROJECTS, SEED_SERVICE_DESK, SEED_SITE, SEED_USERS, type SeedUserKey } from '../../../local/sandbox/jira';
import { id, jsmError, type Answer, type Harness } from '../support/contract-harness';

/**
 * What user ingestion and the GDPR work read: the directory (with emails only where profiles show
 * them), a large directory paged at 1,000, closed accounts, and JSM customers (an experimental
 * JSM API). The personal data reporting API is in no spec: see test/unit/sandbox.
 */
export function identityScenarios(h: Harness): void {
  /** JSM's experimental methods need a header the harness does not send. */
  async function customers(who: SeedUserKey | null, path: string, optIn = true): Promise<Answer> {
    const headers: Record<string, string> = { accept: 'application/json', ...(optIn ? { 'X-ExperimentalApi': 'opt-in' } : {}) };
    if (who) headers.authorization = basicAuthHeader(SEED_USERS[who].accountId);
    const response = await fetch(`${h.sandbox.url}/rest/servicedeskapi/servicedesk/${path}`, { headers });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }

  describe('identity: the directory', () => {
    afterAll(async () => {
      await h.call(null, 'POST', '/__sandbox/reset');
    });

    test('users/search shows an email only where the profile lets the app see it', async () => {
      const { status, body } = await h.call('app', 'GET', '/rest/api/3/users/search?maxResults=1000');
      expect(status).toBe(200);
      const withEmail = body.filter((user: { emailAddress?: string }) => user.emailAddress).map((user: { accountId: string }) => user.accountId);
      expect(withEmail).toEqual([id('freshdeskAgent'), id('customerCasey')]);
      expect(new Set(body.map((user: { accountType: string }) => user.accountType))).toEqual(new Set(['app', 'atlassian', 'customer']));
      body.forEach((user: object) => expect(user).toEqual(expect.objectContaining({ accountId: expect.any(String), active: expect.any(Boolean), displayName: expect.any(String), timeZone: expect.any(String) })));
      // GET /user follows the same rule.
      expect((await h.call('app', 'GET', `/rest/api/3/user?accountId=${id('freshdeskAgent')}`)).body.emailAddress).toEqual(expect.any(String));
    });

    test('user/bulk: the named accounts in the order asked, once each, unknown ones left out, paged', async () => {
      const ids = [id('freshdeskAgent'), id('outsider'), '557058:nobody', id('freshdeskAgent')].map((accountId) => `accountId=${encodeURIComponent(accountId)}`).join('&');
      const { status, body } = await h.call('app', 'GET', `/rest/api/3/user/bulk?${ids}`);
      expect(status).toBe(200);
      expect(body).toMatchObject({ startAt: 0, maxResults: 10, total: 2, isLast: true });
      expect(body.values.map((user: { accountId: string; emailAddress?: string }) => [user.accountId, user.emailAddress ?? null])).toEqual([
        [id('freshdeskAgent'), 'freshdeskagent@deskbridge-local.example'],
        [id('outsider'), null],
      ]);
      const page = await h.call('app', 'GET', `/rest/api/3/user/bulk?maxResults=1&${ids}`);
      expect(page.body).toMatchObject({ isLast: false, values: [{ accountId: id('freshdeskAgent') }], nextPage: expect.stringContaining('startAt=1') });
    });

    test('user/bulk without an accountId: a request the spec forbids, answered 400', async () => {
      expect((await h.call('app', 'GET', '/rest/api/3/user/bulk')).status).toBe(400);
      h.expectViolations([{ operationId: 'bulkGetUsers', where: 'request' }]);
    });

    test('2,500 more users page at 1,000 a page: each once, in order, maxResults capped at 1,000', async () => {
      expect((await h.call(null, 'POST', '/__sandbox/users/generate', { count: 2500, emailVisibleEvery: 500 })).status).toBe(200);
      const seen: string[] = [];
      for (let startAt = 0; ; startAt += 1000) {
        const { status, body } = await h.call('app', 'GET', `/rest/api/3/users/search?startAt=${startAt}&maxResults=5000`);
        expect(status).toBe(200);
        expect(body.length).toBeLessThanOrEqual(1000);
        seen.push(...body.map((user: { accountId: string }) => user.accountId));
        if (body.length < 1000) break;
      }
      const seeded = Object.values(SEED_USERS).map((user) => user.accountId);
      expect(seen).toHaveLength(seeded.length + 2500);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.slice(0, seeded.length)).toEqual(seeded);
      expect(seen.slice(-1)).toEqual(['synthetic-002500']);
      const { body } = await h.call('app', 'GET', `/rest/api/3/users/search?startAt=${seeded.length + 499}&maxResults=2`);
      expect(body.map((user: { emailAddress?: string }) => user.emailAddress ?? null)).toEqual(['synthetic-000500@synthetic.example', null]);
      expect((await h.call('app', 'GET', '/rest/api/3/users/search?startAt=99999')).body).toEqual([]);
    });

    test('a closed account is inactive in /user and users/search', async () => {
      expect((await h.call(null, 'POST', `/__sandbox/accounts/${id('outsider')}/close`)).body).toMatchObject({ active: false, closed: true });
      expect((await h.call('app', 'GET', `/rest/api/3/user?accountId=${id('outsider')}`)).body).toMatchObject({ accountId: id('outsider'), active: false });
      const { body } = await h.call('app', 'GET', '/rest/api/3/users/search?maxResults=20');
      expect(body.find((user: { accountId: string }) => user.accountId === id('outsider'))).toMatchObject({ active: false });
      expect((await h.call(null, 'POST', '/__sandbox/accounts/557058:nobody/close')).status).toBe(404);
    });
  });

  describe('GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/customer', () => {
    const path = `${SEED_SERVICE_DESK.id}/customer`;

    test.each(['app', 'admin', 'projectAdmin'] as const)('as %s: the desk’s customers, emails only where visible', async (who) => {
      const { status, body } = await customers(who, path);
      expect(status).toBe(200);
      expect(body).toMatchObject({ size: 2, start: 0, isLastPage: true, _links: { base: `${SEED_SITE.url}/rest/servicedeskapi` } });
      expect(body.values.map((customer: { accountId: string; emailAddress?: string }) => [customer.accountId, customer.emailAddress ?? null])).toEqual([
        [id('customerCasey'), 'customercasey@customers.example'],
        [id('customerMorgan'), null],
      ]);
      expect(body.values[1]).toMatchObject({ displayName: 'Morgan Moreau', active: true, timeZone: expect.any(String) });
    });

    test('filtered by query, paged, and addressed by project key', async () => {
      expect((await customers('app', `${path}?query=moreau`)).body.values.map((customer: { displayName: string }) => customer.displayName)).toEqual(['Morgan Moreau']);
      // A hidden email is not matched: that would reveal it.
      expect((await customers('app', `${path}?query=customermorgan@`)).body.values).toEqual([]);
      const page = await customers('app', `${path}?start=1&limit=1`);
      expect(page.body).toMatchObject({ start: 1, limit: 1, size: 1, isLastPage: true, values: [{ accountId: id('customerMorgan') }] });
      expect(page.body._links.prev).toBe(`${SEED_SITE.url}/rest/servicedeskapi/servicedesk/${path}?start=0&limit=1`);
      expect((await customers('app', `${SEED_PROJECTS.SUP.key}/customer`)).body.size).toBe(2);
    });

    test('without X-ExperimentalApi: opt-in, 412 as JSM’s intro documents (the operation’s own list omits it)', async () => {
      expect(await customers('app', path, false)).toEqual({ status: 412, body: jsmError });
      const [violation] = h.expectViolations([{ operationId: 'getCustomers', where: 'response' }]);
      expect(violation.errors).toEqual([expect.stringContaining('status 412 is not documented')]);
    });

    test.each([
      ['a customer', 'customerCasey', SEED_SERVICE_DESK.id, 403],
      ['a user who is no agent', 'outsider', SEED_SERVICE_DESK.id, 403],
      ['an unknown service desk', 'app', '99', 404],
      ['no credentials', null, SEED_SERVICE_DESK.id, 401],
    ] as const)('%s, in JSM’s error shape', async (_, who, deskId, status) => {
      expect(await customers(who, `${deskId}/customer`)).toEqual({ status, body: jsmError });
    });
  });
}
