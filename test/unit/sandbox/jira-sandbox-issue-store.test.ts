import { SEED_ISSUE_TYPES, SEED_PROJECTS, SEED_USERS } from '../../../local/sandbox/jira';
import { takeEvents } from '../../../local/sandbox/jira/events/product-events';
import { HttpError } from '../../../local/sandbox/jira/http-error';
import { seedSite } from '../../../local/sandbox/jira/seed/seed-site';
import { addComment, createIssue, deleteIssue, editIssue, findIssue, moveIssue, setProperty, transitionIssue } from '../../../local/sandbox/jira/state/issues';
import type { SiteState } from '../../../local/sandbox/jira/state/site-state';

/** The issue store's operations on a plain site: ids, keys, moves, transitions and the events they raise. */

const APP = SEED_USERS.app.accountId;
const doc = (text: string) => ({ type: 'doc' as const, version: 1 as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
let site: SiteState;

beforeEach(() => {
  site = seedSite();
});

const sup = (summary: string) => createIssue(site, { projectId: SEED_PROJECTS.SUP.id, issueTypeId: SEED_ISSUE_TYPES.serviceRequest.id, summary }, APP);

function refusal(fn: () => unknown): HttpError {
  try {
    fn();
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

test('ids run on across projects; keys number per project; the actor is reporter and creator', () => {
  const first = sup('one');
  const second = createIssue(site, { projectId: SEED_PROJECTS.ENG.id, issueTypeId: SEED_ISSUE_TYPES.bug.id, summary: 'two' }, APP);
  const third = sup('three');
  expect([first, second, third].map((issue) => [issue.id, issue.key])).toEqual([['10001', 'SUP-1'], ['10002', 'ENG-1'], ['10003', 'SUP-2']]);
  expect(first).toMatchObject({ statusId: '10010', priorityId: '3', reporterAccountId: APP, creatorAccountId: APP, history: [] });
  expect(takeEvents(site).map((event) => [event.eventType, (event.payload.issue as { key: string }).key])).toEqual([
    ['avi:jira:created:issue', 'SUP-1'],
    ['avi:jira:created:issue', 'ENG-1'],
    ['avi:jira:created:issue', 'SUP-2'],
  ]);
});

test('moving keeps the id, gives a new key, and the old key still finds the issue', () => {
  const issue = sup('travelling');
  takeEvents(site);
  const moved = moveIssue(site, issue.id, SEED_PROJECTS.ENG.id, SEED_USERS.admin.accountId);
  expect(moved).toMatchObject({ id: issue.id, key: 'ENG-1', projectId: SEED_PROJECTS.ENG.id, issueTypeId: SEED_ISSUE_TYPES.task.id, statusId: '10020', history: ['SUP-1'] });
  expect(findIssue(site, 'SUP-1')).toBe(moved);
  expect(findIssue(site, 'sup-1')).toBe(moved);
  expect(findIssue(site, issue.id)).toBe(moved);
  // A new issue in SUP does not reuse the old key.
  expect(sup('next').key).toBe('SUP-2');
  const [event] = takeEvents(site);
  expect(event).toMatchObject({ eventType: 'avi:jira:updated:issue', atlassianId: SEED_USERS.admin.accountId });
  expect((event.payload.changelog as { items: { fieldId: string; fromString: string; toString: string }[] }).items).toEqual(
    expect.arrayContaining([expect.objectContaining({ fieldId: 'issuekey', fromString: 'SUP-1', toString: 'ENG-1' })]),
  );
});

test('a transition must start from the issue’s status and have its required screen fields', () => {
  const issue = sup('workflow');
  expect(refusal(() => transitionIssue(site, issue.id, '51', {}, APP)).messages).toEqual(["Transition id '51' is not valid for this issue."]);
  expect(refusal(() => transitionIssue(site, issue.id, '41', {}, APP)).fieldErrors).toEqual({ resolution: 'Resolution is required.' });
  expect(refusal(() => transitionIssue(site, issue.id, '41', { resolutionId: '10000', summary: 'x' }, APP)).fieldErrors).toEqual({ summary: expect.stringContaining('not on the appropriate screen') });
  expect(issue.statusId).toBe('10010');
  takeEvents(site);
  transitionIssue(site, issue.id, '41', { resolutionId: '10002', assigneeAccountId: SEED_USERS.projectAdmin.accountId }, APP);
  expect(issue).toMatchObject({ statusId: '5', resolution: { id: '10002', name: 'Duplicate' }, assigneeAccountId: SEED_USERS.projectAdmin.accountId, resolutionDate: expect.any(String) });
  const items = (takeEvents(site)[0].payload.changelog as { items: { fieldId: string }[] }).items.map((item) => item.fieldId);
  expect(items).toEqual(['status', 'assignee', 'resolution']);
  // Close keeps the resolution; Reopen (back to a "new" status) clears it.
  transitionIssue(site, issue.id, '51', {}, APP);
  expect(issue.resolution?.name).toBe('Duplicate');
  transitionIssue(site, issue.id, '61', {}, APP);
  expect(issue.resolution).toBeUndefined();
});

test('edits, comments and deletion raise events; property changes raise none', () => {
  const issue = sup('events');
  takeEvents(site);
  expect(editIssue(site, issue.id, { summary: 'events' }, APP)).toEqual([]);
  editIssue(site, issue.id, { summary: 'renamed', labels: ['x'] }, APP);
  setProperty(site, issue.id, 'deskbridge', { tool: 'freshdesk' });
  const note = addComment(site, issue.id, { body: doc('note'), properties: { 'sd.public.comment': { internal: true } } }, APP);
  expect(note).toMatchObject({ internal: true, properties: {} });
  deleteIssue(site, issue.id, APP);
  expect(findIssue(site, issue.key)).toBeUndefined();
  const events = takeEvents(site);
  expect(events.map((event) => event.eventType)).toEqual(['avi:jira:updated:issue', 'avi:jira:commented:issue', 'avi:jira:deleted:issue']);
  expect(events[1].payload.comment).toMatchObject({ id: note.id, jsdPublic: false, author: { accountId: APP }, body: doc('note') });
  expect(events[0].payload).toMatchObject({ atlassianId: APP, associatedUsers: [{ accountId: APP }], issue: { fields: { summary: 'renamed', labels: ['x'] } } });
});

test('creating refuses what only the state can tell: project, issue type, summary', () => {
  expect(refusal(() => createIssue(site, { projectId: '99', issueTypeId: '10100', summary: 'x' }, APP)).fieldErrors).toEqual({ project: 'valid project is required' });
  expect(refusal(() => createIssue(site, { projectId: SEED_PROJECTS.ENG.id, issueTypeId: SEED_ISSUE_TYPES.serviceRequest.id, summary: 'x' }, APP)).fieldErrors).toHaveProperty('issuetype');
  expect(refusal(() => sup('  ')).fieldErrors).toHaveProperty('summary');
  expect(site.issues).toEqual([]);
});
