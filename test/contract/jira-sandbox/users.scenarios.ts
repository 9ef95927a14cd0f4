import { SEED_USERS, SEED_SITE } from '../../../local/sandbox/jira';
import { id, jiraError, type Harness } from '../support/contract-harness';

/** Accounts: who the caller is, other users, their groups, the directory. */
export function userScenarios(h: Harness): void {
  describe('GET /rest/api/3/myself', () => {
    test('as the app: the app account, without an email', async () => {
      const { status, body } = await h.call('app', 'GET', '/rest/api/3/myself');
      expect(status).toBe(200);
      expect(body).toMatchObject({ accountId: id('app'), accountType: 'app', displayName: 'Deskbridge', active: true });
      expect(body.self).toBe(`${SEED_SITE.url}/rest/api/3/user?accountId=${encodeURIComponent(id('app'))}`);
      expect(body).not.toHaveProperty('emailAddress');
    });

    test.each(['admin', 'projectAdmin', 'freshdeskAgent', 'outsider', 'gdprActive', 'customerCasey'] as const)('as %s: their own account', async (who) => {
      const { status, body } = await h.call(who, 'GET', '/rest/api/3/myself?expand=groups,applicationRoles');
      expect(status).toBe(200);
      expect(body).toMatchObject({ accountId: id(who), displayName: SEED_USERS[who].displayName, accountType: SEED_USERS[who].accountType });
    });

    test('expand=groups lists the caller’s groups', async () => {
      const { body } = await h.call('admin', 'GET', '/rest/api/3/myself?expand=groups');
      expect(body.groups.items.map((group: { name: string }) => group.name)).toEqual(['jira-admins', 'jira-users']);
    });

    test.each([
      ['no credentials', null],
      ['a wrong password', { authorization: `Basic ${Buffer.from(`${SEED_USERS.admin.accountId}:nope`).toString('base64')}` }],
      ['an unknown account', { authorization: `Basic ${Buffer.from('557058:nobody:forge-local').toString('base64')}` }],
      ['a closed account', 'gdprClosed'],
      ['a Bearer token', { authorization: 'Bearer abc' }],
    ] as const)('401 with %s', async (_, who) => {
      const { status, body } = await h.call(who, 'GET', '/rest/api/3/myself');
      expect(status).toBe(401);
      expect(body).toEqual(jiraError);
    });
  });

  describe('GET /rest/api/3/user', () => {
    test('the closed GDPR test account is inactive', async () => {
      const { status, body } = await h.call('app', 'GET', `/rest/api/3/user?accountId=${id('gdprClosed')}`);
      expect(status).toBe(200);
      expect(body).toMatchObject({ accountId: id('gdprClosed'), active: false });
    });

    test('the app sees no email; the owner does', async () => {
      const asApp = await h.call('app', 'GET', `/rest/api/3/user?accountId=${id('outsider')}&expand=groups`);
      expect(asApp.body).not.toHaveProperty('emailAddress');
      const asOwner = await h.call('outsider', 'GET', `/rest/api/3/user?accountId=${id('outsider')}`);
      expect(asOwner.body.emailAddress).toEqual(expect.any(String));
    });

    test('404 for an unknown account, 403 for a caller who may not browse users', async () => {
      expect(await h.call('app', 'GET', '/rest/api/3/user?accountId=557058:00000000-0000-0000-0000-000000000000')).toEqual({ status: 404, body: jiraError });
      expect(await h.call('customerCasey', 'GET', `/rest/api/3/user?accountId=${id('admin')}`)).toEqual({ status: 403, body: jiraError });
    });
  });

  describe('GET /rest/api/3/user/groups', () => {
    test.each([
      ['admin', ['jira-admins', 'jira-users']],
      ['projectAdmin', ['jira-users']],
      ['freshdeskAgent', ['deskbridge-jira-freshdesk', 'jira-users']],
      ['outsider', ['jira-users']],
      ['customerCasey', []],
      ['app', []],
    ] as const)('groups of %s', async (who, groups) => {
      const { status, body } = await h.call('app', 'GET', `/rest/api/3/user/groups?accountId=${encodeURIComponent(id(who))}`);
      expect(status).toBe(200);
      expect(body.map((group: { name: string }) => group.name)).toEqual(groups);
      body.forEach((group: { groupId: string }) => expect(group.groupId).toMatch(/^[0-9a-f-]{36}$/));
    });

    test('404 for an unknown account', async () => {
      expect(await h.call('app', 'GET', '/rest/api/3/user/groups?accountId=557058:gone')).toEqual({ status: 404, body: jiraError });
    });

    test('without accountId: a request the spec forbids, answered 404', async () => {
      expect((await h.call('app', 'GET', '/rest/api/3/user/groups')).status).toBe(404);
      h.expectViolations([{ operationId: 'getUserGroups', where: 'request' }]);
    });
  });

  describe('GET /rest/api/3/users/search', () => {
    test('every account, people, app and customers, paged', async () => {
      const all = await h.call('app', 'GET', '/rest/api/3/users/search');
      expect(all.status).toBe(200);
      expect(all.body.map((user: { accountId: string }) => user.accountId)).toEqual(Object.values(SEED_USERS).map((user) => user.accountId));
      const page = await h.call('app', 'GET', '/rest/api/3/users/search?startAt=2&maxResults=3');
      expect(page.body.map((user: { accountId: string }) => user.accountId)).toEqual(all.body.slice(2, 5).map((user: { accountId: string }) => user.accountId));
    });

    test('403 for a customer', async () => {
      expect(await h.call('customerMorgan', 'GET', '/rest/api/3/users/search')).toEqual({ status: 403, body: jiraError });
    });
  });
}
