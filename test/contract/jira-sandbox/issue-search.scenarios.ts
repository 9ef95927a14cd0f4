import { jiraError, type Harness } from '../support/contract-harness';
import { adf, engIssue, supIssue } from './issues.scenarios';

/** Entity properties, JQL search, and the sandbox's issue controls (move, dates, workflow). */
export function issueSearchScenarios(h: Harness): void {
  const newIssue = async (request: unknown) => (await h.call('app', 'POST', '/rest/api/3/issue', request)).body as { id: string; key: string };
  const search = (body: unknown, who: Parameters<Harness['call']>[0] = 'app') => h.call(who, 'POST', '/rest/api/3/search/jql', body);

  describe('/rest/api/3/issue/{issueIdOrKey}/properties', () => {
    test('set (201 then 200), read, list, delete', async () => {
      const issue = await newIssue(supIssue('Properties'));
      const path = `/rest/api/3/issue/${issue.key}/properties/deskbridge`;
      expect((await h.call('app', 'PUT', path, { tool: 'zendesk' })).status).toBe(201);
      expect((await h.call('app', 'PUT', path, { tool: 'zendesk', ticketId: '7' })).status).toBe(200);
      expect(await h.call('app', 'GET', path)).toEqual({ status: 200, body: { key: 'deskbridge', value: { tool: 'zendesk', ticketId: '7' } } });
      const keys = await h.call('app', 'GET', `/rest/api/3/issue/${issue.id}/properties`);
      expect(keys.body.keys).toEqual([{ key: 'deskbridge', self: expect.stringContaining(`/issue/${issue.id}/properties/deskbridge`) }]);
      expect(await h.call('app', 'DELETE', path)).toEqual({ status: 204, body: undefined });
      expect(await h.call('app', 'GET', path)).toEqual({ status: 404, body: jiraError });
      expect(await h.call('app', 'DELETE', path)).toEqual({ status: 404, body: jiraError });
    });

    test('404 for an issue the caller cannot see; 403 for setting without Edit Issues', async () => {
      const issue = await newIssue(supIssue('Private'));
      expect(await h.call('outsider', 'GET', `/rest/api/3/issue/${issue.key}/properties/deskbridge`)).toEqual({ status: 404, body: jiraError });
      expect(await h.call('customerCasey', 'PUT', `/rest/api/3/issue/${issue.key}/properties/deskbridge`, {})).toEqual({ status: 404, body: jiraError });
    });
  });

  describe('POST /rest/api/3/search/jql', () => {
    test('clauses, ORDER BY, fields, properties and token paging', async () => {
      h.sandbox.setIndexedProperties([{ propertyKey: 'deskbridge', paths: [{ path: 'tool', type: 'string' }, { path: 'note', type: 'text' }] }]);
      const a = await newIssue({ ...supIssue('Search alpha', { labels: ['jql-scenario'] }), properties: [{ key: 'deskbridge', value: { tool: 'freshdesk', note: 'VIP customer' } }] });
      const b = await newIssue({ ...engIssue('Search beta', { labels: ['jql-scenario'] }), properties: [{ key: 'deskbridge', value: { tool: 'zendesk' } }] });
      const c = await newIssue(engIssue('Search gamma', { labels: ['jql-scenario'], description: adf('needle in description') }));
      const keys = async (jql: string) => ((await search({ jql })).body.issues as { id: string }[]).map((issue) => issue.id);

      // ENG-… sorts before SUP-…
      expect(await keys('labels = jql-scenario ORDER BY key ASC')).toEqual([b.id, c.id, a.id]);
      expect(await keys('labels = jql-scenario AND issue.property[deskbridge].tool = freshdesk')).toEqual([a.id]);
      expect(await keys('labels = jql-scenario AND issue.property[deskbridge].tool IN (freshdesk, zendesk) ORDER BY created ASC')).toEqual([a.id, b.id]);
      expect(await keys('labels = jql-scenario AND issue.property[deskbridge].note ~ vip')).toEqual([a.id]);
      expect(await keys('labels = jql-scenario AND issue.property[deskbridge].tool IS EMPTY')).toEqual([c.id]);
      expect(await keys('labels = jql-scenario AND issue.property[deskbridge].other = x')).toEqual([]);
      expect(await keys('labels = jql-scenario AND (project = SUP OR text ~ needle) AND NOT statusCategory = Done ORDER BY created DESC')).toEqual([c.id, a.id]);
      expect(await keys(`labels = jql-scenario AND created >= -1d AND updated <= "2999-01-01 10:00" AND key != ${b.key}`)).toEqual([c.id, a.id]);

      const first = await search({ jql: 'labels = jql-scenario ORDER BY created ASC', maxResults: 2, fields: ['summary', 'status'], properties: ['deskbridge'] });
      expect(first.body).toMatchObject({ isLast: false, nextPageToken: expect.any(String) });
      expect(first.body.issues[0]).toMatchObject({ id: a.id, fields: { summary: 'Search alpha', status: { name: 'New' } }, properties: { deskbridge: { tool: 'freshdesk', note: 'VIP customer' } } });
      const second = await search({ jql: 'labels = jql-scenario ORDER BY created ASC', maxResults: 2, nextPageToken: first.body.nextPageToken });
      expect(second.body).toMatchObject({ isLast: true, issues: [{ id: c.id }] });
      expect(second.body.issues[0]).not.toHaveProperty('fields');
    });

    test('only issues the caller may browse', async () => {
      await newIssue(supIssue('Hidden from outsiders', { labels: ['jql-visibility'] }));
      await newIssue(engIssue('Seen by outsiders', { labels: ['jql-visibility'] }));
      const { body } = await search({ jql: 'labels = jql-visibility', fields: ['summary'] }, 'outsider');
      expect(body.issues.map((issue: { fields: { summary: string } }) => issue.fields.summary)).toEqual(['Seen by outsiders']);
    });

    test.each([
      ['an unknown field', 'projet = SUP', "Field 'projet' does not exist or you do not have permission to view it."],
      ['a value that does not exist', 'project = NOPE', "The value 'NOPE' does not exist for the field 'project'."],
      ['bad syntax', 'project = SUP AND', expect.stringContaining('Error in the JQL Query')],
      ['an unbounded query', 'ORDER BY created', expect.stringContaining('Unbounded')],
      ['an operator the field does not support', 'project ~ SUP', "The operator '~' is not supported by the 'project' field."],
    ])('400 for %s', async (_, jql, message) => {
      expect(await search({ jql })).toEqual({ status: 400, body: { errorMessages: [message], errors: {} } });
    });

    test('401 without credentials', async () => {
      expect(await search({ jql: 'project = SUP' }, null)).toEqual({ status: 401, body: jiraError });
    });
  });

  describe('sandbox issue controls', () => {
    test('move: a new key, the same id, the old key still resolves', async () => {
      const issue = await newIssue(supIssue('Move me'));
      const moved = await h.call(null, 'POST', `/__sandbox/issues/${issue.key}/move`, { projectKey: 'ENG' });
      expect(moved.body).toEqual({ id: issue.id, key: expect.stringMatching(/^ENG-\d+$/), previousKeys: [issue.key] });
      const read = await h.call('app', 'GET', `/rest/api/3/issue/${issue.key}?fields=project`);
      expect(read.body).toMatchObject({ id: issue.id, key: moved.body.key, fields: { project: { key: 'ENG' } } });
    });

    test('dates and workflow', async () => {
      const issue = await newIssue(engIssue('Old news', { labels: ['jql-dates'] }));
      await h.call(null, 'POST', `/__sandbox/issues/${issue.key}/dates`, { created: '2020-01-01T00:00:00Z' });
      expect((await search({ jql: 'labels = jql-dates AND created < 2021-01-01' })).body.issues).toEqual([expect.objectContaining({ id: issue.id })]);
      const workflow = h.sandbox.site.projects.find((project) => project.key === 'ENG')!.transitions;
      const replaced = await h.call(null, 'PUT', '/__sandbox/projects/ENG/workflow', { transitions: workflow.filter((transition) => transition.name !== 'Done') });
      expect(replaced.status).toBe(200);
      expect((await h.call('app', 'POST', `/rest/api/3/issue/${issue.key}/transitions`, { transition: { id: '31' } })).status).toBe(400);
      await h.call(null, 'PUT', '/__sandbox/projects/ENG/workflow', { transitions: workflow });
    });
  });
}
