import { SEED_CUSTOM_FIELDS, SEED_ISSUE_TYPES, SEED_PROJECTS } from '../../../local/sandbox/jira';
import { addComment } from '../../../src/jira/add-comment';
import { createIssue } from '../../../src/jira/create-issue';
import { getCreateScreenFields } from '../../../src/jira/get-create-screen-fields';
import { getEditScreenFields } from '../../../src/jira/get-edit-screen-fields';
import { getIssue } from '../../../src/jira/get-issue';
import { getTransitions } from '../../../src/jira/get-transitions';
import { listComments } from '../../../src/jira/list-comments';
import { listFields } from '../../../src/jira/list-fields';
import { listPriorities } from '../../../src/jira/list-priorities';
import { listProjectStatuses } from '../../../src/jira/list-project-statuses';
import { transitionIssue } from '../../../src/jira/transition-issue';
import { adf, useJiraCalls } from './support/jira-calls-harness';

const h = useJiraCalls();
const SUP = { projectId: SEED_PROJECTS.SUP.id, issueTypeId: SEED_ISSUE_TYPES.serviceRequest.id };

describe('comments as the app', () => {
  test('addComment (public, internal, restricted) and listComments across pages', async () => {
    const { key } = await h.run(() => createIssue({ ...SUP, summary: 'Chatty' }));
    const pub = await h.run(() => addComment(key, { body: adf('Hi'), properties: [{ key: 'deskbridge', value: { origin: 'zendesk' } }] }));
    expect(pub).toMatchObject({ body: adf('Hi'), internal: false, restricted: false, properties: { deskbridge: { origin: 'zendesk' } }, authorAccountId: expect.any(String) });
    const note = await h.run(() => addComment(key, { body: adf('Agents only'), internal: true }));
    expect(note).toMatchObject({ internal: true, properties: { 'sd.public.comment': { internal: true } } });
    await h.run(() => addComment(key, { body: adf('Admins'), visibility: { type: 'role', value: 'Administrators' } }));
    // A hundred more, straight into the state, so listing needs a second page.
    const record = h.sandbox.site.issues.find((issue) => issue.key === key)!;
    for (let n = 0; n < 100; n += 1) record.comments.push({ ...structuredClone(record.comments[0]), id: String(90000 + n) });
    const comments = await h.run(() => listComments(key));
    expect(comments).toHaveLength(103);
    expect(comments.slice(0, 3).map((comment) => [comment.internal, comment.restricted])).toEqual([[false, false], [true, false], [false, true]]);
  });
});

describe('transitions as the app', () => {
  test('the resolve screen asks for a resolution; transitionIssue with it resolves', async () => {
    const { key } = await h.run(() => createIssue({ ...SUP, summary: 'Resolve' }));
    const transitions = await h.run(() => getTransitions(key, { withFields: true }));
    const resolve = transitions.find((transition) => transition.name === 'Resolve')!;
    expect(resolve).toEqual({ id: '41', name: 'Resolve', to: { id: '5', name: 'Resolved', categoryKey: 'done' }, fields: { assignee: { required: false, name: 'Assignee' }, resolution: { required: true, name: 'Resolution' } } });
    expect((await h.run(() => getTransitions(key)))[0].fields).toEqual({});
    await expect(h.run(() => transitionIssue(key, '41'))).rejects.toMatchObject({ kind: 'invalid', fieldErrors: { resolution: 'Resolution is required.' } });
    await h.run(() => transitionIssue(key, '41', { fields: { resolution: { name: 'Done' } } }));
    expect((await h.run(() => getIssue(key))).status).toEqual({ id: '5', name: 'Resolved', categoryKey: 'done' });
  });
});

describe('site and project metadata as the app', () => {
  test('fields, priorities, statuses, create and edit screens', async () => {
    const fields = await h.run(() => listFields());
    expect(fields).toEqual(expect.arrayContaining([{ id: SEED_CUSTOM_FIELDS.seats.id, name: 'Seats', custom: true, type: 'number', customType: expect.stringContaining(':float'), clauseNames: ['cf[10101]', 'Seats'] }]));
    expect((await h.run(() => listPriorities())).map((priority) => priority.name)).toEqual(['Highest', 'High', 'Medium', 'Low', 'Lowest']);
    const statuses = await h.run(() => listProjectStatuses(SEED_PROJECTS.SUP.id));
    expect(statuses).toEqual([expect.objectContaining({ issueTypeId: SUP.issueTypeId, issueTypeName: 'Service Request' })]);
    expect(statuses[0].statuses.map((status) => `${status.name}:${status.categoryKey}`)).toEqual(['New:new', 'In Progress:indeterminate', 'Waiting for customer:indeterminate', 'Resolved:done', 'Closed:done', 'Reopened:new']);

    const create = await h.run(() => getCreateScreenFields(SUP.projectId, SUP.issueTypeId));
    expect(create.find((field) => field.id === 'summary')).toMatchObject({ required: true, type: 'string' });
    expect(create.find((field) => field.id === SEED_CUSTOM_FIELDS.plan.id)?.allowedValues?.map((value) => value.name)).toEqual(['Free', 'Standard', 'Premium']);
    const { id } = await h.run(() => createIssue({ ...SUP, summary: 'Screens' }));
    const edit = await h.run(() => getEditScreenFields(id));
    expect(edit.map((field) => field.id)).toContain(SEED_CUSTOM_FIELDS.seats.id);
    expect(edit.find((field) => field.id === 'labels')).toMatchObject({ type: 'array', items: 'string' });
  });
});
