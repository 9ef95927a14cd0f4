import { SEED_CUSTOM_FIELDS, SEED_ISSUE_TYPES, SEED_SITE } from '../../../local/sandbox/jira';
import { id, jiraError, type Harness } from '../support/contract-harness';

/** Issues: create (one and in bulk), read, edit, delete. */

export const adf = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

export const supIssue = (summary: string, extra: Record<string, unknown> = {}) => ({
  fields: { project: { key: 'SUP' }, issuetype: { id: SEED_ISSUE_TYPES.serviceRequest.id }, summary, ...extra },
});

export const engIssue = (summary: string, extra: Record<string, unknown> = {}) => ({
  fields: { project: { key: 'ENG' }, issuetype: { id: SEED_ISSUE_TYPES.task.id }, summary, ...extra },
});

export function issueScenarios(h: Harness): void {
  describe('POST /rest/api/3/issue', () => {
    test('as the app, with description, labels, priority, custom fields and properties', async () => {
      const { status, body } = await h.call('app', 'POST', '/rest/api/3/issue', {
        ...supIssue('Printer on fire', {
          description: adf('Smoke from tray 2'),
          labels: ['hardware', 'urgent'],
          priority: { name: 'High' },
          reporter: { accountId: id('customerCasey') },
          [SEED_CUSTOM_FIELDS.region.id]: 'EMEA',
          [SEED_CUSTOM_FIELDS.plan.id]: { value: 'Premium' },
        }),
        properties: [{ key: 'deskbridge', value: { tool: 'freshdesk', ticketId: '42' } }],
      });
      expect(status).toBe(201);
      expect(body).toEqual({ id: expect.stringMatching(/^\d+$/), key: expect.stringMatching(/^SUP-\d+$/), self: `${SEED_SITE.url}/rest/api/3/issue/${body.id}` });
      const read = await h.call('app', 'GET', `/rest/api/3/issue/${body.key}?properties=deskbridge`);
      expect(read.body.fields).toMatchObject({
        summary: 'Printer on fire',
        labels: ['hardware', 'urgent'],
        priority: { id: '2', name: 'High' },
        reporter: { accountId: id('customerCasey') },
        creator: { accountId: id('app') },
        status: { name: 'New', statusCategory: { key: 'new' } },
        [SEED_CUSTOM_FIELDS.region.id]: 'EMEA',
        [SEED_CUSTOM_FIELDS.plan.id]: { value: 'Premium', id: SEED_CUSTOM_FIELDS.plan.options.premium },
        resolution: null,
      });
      expect(read.body.properties).toEqual({ deskbridge: { tool: 'freshdesk', ticketId: '42' } });
    });

    test('by people who may create: ENG for every licensed user', async () => {
      const { status, body } = await h.call('outsider', 'POST', '/rest/api/3/issue', engIssue('Outsider bug'));
      expect(status).toBe(201);
      expect(body.key).toMatch(/^ENG-\d+$/);
    });

    test.each([
      ['no summary', supIssue('', {}), { summary: 'You must specify a summary of the issue.' }],
      ['an unknown field', supIssue('x', { customfield_99999: 'y' }), { customfield_99999: expect.stringContaining('cannot be set') }],
      ['a field not on the create screen (Seats)', supIssue('x', { [SEED_CUSTOM_FIELDS.seats.id]: 3 }), { [SEED_CUSTOM_FIELDS.seats.id]: expect.stringContaining('not on the appropriate screen') }],
      ['a select option that does not exist', supIssue('x', { [SEED_CUSTOM_FIELDS.plan.id]: { value: 'Gold' } }), { [SEED_CUSTOM_FIELDS.plan.id]: "Option value 'Gold' is not valid" }],
      ['an unknown priority', supIssue('x', { priority: { name: 'Blocker' } }), { priority: 'The priority selected is invalid.' }],
      ['a label with spaces', supIssue('x', { labels: ['two words'] }), { labels: "The label 'two words' contains spaces which is invalid." }],
      ['a description that is not ADF', supIssue('x', { description: 'plain text' }), { description: expect.stringContaining('Atlassian Document') }],
      ['an issue type the project lacks', engIssue('x', { issuetype: { id: SEED_ISSUE_TYPES.serviceRequest.id } }), { issuetype: 'Specify a valid issue type' }],
    ])('400 with the field’s message for %s', async (_, request, errors) => {
      expect(await h.call('app', 'POST', '/rest/api/3/issue', request)).toEqual({ status: 400, body: { errorMessages: [], errors } });
    });

    test('a project the caller cannot browse is not a valid project', async () => {
      expect(await h.call('outsider', 'POST', '/rest/api/3/issue', supIssue('x'))).toEqual({ status: 400, body: { errorMessages: [], errors: { project: 'Specify a valid project ID or key' } } });
    });

    test('401 without credentials', async () => {
      expect(await h.call(null, 'POST', '/rest/api/3/issue', supIssue('x'))).toEqual({ status: 401, body: jiraError });
    });
  });

  describe('POST /rest/api/3/issue/bulk', () => {
    test('each element succeeds or fails on its own', async () => {
      const { status, body } = await h.call('app', 'POST', '/rest/api/3/issue/bulk', {
        issueUpdates: [supIssue('Bulk one'), supIssue(''), engIssue('Bulk three')],
      });
      expect(status).toBe(201);
      expect(body.issues).toHaveLength(2);
      expect(body.errors).toEqual([{ status: 400, failedElementNumber: 1, elementErrors: { errorMessages: [], errors: { summary: 'You must specify a summary of the issue.' } } }]);
    });

    test('400 when every element fails', async () => {
      const { status, body } = await h.call('app', 'POST', '/rest/api/3/issue/bulk', { issueUpdates: [supIssue('')] });
      expect(status).toBe(400);
      expect(body).toMatchObject({ issues: [], errors: [{ failedElementNumber: 0 }] });
    });
  });

  describe('GET, PUT and DELETE /rest/api/3/issue/{issueIdOrKey}', () => {
    test('fields= narrows the fields; properties= adds properties', async () => {
      const { body: made } = await h.call('app', 'POST', '/rest/api/3/issue', { ...supIssue('Narrow me'), properties: [{ key: 'p1', value: 1 }, { key: 'p2', value: 2 }] });
      const { status, body } = await h.call('app', 'GET', `/rest/api/3/issue/${made.id}?fields=summary,labels&properties=p2`);
      expect(status).toBe(200);
      expect(Object.keys(body.fields).sort()).toEqual(['labels', 'summary']);
      expect(body.properties).toEqual({ p2: 2 });
      const all = await h.call('app', 'GET', `/rest/api/3/issue/${made.key}?fields=*all,-comment&properties=*all`);
      expect(all.body.fields).not.toHaveProperty('comment');
      expect(all.body.properties).toEqual({ p1: 1, p2: 2 });
    });

    test('edit with fields and update (labels add/remove); 200 with returnIssue', async () => {
      const { body: made } = await h.call('app', 'POST', '/rest/api/3/issue', supIssue('Edit me', { labels: ['old'] }));
      const edit = await h.call('app', 'PUT', `/rest/api/3/issue/${made.key}`, {
        fields: { summary: 'Edited', [SEED_CUSTOM_FIELDS.seats.id]: 25, assignee: { accountId: id('projectAdmin') } },
        update: { labels: [{ add: 'new' }, { remove: 'old' }] },
      });
      expect(edit.status).toBe(204);
      const returned = await h.call('app', 'PUT', `/rest/api/3/issue/${made.key}?returnIssue=true`, { fields: { priority: { id: '5' } } });
      expect(returned.status).toBe(200);
      expect(returned.body.fields).toMatchObject({ summary: 'Edited', labels: ['new'], [SEED_CUSTOM_FIELDS.seats.id]: 25, priority: { name: 'Lowest' }, assignee: { accountId: id('projectAdmin') } });
    });

    test('400 for a field off the edit screen, and for people who may not edit', async () => {
      const { body: made } = await h.call('app', 'POST', '/rest/api/3/issue', supIssue('Guarded'));
      const offScreen = await h.call('app', 'PUT', `/rest/api/3/issue/${made.key}`, { fields: { [SEED_CUSTOM_FIELDS.renewalDate.id]: '2026-01-01' } });
      expect(offScreen).toEqual({ status: 400, body: { errorMessages: [], errors: { [SEED_CUSTOM_FIELDS.renewalDate.id]: expect.stringContaining('not on the appropriate screen') } } });
      expect((await h.call('app', 'PUT', `/rest/api/3/issue/${made.key}`, { fields: { summary: '' } })).status).toBe(400);
    });

    test('404 for an issue the caller cannot browse, and after deletion', async () => {
      const { body: made } = await h.call('app', 'POST', '/rest/api/3/issue', supIssue('Doomed'));
      expect(await h.call('outsider', 'GET', `/rest/api/3/issue/${made.key}`)).toEqual({ status: 404, body: jiraError });
      expect(await h.call('outsider', 'DELETE', `/rest/api/3/issue/${made.key}`)).toEqual({ status: 404, body: jiraError });
      expect(await h.call('projectAdmin', 'DELETE', `/rest/api/3/issue/${made.key}`)).toEqual({ status: 204, body: undefined });
      expect(await h.call('app', 'GET', `/rest/api/3/issue/${made.id}`)).toEqual({ status: 404, body: jiraError });
    });

    test('403 for deleting without Delete Issues', async () => {
      const { body: made } = await h.call('outsider', 'POST', '/rest/api/3/issue', engIssue('Mine'));
      expect(await h.call('outsider', 'DELETE', `/rest/api/3/issue/${made.key}`)).toEqual({ status: 403, body: jiraError });
    });
  });
}
