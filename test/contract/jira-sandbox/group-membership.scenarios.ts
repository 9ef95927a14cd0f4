import { SEED_GROUPS, SEED_PROJECTS, type SeedUserKey } from '../../../local/sandbox/jira';
import { id, jiraError, type Harness } from '../support/contract-harness';

/**
 * Group members, changed: how someone gets `deskbridge-jira-<tool>` access or stops being a Jira
 * admin, and that the change counts on the very next request.
 */
export function groupMembershipScenarios(h: Harness): void {
  const groupsOf = async (who: SeedUserKey) =>
    (await h.call('app', 'GET', `/rest/api/3/user/groups?accountId=${encodeURIComponent(id(who))}`)).body.map((group: { name: string }) => group.name);
  const membersOf = async (groupname: string) =>
    (await h.call('app', 'GET', `/rest/api/3/group/member?groupname=${groupname}`)).body.values.map((user: { accountId: string }) => user.accountId).sort();
  const freshdesk = SEED_GROUPS.freshdesk;

  describe('POST /rest/api/3/group/user', () => {
    afterEach(async () => {
      await h.call(null, 'POST', '/__sandbox/reset');
    });

    test('the app adds a user to a tool group by id, and gets the group back', async () => {
      const { status, body } = await h.call('app', 'POST', `/rest/api/3/group/user?groupId=${freshdesk.groupId}`, { accountId: id('outsider') });
      expect(status).toBe(201);
      expect(body).toMatchObject({ name: freshdesk.name, groupId: freshdesk.groupId, users: { size: 2, items: [] }, expand: 'users' });
      expect(await membersOf(freshdesk.name)).toEqual([id('freshdeskAgent'), id('outsider')].sort());
      expect(await groupsOf('outsider')).toEqual(['deskbridge-jira-freshdesk', 'jira-users']);
    });

    test('a Jira admin adds by group name, in any case', async () => {
      const { status, body } = await h.call('admin', 'POST', '/rest/api/3/group/user?groupname=DESKBRIDGE-JIRA-FRESHDESK', { accountId: id('projectAdmin') });
      expect(status).toBe(201);
      expect(body.name).toBe(freshdesk.name);
    });

    test.each([
      ['a user already in the group', 'app', `groupId=${freshdesk.groupId}`, { accountId: id('freshdeskAgent') }, 400],
      ['no group named', 'app', '', { accountId: id('outsider') }, 400],
      ['both a group name and a group id', 'app', `groupname=jira-users&groupId=${freshdesk.groupId}`, { accountId: id('outsider') }, 400],
      ['no accountId', 'app', 'groupname=jira-users', {}, 400],
      ['a username instead of an accountId', 'app', 'groupname=jira-users', { name: 'olga' }, 400],
      ['a project admin', 'projectAdmin', `groupId=${freshdesk.groupId}`, { accountId: id('outsider') }, 403],
      ['a tool-group member adding a colleague', 'freshdeskAgent', `groupId=${freshdesk.groupId}`, { accountId: id('outsider') }, 403],
      ['an unknown group', 'app', 'groupname=deskbridge-jira-nobody', { accountId: id('outsider') }, 404],
      ['an unknown account', 'app', `groupId=${freshdesk.groupId}`, { accountId: '557058:gone' }, 404],
      ['no credentials', null, `groupId=${freshdesk.groupId}`, { accountId: id('outsider') }, 401],
    ] as const)('refused: %s', async (_, who, query, request, status) => {
      expect(await h.call(who, 'POST', `/rest/api/3/group/user?${query}`, request)).toEqual({ status, body: jiraError });
    });

    test('no body at all: a request the spec forbids, answered 400', async () => {
      expect(await h.call('app', 'POST', '/rest/api/3/group/user?groupname=jira-users')).toEqual({ status: 400, body: jiraError });
      h.expectViolations([{ operationId: 'addUserToGroup', where: 'request' }]);
    });
  });

  describe('DELETE /rest/api/3/group/user', () => {
    afterEach(async () => {
      await h.call(null, 'POST', '/__sandbox/reset');
    });

    test('the app removes a member by group id: 200, no body', async () => {
      const answer = await h.call('app', 'DELETE', `/rest/api/3/group/user?groupId=${freshdesk.groupId}&accountId=${id('freshdeskAgent')}`);
      expect(answer).toEqual({ status: 200, body: undefined });
      expect(await membersOf(freshdesk.name)).toEqual([]);
      expect(await groupsOf('freshdeskAgent')).toEqual(['jira-users']);
    });

    test('a Jira admin removes another admin by group name', async () => {
      await h.call('app', 'POST', '/rest/api/3/group/user?groupname=jira-admins', { accountId: id('projectAdmin') });
      expect((await h.call('admin', 'DELETE', `/rest/api/3/group/user?groupname=jira-admins&accountId=${id('projectAdmin')}`)).status).toBe(200);
      expect(await groupsOf('projectAdmin')).toEqual(['jira-users']);
    });

    test.each([
      ['a user who is not a member', 'app', `groupId=${freshdesk.groupId}&accountId=${id('outsider')}`, 400],
      ['an admin leaving the group their admin rights come from', 'admin', `groupname=jira-admins&accountId=${id('admin')}`, 400],
      ['no group named', 'app', `accountId=${id('outsider')}`, 400],
      ['both a group name and a group id', 'app', `groupname=jira-users&groupId=${freshdesk.groupId}&accountId=${id('outsider')}`, 400],
      ['a project admin', 'projectAdmin', `groupId=${freshdesk.groupId}&accountId=${id('freshdeskAgent')}`, 403],
      ['a tool-group member leaving their own group', 'freshdeskAgent', `groupId=${freshdesk.groupId}&accountId=${id('freshdeskAgent')}`, 403],
      ['an unknown group', 'app', `groupname=deskbridge-jira-nobody&accountId=${id('outsider')}`, 404],
      ['an unknown account', 'app', `groupId=${freshdesk.groupId}&accountId=557058:gone`, 404],
      ['no credentials', null, `groupId=${freshdesk.groupId}&accountId=${id('freshdeskAgent')}`, 401],
    ] as const)('refused: %s', async (_, who, query, status) => {
      expect(await h.call(who, 'DELETE', `/rest/api/3/group/user?${query}`)).toEqual({ status, body: jiraError });
    });

    test('no accountId: a request the spec forbids, answered 400', async () => {
      expect(await h.call('app', 'DELETE', `/rest/api/3/group/user?groupId=${freshdesk.groupId}`)).toEqual({ status: 400, body: jiraError });
      h.expectViolations([{ operationId: 'removeUserFromGroup', where: 'request' }]);
    });
  });

  describe('membership changes count on the next request', () => {
    const SUP = Number(SEED_PROJECTS.SUP.id);
    const ENG = Number(SEED_PROJECTS.ENG.id);
    const access = async (who: 'outsider' | 'admin') => {
      const check = await h.call(who, 'POST', '/rest/api/3/permissions/check', {
        globalPermissions: ['ADMINISTER'],
        projectPermissions: [{ permissions: ['ADMINISTER_PROJECTS'], projects: [SUP, ENG] }],
      });
      const search = await h.call(who, 'GET', '/rest/api/3/project/search');
      return {
        global: check.body.globalPermissions,
        administers: (check.body.projectPermissions[0]?.projects ?? []).sort(),
        sees: search.body.values.map((project: { key: string }) => project.key),
        sup: (await h.call(who, 'GET', '/rest/api/3/project/SUP')).status,
      };
    };

    afterAll(async () => {
      await h.call(null, 'POST', '/__sandbox/reset');
    });

    test('joining jira-admins makes the outsider a Jira admin; leaving it undoes that', async () => {
      expect(await access('outsider')).toEqual({ global: [], administers: [], sees: ['ENG'], sup: 404 });
      await h.call('app', 'POST', `/rest/api/3/group/user?groupId=${SEED_GROUPS.jiraAdmins.groupId}`, { accountId: id('outsider') });
      expect(await access('outsider')).toEqual({ global: ['ADMINISTER'], administers: [SUP, ENG], sees: ['ENG', 'SUP'], sup: 200 });
      await h.call('app', 'DELETE', `/rest/api/3/group/user?groupId=${SEED_GROUPS.jiraAdmins.groupId}&accountId=${id('outsider')}`);
      expect(await access('outsider')).toEqual({ global: [], administers: [], sees: ['ENG'], sup: 404 });
    });

    test('an admin removed from jira-admins loses ADMINISTER and the projects it gave', async () => {
      expect(await access('admin')).toEqual({ global: ['ADMINISTER'], administers: [SUP, ENG], sees: ['ENG', 'SUP'], sup: 200 });
      expect((await h.call('app', 'DELETE', `/rest/api/3/group/user?groupname=jira-admins&accountId=${id('admin')}`)).status).toBe(200);
      expect(await access('admin')).toEqual({ global: [], administers: [], sees: ['ENG'], sup: 404 });
    });
  });
}
