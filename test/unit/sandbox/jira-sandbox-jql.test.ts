import { SEED_CUSTOM_FIELDS, SEED_ISSUE_TYPES, SEED_PROJECTS, SEED_USERS } from '../../../local/sandbox/jira';
import { HttpError } from '../../../local/sandbox/jira/http-error';
import type { IndexedProperty } from '../../../local/sandbox/jira/jql/indexed-properties';
import { parseJql } from '../../../local/sandbox/jira/jql/jql-parser';
import { runJql } from '../../../local/sandbox/jira/jql/search';
import { seedSite } from '../../../local/sandbox/jira/seed/seed-site';
import { findUser } from '../../../local/sandbox/jira/state/lookups';
import { addComment, createIssue, transitionIssue } from '../../../local/sandbox/jira/state/issues';
import type { IssueRecord, SiteState } from '../../../local/sandbox/jira/state/site-state';

/** The JQL evaluator over a small fixed site, at a fixed "now" (Wednesday 2026-11-25 12:00 UTC). */

const NOW = new Date('2026-11-25T12:00:00Z');
const APP = SEED_USERS.app.accountId;
const INDEXED: IndexedProperty[] = [
  { propertyKey: 'deskbridge', paths: [{ path: 'tool', type: 'string', searchAlias: 'deskbridgeTool' }, { path: 'note', type: 'text' }, { path: 'seats', type: 'number' }, { path: 'linkedAt', type: 'date' }] },
];
let site: SiteState;
let issues: Record<string, IssueRecord>;

function make(name: string, project: 'SUP' | 'ENG', created: string, extra: Partial<IssueRecord> = {}) {
  const issueTypeId = project === 'SUP' ? SEED_ISSUE_TYPES.serviceRequest.id : SEED_ISSUE_TYPES.bug.id;
  const issue = createIssue(site, { projectId: SEED_PROJECTS[project].id, issueTypeId, summary: `${name} summary` }, APP);
  Object.assign(issue, { created, updated: created }, extra);
  issues[name] = issue;
}

beforeAll(() => {
  site = seedSite();
  issues = {};
  make('old', 'SUP', '2026-11-01T09:00:00.000Z', { labels: ['billing'], properties: { deskbridge: { tool: 'freshdesk', note: 'VIP account', seats: 40, linkedAt: '2026-11-02' } } });
  make('monday', 'SUP', '2026-11-23T08:00:00.000Z', { labels: ['billing', 'urgent'], assigneeAccountId: SEED_USERS.projectAdmin.accountId, properties: { deskbridge: { tool: 'zendesk', seats: 5 } } });
  make('today', 'ENG', '2026-11-25T10:30:00.000Z', { priorityId: '1', customFields: { [SEED_CUSTOM_FIELDS.region.id]: 'EMEA', [SEED_CUSTOM_FIELDS.plan.id]: SEED_CUSTOM_FIELDS.plan.options.premium } });
  transitionIssue(site, issues.monday.id, '41', { resolutionId: '10000' }, APP);
  addComment(site, issues.today.id, { body: { type: 'doc', version: 1, content: [{ type: 'text', text: 'stack trace attached' }] } }, APP);
  issues.monday.updated = '2026-11-24T00:00:00.000Z';
  issues.today.updated = '2026-11-25T10:30:00.000Z';
});

const search = (jql: string, caller = SEED_USERS.app.accountId) =>
  runJql({ site, caller: findUser(site, caller)!, indexed: INDEXED, now: NOW }, jql, () => true).map((issue) => Object.entries(issues).find(([, candidate]) => candidate === issue)![0]);

function refusal(jql: string): string {
  try {
    search(jql);
  } catch (error) {
    if (error instanceof HttpError) return error.messages.join(' ');
    throw error;
  }
  throw new Error(`expected ${jql} to be refused`);
}

