import { SEED_GROUPS, SEED_ROLES } from '../../../local/sandbox/jira';
import { id, jiraError, type Harness } from '../support/contract-harness';

/** Deleting groups: a tool group torn down, and what its members lose with it. */
export function groupRemovalScenarios(h: Harness): void {
  describe('DELETE /rest/api/3/group', () => {
    const freshdesk = SEED_GROUPS.freshdesk;
    const listed = async () => (await h.call('app', 'GET', '/rest/api/3/group/bulk')).body.values.map((group: { name: string }) => group.name);

    afterEach(async () => {
      await h.call(null, 'POST', '/__sandbox/reset');
    });

    test('a Jira admin deletes a tool group by id: 200, no body; it and its memberships are gone', async () => {
      expect(await h.call('admin', 'DELETE', `/rest/api/3/group?groupId=${freshdesk.groupId}`)).toEqual({ status: 200, body: undefined });
      expect(await listed()).toEqual(['jira-admins', 'jira-users']);
      const groups = await h.call('app', 'GET', `/rest/api/3/user/groups?accountId=${id('freshdeskAgent')}`);
      expect(groups.body.map((group: { name: string }) => group.name)).toEqual(['jira-users']);
      expect((await h.call('app', 'GET', `/rest/api/3/group/member?groupId=${freshdesk.groupId}`)).status).toBe(404);
    });

    test('the app deletes a group it created, by name', async () => {
      expect((await h.call('app', 'POST', '/rest/api/3/group', { name: 'deskbridge-jira-zendesk' })).status).toBe(201);
      expect((await h.call('app', 'DELETE', '/rest/api/3/group?groupname=DESKBRIDGE-JIRA-ZENDESK')).status).toBe(200);
      expect(await listed()).not.toContain('deskbridge-jira-zendesk');
    });

    test('members lose what the group granted: without jira-users, the outsider browses nothing', async () => {
      expect((await h.call('app', 'DELETE', `/rest/api/3/group?groupId=${SEED_GROUPS.jiraUsers.groupId}&swapGroupId=${freshdesk.groupId}`)).status).toBe(200);
      const search = await h.call('outsider', 'GET', '/rest/api/3/project/search');
      expect(search.body).toMatchObject({ total: 0, values: [] });
      const check = await h.call('app', 'POST', '/rest/api/3/permissions/check', {
        accountId: id('outsider'),
        globalPermissions: ['USER_PICKER'],
        projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], projects: [10000, 10001] }],
      });
      expect(check.body).toEqual({ globalPermissions: [], projectPermissions: [] });
      // No grant keeps pointing at the deleted group.
      const site = h.sandbox.site;
      expect(JSON.stringify(site.globalPermissions)).not.toContain(SEED_GROUPS.jiraUsers.groupId);
      expect(JSON.stringify(site.projects)).not.toContain(SEED_GROUPS.jiraUsers.groupId);
    });

    test('deleting jira-admins as the app: admins keep their role-based project access only', async () => {
      expect((await h.call('app', 'DELETE', '/rest/api/3/group?groupname=jira-admins')).status).toBe(200);
      const sup = h.sandbox.site.projects.find((project) => project.key === 'SUP');
      expect(sup?.roleActors[String(SEED_ROLES.administrators.id)]).toEqual({ users: [id('projectAdmin')], groups: [] });
      expect((await h.call('admin', 'GET', '/rest/api/3/project/SUP')).status).toBe(404);
    });

    test.each([
      ['an admin deleting the group their admin rights come from', 'admin', 'groupname=jira-admins', 400],
      ['no group named', 'admin', '', 400],
      ['both a group name and a group id', 'app', `groupname=jira-users&groupId=${freshdesk.groupId}`, 400],
      ['the group as its own swap group', 'app', `groupId=${freshdesk.groupId}&swapGroup=deskbridge-jira-freshdesk`, 400],
      ['a project admin', 'projectAdmin', `groupId=${freshdesk.groupId}`, 403],
      ['a tool-group member deleting their own group', 'freshdeskAgent', `groupId=${freshdesk.groupId}`, 403],
      ['an unknown group', 'app', 'groupname=deskbridge-jira-nobody', 404],
      ['an unknown swap group', 'app', `groupId=${freshdesk.groupId}&swapGroup=deskbridge-jira-nobody`, 404],
      ['no credentials', null, `groupId=${freshdesk.groupId}`, 401],
    ] as const)('refused: %s', async (_, who, query, status) => {
      expect(await h.call(who, 'DELETE', `/rest/api/3/group?${query}`)).toEqual({ status, body: jiraError });
      expect(await listed()).toEqual(['deskbridge-jira-freshdesk', 'jira-admins', 'jira-users']);
    });
  });
}
