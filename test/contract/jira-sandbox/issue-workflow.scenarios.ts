import { SEED_CUSTOM_FIELDS, SEED_ISSUE_TYPES, SEED_PROJECTS } from '../../../local/sandbox/jira';
import { id, jiraError, type Harness } from '../support/contract-harness';
import { adf, engIssue, supIssue } from './issues.scenarios';

/** Transitions with screens, statuses, priorities, fields, create and edit metadata. */
export function issueWorkflowScenarios(h: Harness): void {
  const newIssue = async (request: unknown) => (await h.call('app', 'POST', '/rest/api/3/issue', request)).body as { id: string; key: string };

  describe('/rest/api/3/issue/{issueIdOrKey}/transitions', () => {
    test('the transitions from New, with screens when expanded', async () => {
      const issue = await newIssue(supIssue('Transition me'));
      const { status, body } = await h.call('app', 'GET', `/rest/api/3/issue/${issue.key}/transitions?expand=transitions.fields`);
      expect(status).toBe(200);
      expect(body.transitions.map((transition: { id: string }) => transition.id)).toEqual(['11', '21', '41']);
      const resolve = body.transitions.find((transition: { id: string }) => transition.id === '41');
      expect(resolve).toMatchObject({ name: 'Resolve', to: { name: 'Resolved', statusCategory: { key: 'done' } }, hasScreen: true });
      expect(resolve.fields).toMatchObject({ resolution: { required: true, name: 'Resolution' }, assignee: { required: false, name: 'Assignee' } });
      const plain = await h.call('app', 'GET', `/rest/api/3/issue/${issue.key}/transitions?transitionId=11`);
      expect(plain.body.transitions).toHaveLength(1);
      expect(plain.body.transitions[0]).not.toHaveProperty('fields');
    });

    test('resolving needs its screen’s resolution; then the issue is resolved; reopening clears it', async () => {
      const issue = await newIssue(supIssue('Resolve me'));
      const path = `/rest/api/3/issue/${issue.key}/transitions`;
      expect(await h.call('app', 'POST', path, { transition: { id: '41' } })).toEqual({ status: 400, body: { errorMessages: [], errors: { resolution: 'Resolution is required.' } } });
      expect(await h.call('app', 'POST', path, { transition: { id: '41' }, fields: { resolution: { name: 'Done' }, summary: 'x' } })).toEqual({
        status: 400,
        body: { errorMessages: [], errors: { summary: expect.stringContaining('not on the appropriate screen') } },
      });
      const done = await h.call('app', 'POST', path, {
        transition: { id: '41' },
        fields: { resolution: { name: "Won't Do" }, assignee: { accountId: id('projectAdmin') } },
        update: { comment: [{ add: { body: adf('Resolved by the help desk') } }] },
      });
      expect(done).toEqual({ status: 204, body: undefined });
      const read = await h.call('app', 'GET', `/rest/api/3/issue/${issue.key}?fields=status,resolution,resolutiondate,assignee,comment`);
      expect(read.body.fields).toMatchObject({ status: { name: 'Resolved' }, resolution: { name: "Won't Do" }, assignee: { accountId: id('projectAdmin') }, comment: { total: 1 } });
      expect(read.body.fields.resolutiondate).toEqual(expect.any(String));
      expect(await h.call('app', 'POST', path, { transition: { id: '41' }, fields: { resolution: { name: 'Done' } } })).toEqual({
        status: 400,
        body: { errorMessages: ["Transition id '41' is not valid for this issue."], errors: {} },
      });
      await h.call('app', 'POST', path, { transition: { id: '61' } });
      expect((await h.call('app', 'GET', `/rest/api/3/issue/${issue.key}?fields=resolution,status`)).body.fields).toMatchObject({ resolution: null, status: { name: 'Reopened' } });
    });

    test('ENG’s global transitions: Done sets the resolution Done', async () => {
      const issue = await newIssue(engIssue('Global'));
      expect((await h.call('outsider', 'POST', `/rest/api/3/issue/${issue.key}/transitions`, { transition: { id: '31' } })).status).toBe(204);
      expect((await h.call('app', 'GET', `/rest/api/3/issue/${issue.key}?fields=resolution`)).body.fields.resolution).toMatchObject({ name: 'Done' });
      const { body } = await h.call('app', 'GET', `/rest/api/3/issue/${issue.key}/transitions`);
      expect(body.transitions.map((transition: { name: string; isGlobal: boolean }) => [transition.name, transition.isGlobal])).toEqual([['To Do', true], ['In Progress', true]]);
    });

    test('404 for an issue the caller cannot see', async () => {
      const issue = await newIssue(supIssue('Hidden'));
      expect(await h.call('outsider', 'GET', `/rest/api/3/issue/${issue.key}/transitions`)).toEqual({ status: 404, body: jiraError });
      expect(await h.call('outsider', 'POST', `/rest/api/3/issue/${issue.key}/transitions`, { transition: { id: '11' } })).toEqual({ status: 404, body: jiraError });
    });
  });

  describe('issue metadata', () => {
    test('GET /rest/api/3/priority, /field, /project/{key}/statuses', async () => {
      const priorities = await h.call('app', 'GET', '/rest/api/3/priority');
      expect(priorities.body.map((priority: { id: string; name: string }) => `${priority.id} ${priority.name}`)).toEqual(['1 Highest', '2 High', '3 Medium', '4 Low', '5 Lowest']);
      const fields = await h.call('app', 'GET', '/rest/api/3/field');
      expect(fields.body).toEqual(expect.arrayContaining([expect.objectContaining({ id: SEED_CUSTOM_FIELDS.plan.id, name: 'Plan', custom: true, schema: expect.objectContaining({ type: 'option' }) })]));
      const statuses = await h.call('app', 'GET', `/rest/api/3/project/${SEED_PROJECTS.ENG.key}/statuses`);
      expect(statuses.body.map((type: { name: string }) => type.name)).toEqual(['Task', 'Bug']);
      expect(statuses.body[0].statuses.map((status: { name: string }) => status.name)).toEqual(['To Do', 'In Progress', 'Done']);
      expect(await h.call('outsider', 'GET', '/rest/api/3/project/SUP/statuses')).toEqual({ status: 404, body: jiraError });
    });

    test('GET /rest/api/3/issue/createmeta/{project}/issuetypes/{issueType}', async () => {
      const { status, body } = await h.call('app', 'GET', `/rest/api/3/issue/createmeta/SUP/issuetypes/${SEED_ISSUE_TYPES.serviceRequest.id}`);
      expect(status).toBe(200);
      const byId = Object.fromEntries(body.fields.map((field: { fieldId: string }) => [field.fieldId, field]));
      expect(byId.summary).toMatchObject({ required: true, name: 'Summary' });
      expect(byId[SEED_CUSTOM_FIELDS.plan.id].allowedValues.map((option: { value: string }) => option.value)).toEqual(['Free', 'Standard', 'Premium']);
      expect(byId).not.toHaveProperty(SEED_CUSTOM_FIELDS.seats.id);
      expect(await h.call('app', 'GET', `/rest/api/3/issue/createmeta/SUP/issuetypes/${SEED_ISSUE_TYPES.bug.id}`)).toEqual({ status: 400, body: jiraError });
    });

    test('GET /rest/api/3/issue/{issueIdOrKey}/editmeta', async () => {
      const issue = await newIssue(engIssue('Meta'));
      const { body } = await h.call('app', 'GET', `/rest/api/3/issue/${issue.key}/editmeta`);
      expect(Object.keys(body.fields)).toEqual(expect.arrayContaining(['summary', 'labels', SEED_CUSTOM_FIELDS.seats.id, SEED_CUSTOM_FIELDS.renewalDate.id]));
      expect(body.fields.labels.operations).toEqual(['add', 'set', 'remove']);
      expect(await h.call('outsider', 'GET', `/rest/api/3/issue/${(await newIssue(supIssue('x'))).key}/editmeta`)).toEqual({ status: 404, body: jiraError });
    });
  });
}
