import { SEED_PROJECTS } from '../../../local/sandbox/jira';
import { id, jiraError, type Harness } from '../support/contract-harness';

const SUP = Number(SEED_PROJECTS.SUP.id);
const ENG = Number(SEED_PROJECTS.ENG.id);

/** What each seeded account holds, asked as ADMINISTER plus both project permissions for SUP and ENG at once. */
const ROLE_GRANTS = [
  ['admin', ['ADMINISTER'], { ADMINISTER_PROJECTS: [SUP, ENG], BROWSE_PROJECTS: [SUP, ENG] }],
  ['projectAdmin', [], { ADMINISTER_PROJECTS: [SUP], BROWSE_PROJECTS: [SUP, ENG] }],
  ['freshdeskAgent', [], { BROWSE_PROJECTS: [ENG] }],
  ['outsider', [], { BROWSE_PROJECTS: [ENG] }],
  ['gdprActive', [], { BROWSE_PROJECTS: [ENG] }],
  ['customerCasey', [], {}],
  ['gdprClosed', [], {}],
  ['app', [], { BROWSE_PROJECTS: [SUP, ENG] }],
] as const;

/** Permission checks: how Deskbridge tells Jira admins and project admins from everyone else. */
export function permissionScenarios(h: Harness): void {
  describe('POST /rest/api/3/permissions/check', () => {
    /** Without an accountId, the caller asks about themselves. */
    const roleQuestion = (accountId?: string) => ({
      ...(accountId ? { accountId } : {}),
      globalPermissions: ['ADMINISTER'],
      projectPermissions: [{ permissions: ['ADMINISTER_PROJECTS', 'BROWSE_PROJECTS'], projects: [SUP, ENG] }],
    });
    const grants = (body: { projectPermissions: { permission: string; projects: number[] }[] }) =>
      Object.fromEntries(body.projectPermissions.map((grant) => [grant.permission, grant.projects.sort()]));

    test.each(ROLE_GRANTS)('the app asks about %s', async (who, global, projects) => {
      const { status, body } = await h.call('app', 'POST', '/rest/api/3/permissions/check', roleQuestion(id(who)));
      expect(status).toBe(200);
      expect(body.globalPermissions).toEqual(global);
      expect(grants(body)).toEqual(projects);
      body.projectPermissions.forEach((grant: { issues: number[] }) => expect(grant.issues).toEqual([]));
    });

    test.each(ROLE_GRANTS.filter(([who]) => who !== 'gdprClosed'))('%s asks about themselves; a Jira admin asks about them: the same answer', async (who, global, projects) => {
      const own = await h.call(who, 'POST', '/rest/api/3/permissions/check', roleQuestion());
      const asked = await h.call('admin', 'POST', '/rest/api/3/permissions/check', roleQuestion(id(who)));
      for (const { status, body } of [own, asked]) {
        expect(status).toBe(200);
        expect(body.globalPermissions).toEqual(global);
        expect(grants(body)).toEqual(projects);
      }
    });

    test('without accountId: the caller’s own permissions', async () => {
      const { body } = await h.call('projectAdmin', 'POST', '/rest/api/3/permissions/check', {
        globalPermissions: ['ADMINISTER', 'USER_PICKER'],
        projectPermissions: [{ permissions: ['ADMINISTER_PROJECTS'], projects: [SUP, ENG, 99999] }],
      });
      expect(body).toEqual({ globalPermissions: ['USER_PICKER'], projectPermissions: [{ permission: 'ADMINISTER_PROJECTS', projects: [SUP], issues: [] }] });
    });

    test('a Jira admin may check others; anyone else gets 403', async () => {
      expect((await h.call('admin', 'POST', '/rest/api/3/permissions/check', roleQuestion(id('outsider')))).status).toBe(200);
      expect(await h.call('outsider', 'POST', '/rest/api/3/permissions/check', roleQuestion(id('admin')))).toEqual({ status: 403, body: jiraError });
    });

    test('anonymous callers hold nothing', async () => {
      const { status, body } = await h.call(null, 'POST', '/rest/api/3/permissions/check', { globalPermissions: ['ADMINISTER'] });
      expect(status).toBe(200);
      expect(body).toEqual({ globalPermissions: [], projectPermissions: [] });
    });

    test.each([
      ['an unknown global permission', { globalPermissions: ['RULE_THE_WORLD'] }],
      ['a project permission asked as global', { globalPermissions: ['BROWSE_PROJECTS'] }],
      ['an item without permissions', { projectPermissions: [{ permissions: [], projects: [SUP] }] }],
      ['an unknown account', { accountId: '557058:gone', globalPermissions: ['ADMINISTER'] }],
    ])('400 for %s', async (_, request) => {
      expect(await h.call('app', 'POST', '/rest/api/3/permissions/check', request)).toEqual({ status: 400, body: jiraError });
    });

    test('project ids as keys: a request the spec forbids, answered 200 with the ids ignored', async () => {
      const { status } = await h.call('app', 'POST', '/rest/api/3/permissions/check', { projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], projects: ['SUP'] }] });
      expect(status).toBe(200);
      h.expectViolations([{ operationId: 'getBulkPermissions', where: 'request' }]);
    });
  });

  describe('GET /rest/api/3/mypermissions', () => {
    const have = async (who: Parameters<Harness['call']>[0], query: string) => {
      const { status, body } = await h.call(who, 'GET', `/rest/api/3/mypermissions?${query}`);
      expect(status).toBe(200);
      return Object.fromEntries(Object.entries(body.permissions as Record<string, { havePermission: boolean }>).map(([key, value]) => [key, value.havePermission]));
    };

    test('in a project context', async () => {
      expect(await have('projectAdmin', 'projectKey=SUP&permissions=ADMINISTER_PROJECTS,BROWSE_PROJECTS,ADMINISTER')).toEqual({
        ADMINISTER_PROJECTS: true,
        BROWSE_PROJECTS: true,
        ADMINISTER: false,
      });
      expect(await have('projectAdmin', `projectId=${ENG}&permissions=ADMINISTER_PROJECTS,BROWSE_PROJECTS`)).toEqual({ ADMINISTER_PROJECTS: false, BROWSE_PROJECTS: true });
      expect(await have('outsider', 'projectKey=ENG&permissions=BROWSE_PROJECTS,CREATE_ISSUES')).toEqual({ BROWSE_PROJECTS: true, CREATE_ISSUES: true });
    });

    test('globally: a project permission counts when held in any project', async () => {
      expect(await have('admin', 'permissions=ADMINISTER,ADMINISTER_PROJECTS')).toEqual({ ADMINISTER: true, ADMINISTER_PROJECTS: true });
      expect(await have('outsider', 'permissions=ADMINISTER,ADMINISTER_PROJECTS,BROWSE_PROJECTS')).toEqual({ ADMINISTER: false, ADMINISTER_PROJECTS: false, BROWSE_PROJECTS: true });
      expect(await have('app', 'permissions=ADMINISTER,SERVICEDESK_AGENT')).toEqual({ ADMINISTER: false, SERVICEDESK_AGENT: true });
    });

    test.each([
      ['no permissions parameter', 'outsider', 'projectKey=ENG', 400],
      ['an unknown permission key', 'outsider', 'permissions=FLY', 400],
      ['a project the caller cannot see', 'outsider', 'projectKey=SUP&permissions=BROWSE_PROJECTS', 404],
      ['an unknown project', 'admin', 'projectKey=NOPE&permissions=BROWSE_PROJECTS', 404],
      ['an issue (none exist yet)', 'admin', 'issueKey=SUP-1&permissions=BROWSE_PROJECTS', 404],
      ['no credentials', null, 'permissions=BROWSE_PROJECTS', 401],
    ] as const)('%s: %s', async (_, who, query, status) => {
      expect(await h.call(who, 'GET', `/rest/api/3/mypermissions?${query}`)).toEqual({ status, body: jiraError });
    });
  });
}