test.each([
  ['project = SUP', ['monday', 'old']],
  ['project in (SUP, Engineering) ORDER BY created ASC', ['old', 'monday', 'today']],
  [`project = ${SEED_PROJECTS.ENG.id}`, ['today']],
  ['project != SUP', ['today']],
  ['key = SUP-1', ['old']],
  ['issuekey in (SUP-1, ENG-1) ORDER BY key DESC', ['old', 'today']],
  ['issuetype = Bug', ['today']],
  ['type = "Service Request" AND status = Resolved', ['monday']],
  ['status = 10010', ['old']],
  ['statusCategory = "To Do" ORDER BY created', ['old', 'today']],
  ['statusCategory = Done', ['monday']],
  ['labels = billing ORDER BY created', ['old', 'monday']],
  ['labels in (urgent, nothing)', ['monday']],
  ['labels != urgent', ['old']],
  ['labels IS EMPTY', ['today']],
  ['labels IS NOT EMPTY AND NOT labels = urgent', ['old']],
  ['resolution = Unresolved ORDER BY created', ['old', 'today']],
  ['resolution = Done', ['monday']],
  ['priority = Highest', ['today']],
  ['assignee = 5b10ac8d82e05b22cc7d4ef5', ['monday']],
  ['assignee IS EMPTY ORDER BY created', ['old', 'today']],
  ['reporter = currentUser() AND project = ENG', ['today']],
  ['summary ~ "mond"', ['monday']],
  ['text ~ stack', ['today']],
  ['comment ~ trace', ['today']],
  ['summary !~ summary', []],
  ['created >= 2026-11-23 ORDER BY created', ['monday', 'today']],
  ['created < "2026/11/23 08:00"', ['old']],
  ['created <= "2026-11-23 08:00" ORDER BY created', ['old', 'monday']],
  ['created > -3d ORDER BY created', ['monday', 'today']],
  ['created >= -1d', ['today']],
  ['created >= startOfWeek() ORDER BY created', ['monday', 'today']],
  ['created >= startOfWeek(-1w) AND created < startOfWeek()', []],
  ['created >= startOfDay()', ['today']],
  ['updated <= endOfDay(-1d)', ['monday', 'old']],
  ['resolved IS NOT EMPTY', ['monday']],
  ['cf[10100] ~ emea', ['today']],
  ['Plan = Premium', ['today']],
  ['issue.property[deskbridge].tool = freshdesk', ['old']],
  ['issue.property[deskbridge].tool in (freshdesk, zendesk) ORDER BY created DESC', ['monday', 'old']],
  ['issue.property[deskbridge].tool != freshdesk', ['monday']],
  ['issue.property[deskbridge].tool IS EMPTY', ['today']],
  ['issue.property[deskbridge].note ~ vip', ['old']],
  ['issue.property[deskbridge].seats > 10', ['old']],
  ['issue.property[deskbridge].linkedAt >= 2026-11-01', ['old']],
  ['deskbridgeTool = zendesk', ['monday']],
  ['issue.property[deskbridge].undeclared = x', []],
  ['issue.property[other].tool = freshdesk', []],
  ['(project = ENG OR labels = urgent) AND NOT statusCategory = Done', ['today']],
  ['project = SUP OR project = ENG AND priority = Highest ORDER BY created', ['old', 'monday', 'today']],
  ['NOT (project = SUP)', ['today']],
  ['project = SUP ORDER BY priority DESC, created ASC', ['old', 'monday']],
  ['project IN (SUP, ENG) ORDER BY updated DESC', ['today', 'monday', 'old']],
])('%s', (jql, expected) => {
  expect(search(jql)).toEqual(expected);
});

test('without ORDER BY: newest first (by id)', () => {
  expect(search('project in (SUP, ENG)')).toEqual(['today', 'monday', 'old']);
});

test.each([
  ['projec = SUP', "Field 'projec' does not exist or you do not have permission to view it."],
  ['project = NOPE', "The value 'NOPE' does not exist for the field 'project'."],
  ['status = Flying', "The value 'Flying' does not exist for the field 'status'."],
  ['key = NOPE-1', "An issue with key 'NOPE-1' does not exist for field 'key'."],
  ['project ~ SUP', "The operator '~' is not supported by the 'project' field."],
  ['summary = x', "The operator '=' is not supported by the 'summary' field."],
  ['created >= yesterday', expect.stringContaining("Date value 'yesterday' for field 'created' is invalid")],
  ['created >= startOfYear()', expect.stringContaining("Unable to find JQL function 'startOfYear()'")],
  ['project = SUP AND', expect.stringContaining('Error in the JQL Query: Expecting a field name')],
  ['project = (SUP', expect.stringContaining('Error in the JQL Query')],
  ['project in (SUP', expect.stringContaining("Expecting ')'")],
  ['summary ~ "unfinished', expect.stringContaining('has not been completed')],
  ['project SUP', expect.stringContaining('Expecting an operator')],
  ['project = SUP extra', expect.stringContaining("Expecting 'AND', 'OR' or 'ORDER BY'")],
  ['ORDER BY created', expect.stringContaining('Unbounded JQL queries are not allowed')],
  ['', expect.stringContaining('Unbounded')],
])('refuses %j', (jql, message) => {
  expect(refusal(jql)).toEqual(message);
});

test('the parser keeps precedence: OR of ANDs, NOT binding tightest', () => {
  expect(parseJql('a = 1 OR b = 2 AND NOT c = 3').where).toEqual({
    kind: 'or',
    items: [
      { kind: 'clause', field: 'a', operator: '=', operand: { kind: 'value', text: '1', quoted: false } },
      {
        kind: 'and',
        items: [
          { kind: 'clause', field: 'b', operator: '=', operand: { kind: 'value', text: '2', quoted: false } },
          { kind: 'not', item: { kind: 'clause', field: 'c', operator: '=', operand: { kind: 'value', text: '3', quoted: false } } },
        ],
      },
    ],
  });
  expect(parseJql('x is not empty order by created desc, key').orderBy).toEqual([{ field: 'created', direction: 'desc' }, { field: 'key', direction: 'asc' }]);
});

test('weeks start on Sunday for en_US callers', () => {
  const american = { ...findUser(site, APP)!, locale: 'en_US' };
  const found = runJql({ site, caller: american, indexed: INDEXED, now: NOW }, 'created >= startOfWeek()', () => true);
  // Sunday 2026-11-22: Monday's and today's issues, as with a Monday start (nothing on Sunday).
  expect(found.map((issue) => issue.key)).toEqual([issues.today.key, issues.monday.key]);
});
