import { SEED_PROJECTS, SEED_SERVICE_DESK, SEED_SITE } from '../../../local/sandbox/jira';
import { jsmError, type Harness } from '../support/contract-harness';

/** JSM: service desks and request types, with JSM's own paging and error shapes. */
export function serviceDeskScenarios(h: Harness): void {
  describe('GET /rest/servicedeskapi/servicedesk', () => {
    test.each([
      ['app', 1],
      ['admin', 1],
      ['projectAdmin', 1],
      ['customerCasey', 1],
      ['outsider', 0],
    ] as const)('as %s: %i desk(s)', async (who, count) => {
      const { status, body } = await h.call(who, 'GET', '/rest/servicedeskapi/servicedesk');
      expect(status).toBe(200);
      expect(body).toMatchObject({ size: count, start: 0, isLastPage: true, _links: { base: `${SEED_SITE.url}/rest/servicedeskapi` } });
      if (count) expect(body.values[0]).toMatchObject({ id: SEED_SERVICE_DESK.id, projectId: SEED_PROJECTS.SUP.id, projectKey: 'SUP', projectName: 'Support' });
    });

    test('401 in JSM’s error shape', async () => {
      expect(await h.call(null, 'GET', '/rest/servicedeskapi/servicedesk?start=0&limit=10')).toEqual({ status: 401, body: jsmError });
    });
  });

  describe('GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype', () => {
    const path = `/rest/servicedeskapi/servicedesk/${SEED_SERVICE_DESK.id}/requesttype`;

    test('the seeded request types, for agents, the app and customers', async () => {
      for (const who of ['app', 'projectAdmin', 'customerMorgan'] as const) {
        const { status, body } = await h.call(who, 'GET', path);
        expect(status).toBe(200);
        expect(body.values.map((type: { id: string; name: string }) => [type.id, type.name])).toEqual([
          ['10', 'Get IT help'],
          ['11', 'Report a bug'],
        ]);
        expect(body.values[0]).toMatchObject({ serviceDeskId: SEED_SERVICE_DESK.id, issueTypeId: expect.any(String) });
      }
    });

    test('searched by name, narrowed to a group, paged', async () => {
      const search = await h.call('app', 'GET', `${path}?searchQuery=bug`);
      expect(search.body.values.map((type: { name: string }) => type.name)).toEqual(['Report a bug']);
      const group = await h.call('app', 'GET', `${path}?groupId=2`);
      expect(group.body.values).toEqual([]);
      const page = await h.call('app', 'GET', `${path}?start=1&limit=1`);
      expect(page.body).toMatchObject({ start: 1, limit: 1, size: 1, isLastPage: true, values: [{ id: '11' }] });
      expect(page.body._links.prev).toBe(`${SEED_SITE.url}${path}?start=0&limit=1`);
    });

    test.each([
      ['a caller without access', 'outsider', SEED_SERVICE_DESK.id, 403],
      ['an unknown service desk', 'app', '99', 404],
      ['no credentials', null, SEED_SERVICE_DESK.id, 401],
    ] as const)('%s, in JSM’s error shape', async (_, who, deskId, status) => {
      expect(await h.call(who, 'GET', `/rest/servicedeskapi/servicedesk/${deskId}/requesttype`)).toEqual({ status, body: jsmError });
    });
  });
}
