import { SEED_GROUPS, SEED_SITE } from '../../../local/sandbox/jira';
import { id, jiraError, type Harness } from '../support/contract-harness';
import { groupMembershipScenarios } from './group-membership.scenarios';
import { groupRemovalScenarios } from './group-removal.scenarios';

/**
 * Groups: where `deskbridge-jira-<tool>` access lives. Changing members and deleting groups have
 * their own files, run from here so the contract test's list of scenario files stays as it is.
 */
export function groupScenarios(h: Harness): void {
  describe('GET /rest/api/3/group/bulk', () => {
    const names = (body: { values: { name: string }[] }) => body.values.map((group) => group.name);

    test('every group, by name, by id', async () => {
      const all = await h.call('app', 'GET', '/rest/api/3/group/bulk');
      expect(all.status).toBe(200);
      expect(names(all.body)).toEqual(['deskbridge-jira-freshdesk', 'jira-admins', 'jira-users']);
      const byName = await h.call('outsider', 'GET', '/rest/api/3/group/bulk?groupName=deskbridge-jira-freshdesk&groupName=deskbridge-jira-zendesk');
      expect(byName.body.values).toEqual([SEED_GROUPS.freshdesk]);
      const byId = await h.call('app', 'GET', `/rest/api/3/group/bulk?groupId=${SEED_GROUPS.jiraAdmins.groupId}`);
      expect(byId.body.values).toEqual([SEED_GROUPS.jiraAdmins]);
    });

    test('paged', async () => {
      const { body } = await h.call('app', 'GET', '/rest/api/3/group/bulk?startAt=1&maxResults=1');
      expect(body).toMatchObject({ startAt: 1, maxResults: 1, total: 3, isLast: false, values: [{ name: 'jira-admins' }] });
    });

    test.each([
      ['customerCasey', 403],
      [null, 401],
    ] as const)('as %s: %s', async (who, status) => {
      expect(await h.call(who, 'GET', '/rest/api/3/group/bulk')).toEqual({ status, body: jiraError });
    });
  });

  describe('GET /rest/api/3/group/member', () => {
    const accounts = (body: { values: { accountId: string }[] }) => body.values.map((user) => user.accountId).sort();

    test('members by group name and by id; inactive ones only when asked', async () => {
      const active = await h.call('app', 'GET', '/rest/api/3/group/member?groupname=jira-users');
      expect(active.status).toBe(200);
      const humans = [id('admin'), id('projectAdmin'), id('freshdeskAgent'), id('outsider'), id('gdprActive')];
      expect(accounts(active.body)).toEqual([...humans].sort());
      const all = await h.call('app', 'GET', `/rest/api/3/group/member?groupId=${SEED_GROUPS.jiraUsers.groupId}&includeInactiveUsers=true`);
      expect(accounts(all.body)).toEqual([...humans, id('gdprClosed')].sort());
      const tool = await h.call('admin', 'GET', '/rest/api/3/group/member?groupname=deskbridge-jira-freshdesk');
      expect(tool.body).toMatchObject({ total: 1, isLast: true, values: [{ accountId: id('freshdeskAgent'), displayName: 'Felix Fischer' }] });
    });

    test('paged, with the total', async () => {
      const { body } = await h.call('app', 'GET', '/rest/api/3/group/member?groupname=jira-users&startAt=0&maxResults=2');
      expect(body).toMatchObject({ startAt: 0, maxResults: 2, total: 5, isLast: false });
      expect(body.values).toHaveLength(2);
      expect(body.nextPage).toContain(`${SEED_SITE.url}/rest/api/3/group/member?`);
    });

    test.each([
      ['no group named', 'app', '', 400],
      ['an unknown group', 'app', '?groupname=deskbridge-jira-nobody', 404],
      ['a caller who may not browse users', 'customerCasey', '?groupname=jira-users', 403],
      ['no credentials', null, '?groupname=jira-users', 401],
    ] as const)('%s', async (_, who, query, status) => {
      expect(await h.call(who, 'GET', `/rest/api/3/group/member${query}`)).toEqual({ status, body: jiraError });
    });
  });

  describe('POST /rest/api/3/group', () => {
    // The groups created here must not leak into later scenarios.
    afterAll(async () => {
      await h.call(null, 'POST', '/__sandbox/reset');
    });

    test('a Jira admin creates a tool group; it is then listed', async () => {
      const { status, body } = await h.call('admin', 'POST', '/rest/api/3/group', { name: 'deskbridge-jira-zendesk' });
      expect(status).toBe(201);
      expect(body).toMatchObject({ name: 'deskbridge-jira-zendesk', groupId: expect.stringMatching(/^[0-9a-f-]{36}$/), users: { size: 0, items: [] } });
      const listed = await h.call('app', 'GET', '/rest/api/3/group/bulk?groupName=deskbridge-jira-zendesk');
      expect(listed.body.values).toEqual([{ name: 'deskbridge-jira-zendesk', groupId: body.groupId }]);
      expect(h.sandbox.site.groups.map((group) => group.name)).toContain('deskbridge-jira-zendesk');
    });

    test('the app may create groups too', async () => {
      expect((await h.call('app', 'POST', '/rest/api/3/group', { name: 'deskbridge-jira-intercom' })).status).toBe(201);
    });

    test.each([
      ['a duplicate name, in any case', 'admin', { name: 'JIRA-USERS' }, 400],
      ['an empty name', 'admin', { name: ' ' }, 400],
      ['a project admin', 'projectAdmin', { name: 'deskbridge-jira-servicenow' }, 403],
      ['a tool-group member', 'freshdeskAgent', { name: 'deskbridge-jira-servicenow' }, 403],
      ['no credentials', null, { name: 'deskbridge-jira-servicenow' }, 401],
    ] as const)('refused: %s', async (_, who, request, status) => {
      expect(await h.call(who, 'POST', '/rest/api/3/group', request)).toEqual({ status, body: jiraError });
    });

    test('no name at all, or broken JSON: requests the spec forbids, answered 400', async () => {
      expect(await h.call('admin', 'POST', '/rest/api/3/group', {})).toEqual({ status: 400, body: jiraError });
      expect(await h.call('admin', 'POST', '/rest/api/3/group', '{"name": ')).toEqual({ status: 400, body: jiraError });
      h.expectViolations([
        { operationId: 'createGroup', where: 'request' },
        { operationId: 'createGroup', where: 'request' },
      ]);
    });
  });

  groupMembershipScenarios(h);
  groupRemovalScenarios(h);
}
