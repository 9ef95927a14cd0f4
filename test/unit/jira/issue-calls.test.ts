import { SEED_CUSTOM_FIELDS, SEED_ISSUE_TYPES, SEED_PROJECTS } from '../../../local/sandbox/jira';
import { bulkCreateIssues } from '../../../src/jira/bulk-create-issues';
import { createIssue } from '../../../src/jira/create-issue';
import { deleteIssueProperty } from '../../../src/jira/delete-issue-property';
import { editIssue } from '../../../src/jira/edit-issue';
import { getIssue } from '../../../src/jira/get-issue';
import { getIssueProperty } from '../../../src/jira/get-issue-property';
import { JiraRequestError } from '../../../src/jira/jira-error';
import { searchIssues } from '../../../src/jira/search-issues';
import { setIssueProperty } from '../../../src/jira/set-issue-property';
import { adf, useJiraCalls } from './support/jira-calls-harness';

const h = useJiraCalls();
const SUP = { projectId: SEED_PROJECTS.SUP.id, issueTypeId: SEED_ISSUE_TYPES.serviceRequest.id };

describe('creating and reading issues as the app', () => {
  test('createIssue with properties, then getIssue', async () => {
    const made = await h.run(() =>
      createIssue({
        ...SUP,
        summary: 'VPN down',
        description: adf('Since 9am'),
        labels: ['network'],
        priorityName: 'high',
        fields: { [SEED_CUSTOM_FIELDS.plan.id]: { value: 'Standard' } },
        properties: [{ key: 'deskbridge', value: { tool: 'zendesk', ticketId: '9' } }],
      }),
    );
    expect(made).toEqual({ id: expect.stringMatching(/^\d+$/), key: expect.stringMatching(/^SUP-\d+$/) });
    const issue = await h.run(() => getIssue(made.key, { properties: ['deskbridge'] }));
    expect(issue).toMatchObject({
      id: made.id,
      key: made.key,
      projectId: SEED_PROJECTS.SUP.id,
      issueTypeId: SEED_ISSUE_TYPES.serviceRequest.id,
      summary: 'VPN down',
      description: adf('Since 9am'),
      status: { name: 'New', categoryKey: 'new' },
      labels: ['network'],
      priority: { id: '2', name: 'High' },
      reporterAccountId: expect.any(String),
      properties: { deskbridge: { tool: 'zendesk', ticketId: '9' } },
    });
    expect(issue.fields[SEED_CUSTOM_FIELDS.plan.id]).toMatchObject({ value: 'Standard' });
    expect(issue).not.toHaveProperty('assigneeAccountId');
  });

  test('a refused field comes back with Jira’s per-field message', async () => {
    const refusal = await h.run(() => createIssue({ ...SUP, summary: 'x', priorityName: 'Blocker' })).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(JiraRequestError);
    expect(refusal).toMatchObject({ kind: 'invalid', status: 400, fieldErrors: { priority: 'The priority selected is invalid.' } });
    expect((refusal as Error).message).toContain('priority: The priority selected is invalid.');
  });

  test('bulkCreateIssues reports each input by its position', async () => {
    const result = await h.run(() => bulkCreateIssues([{ ...SUP, summary: 'one' }, { ...SUP, summary: '' }, { ...SUP, summary: 'three' }]));
    expect(result.created.map((item) => item.index)).toEqual([0, 2]);
    expect(result.failed).toEqual([{ index: 1, status: 400, message: 'summary: You must specify a summary of the issue.' }]);
    const all = await h.run(() => bulkCreateIssues([{ ...SUP, summary: '' }]));
    expect(all).toEqual({ created: [], failed: [expect.objectContaining({ index: 0 })] });
  });

  test('getIssue of an issue that does not exist: not-found', async () => {
    await expect(h.run(() => getIssue('SUP-99999'))).rejects.toMatchObject({ kind: 'not-found', status: 404 });
  });
});

describe('editing, properties and search', () => {
  test('editIssue with fields and update', async () => {
    const { key } = await h.run(() => createIssue({ ...SUP, summary: 'Edit', labels: ['a'] }));
    await h.run(() => editIssue(key, { fields: { summary: 'Edited', [SEED_CUSTOM_FIELDS.seats.id]: 12 }, update: { labels: [{ add: 'b' }, { remove: 'a' }] } }));
    const issue = await h.run(() => getIssue(key, { fields: [SEED_CUSTOM_FIELDS.seats.id] }));
    expect(issue).toMatchObject({ summary: 'Edited', labels: ['b'], fields: { [SEED_CUSTOM_FIELDS.seats.id]: 12 } });
    await expect(h.run(() => editIssue(key, { fields: { [SEED_CUSTOM_FIELDS.renewalDate.id]: '2027-01-01' } }))).rejects.toMatchObject({
      fieldErrors: { [SEED_CUSTOM_FIELDS.renewalDate.id]: expect.stringContaining('not on the appropriate screen') },
    });
  });

  test('set, get (undefined when absent), delete (twice is fine) a property', async () => {
    const { id } = await h.run(() => createIssue({ ...SUP, summary: 'Props' }));
    expect(await h.run(() => getIssueProperty(id, 'deskbridge'))).toBeUndefined();
    await h.run(() => setIssueProperty(id, 'deskbridge', { tool: 'intercom' }));
    expect(await h.run(() => getIssueProperty(id, 'deskbridge'))).toEqual({ tool: 'intercom' });
    await h.run(() => deleteIssueProperty(id, 'deskbridge'));
    await h.run(() => deleteIssueProperty(id, 'deskbridge'));
    expect(await h.run(() => getIssueProperty(id, 'deskbridge'))).toBeUndefined();
  });

  test('searchIssues pages with tokens and finds issues by indexed property', async () => {
    const made = [];
    for (const n of [1, 2, 3]) made.push(await h.run(() => createIssue({ ...SUP, summary: `page ${n}`, labels: ['paging'], properties: [{ key: 'deskbridge', value: { tool: n === 2 ? 'servicenow' : 'none' } }] })));
    const first = await h.run(() => searchIssues('labels = paging ORDER BY created ASC', { maxResults: 2, properties: ['deskbridge'] }));
    expect(first.issues.map((issue) => issue.key)).toEqual([made[0].key, made[1].key]);
    expect(first.issues[0]).toMatchObject({ summary: 'page 1', status: { categoryKey: 'new' }, properties: { deskbridge: { tool: 'none' } } });
    const second = await h.run(() => searchIssues('labels = paging ORDER BY created ASC', { maxResults: 2, nextPageToken: first.nextPageToken }));
    expect(second).toEqual({ issues: [expect.objectContaining({ key: made[2].key })] });
    const linked = await h.run(() => searchIssues('labels = paging AND issue.property[deskbridge].tool = servicenow'));
    expect(linked.issues.map((issue) => issue.id)).toEqual([made[1].id]);
    await expect(h.run(() => searchIssues('labels = paging AND bogus = 1'))).rejects.toMatchObject({ kind: 'invalid', errorMessages: [expect.stringContaining("Field 'bogus'")] });
  });
});
