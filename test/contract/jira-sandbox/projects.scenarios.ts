import { SEED_ISSUE_TYPES, SEED_PROJECTS, SEED_SITE } from '../../../local/sandbox/jira';
import { id, jiraError, type Harness } from '../support/contract-harness';

/** Projects and the site itself. */
export function projectScenarios(h: Harness): void {
  describe('GET /rest/api/3/serverInfo', () => {
    test('anonymously and as the app: the site’s public base URL', async () => {
      for (const who of [null, 'app'] as const) {
        const { status, body } = await h.call(who, 'GET', '/rest/api/3/serverInfo');
        expect(status).toBe(200);
        expect(body).toMatchObject({ baseUrl: SEED_SITE.url, deploymentType: 'Cloud' });
      }
    });

    test('401 for wrong credentials, even though anonymous access is allowed', async () => {
      const wrong = { authorization: `Basic ${Buffer.from(`${id('app')}:guess`).toString('base64')}` };
      expect(await h.call(wrong, 'GET', '/rest/api/3/serverInfo')).toEqual({ status: 401, body: jiraError });
    });
  });

  describe('GET /rest/api/3/project/{projectIdOrKey}', () => {
    test('SUP by key and by id: a service desk project with its issue type and lead', async () => {
      for (const idOrKey of ['SUP', SEED_PROJECTS.SUP.id, 'sup']) {
        const { status, body } = await h.call('app', 'GET', `/rest/api/3/project/${idOrKey}`);
        expect(status).toBe(200);
        expect(body).toMatchObject({ id: SEED_PROJECTS.SUP.id, key: 'SUP', name: 'Support', projectTypeKey: 'service_desk', lead: { accountId: id('projectAdmin') } });
        expect(body.issueTypes.map((type: { name: string }) => type.name)).toEqual([SEED_ISSUE_TYPES.serviceRequest.name]);
        expect(body.roles).toHaveProperty('Administrators', `${SEED_SITE.url}/rest/api/3/project/${SEED_PROJECTS.SUP.id}/role/10002`);
      }
    });

    test('ENG as an ordinary user', async () => {
      const { status, body } = await h.call('outsider', 'GET', '/rest/api/3/project/ENG?expand=description,lead');
      expect(status).toBe(200);
      expect(body).toMatchObject({ key: 'ENG', projectTypeKey: 'software' });
    });

    test.each([
      ['projectAdmin', 'SUP', 200],
      ['projectAdmin', 'ENG', 200],
      ['freshdeskAgent', 'ENG', 200],
      ['freshdeskAgent', 'SUP', 404],
      ['freshdeskAgent', SEED_PROJECTS.SUP.id, 404],
      ['outsider', SEED_PROJECTS.SUP.id, 404],
      ['customerCasey', 'SUP', 404],
    ] as const)('as %s, %s: %s (a project the caller cannot browse does not exist for them)', async (who, idOrKey, status) => {
      const answer = await h.call(who, 'GET', `/rest/api/3/project/${idOrKey}`);
      expect(answer.status).toBe(status);
      if (status === 404) expect(answer.body).toEqual(jiraError);
    });

    test.each([
      ['a project the caller cannot browse', 'outsider', 'SUP', 404],
      ['a project that does not exist', 'admin', 'NOPE', 404],
      ['an id that does not exist', 'app', '10999', 404],
      ['no credentials', null, 'SUP', 401],
    ] as const)('%s', async (_, who, idOrKey, status) => {
      expect(await h.call(who, 'GET', `/rest/api/3/project/${idOrKey}`)).toEqual({ status, body: jiraError });
    });
  });

  describe('GET /rest/api/3/project/search', () => {
    const keys = async (who: Parameters<Harness['call']>[0], query = '') => {
      const { status, body } = await h.call(who, 'GET', `/rest/api/3/project/search${query}`);
      expect(status).toBe(200);
      return body.values.map((project: { key: string }) => project.key);
    };

    test('only what the caller may see', async () => {
      expect(await keys('app')).toEqual(['ENG', 'SUP']);
      expect(await keys('admin')).toEqual(['ENG', 'SUP']);
      expect(await keys('projectAdmin')).toEqual(['ENG', 'SUP']);
      expect(await keys('outsider')).toEqual(['ENG']);
      expect(await keys('customerCasey')).toEqual([]);
    });

    test.each([
      ['projectAdmin', ['ENG', 'SUP'], ['SUP']],
      ['freshdeskAgent', ['ENG'], []],
      ['outsider', ['ENG'], []],
    ] as const)('as %s: the projects they may browse, and those they administer', async (who, browse, administer) => {
      expect(await keys(who)).toEqual(browse);
      expect(await keys(who, '?action=browse')).toEqual(browse);
      expect(await keys(who, '?action=edit')).toEqual(administer);
      // The same answer permissions/check gives about them, so the two can never disagree.
      const { body } = await h.call('app', 'POST', '/rest/api/3/permissions/check', {
        accountId: id(who),
        projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], projects: [Number(SEED_PROJECTS.SUP.id), Number(SEED_PROJECTS.ENG.id)] }],
      });
      const browsable = body.projectPermissions.flatMap((grant: { projects: number[] }) => grant.projects);
      expect(h.sandbox.site.projects.filter((project) => browsable.includes(Number(project.id))).map((project) => project.key).sort()).toEqual(browse);
    });

    test('filters, ordering and the edit action', async () => {
      expect(await keys('app', '?typeKey=service_desk')).toEqual(['SUP']);
      expect(await keys('app', '?query=engin')).toEqual(['ENG']);
      expect(await keys('app', '?keys=SUP')).toEqual(['SUP']);
      expect(await keys('app', `?id=${SEED_PROJECTS.ENG.id}`)).toEqual(['ENG']);
      expect(await keys('app', '?orderBy=-key')).toEqual(['SUP', 'ENG']);
      expect(await keys('projectAdmin', '?action=edit')).toEqual(['SUP']);
      expect(await keys('admin', '?action=edit')).toEqual(['ENG', 'SUP']);
    });

    test('paging and expansion', async () => {
      const { body } = await h.call('app', 'GET', '/rest/api/3/project/search?maxResults=1&expand=description,lead,issueTypes');
      expect(body).toMatchObject({ startAt: 0, maxResults: 1, total: 2, isLast: false, nextPage: `${SEED_SITE.url}/rest/api/3/project/search?startAt=1&maxResults=1` });
      expect(body.values[0]).toMatchObject({ key: 'ENG', description: expect.any(String), lead: { accountId: id('admin') } });
      const last = await h.call('app', 'GET', '/rest/api/3/project/search?startAt=1&maxResults=1');
      expect(last.body).toMatchObject({ isLast: true, values: [{ key: 'SUP' }] });
      expect(last.body).not.toHaveProperty('nextPage');
    });

    test('401 without credentials', async () => {
      expect(await h.call(null, 'GET', '/rest/api/3/project/search')).toEqual({ status: 401, body: jiraError });
    });

    test('maxResults above the spec’s 100: a request the spec forbids', async () => {
      expect((await h.call('app', 'GET', '/rest/api/3/project/search?maxResults=500')).status).toBe(200);
      h.expectViolations([{ operationId: 'searchProjects', where: 'request' }]);
    });
  });
}
