import { jiraStatusBucket, proposeStatusMapping, type ProposableJiraStatus } from '../../../../src/sync/config/propose-statuses';

const jira = (id: string, name: string, category: 'new' | 'indeterminate' | 'done', reachable = true): ProposableJiraStatus => ({
  id,
  name,
  bucket: jiraStatusBucket(name, category),
  reachable,
});

/** The service desk workflow: nothing leads back to New (only to Reopened). */
const SERVICE_DESK = [
  jira('10010', 'New', 'new', false),
  jira('3', 'In Progress', 'indeterminate'),
  jira('10011', 'Waiting for customer', 'indeterminate'),
  jira('5', 'Resolved', 'done'),
  jira('6', 'Closed', 'done'),
  jira('4', 'Reopened', 'new'),
];
const SOFTWARE = [jira('10020', 'To Do', 'new'), jira('3', 'In Progress', 'indeterminate'), jira('10021', 'Done', 'done')];

const FRESHDESK = [
  { id: '2', name: 'Open', bucket: 'new' as const },
  { id: '3', name: 'Pending', bucket: 'waiting' as const },
  { id: '4', name: 'Resolved', bucket: 'resolved' as const },
  { id: '5', name: 'Closed', bucket: 'resolved' as const },
];
const ZENDESK = [
  { id: 'new', name: 'New', bucket: 'new' as const },
  { id: 'open', name: 'Open', bucket: 'in-progress' as const },
  { id: 'pending', name: 'Pending', bucket: 'waiting' as const },
  { id: 'hold', name: 'On-hold', bucket: 'in-progress' as const },
  { id: 'solved', name: 'Solved', bucket: 'resolved' as const },
  { id: 'closed', name: 'Closed', bucket: 'resolved' as const },
];

describe('jiraStatusBucket', () => {
  it.each([
    ['To Do', 'new', 'new'],
    ['Reopened', 'new', 'new'],
    ['Reopened', 'indeterminate', 'new'],
    ['In Progress', 'indeterminate', 'in-progress'],
    ['Waiting for customer', 'indeterminate', 'waiting'],
    ['Pending approval', 'indeterminate', 'waiting'],
    ['Done', 'done', 'resolved'],
  ] as const)('%s (%s) → %s', (name, category, bucket) => {
    expect(jiraStatusBucket(name, category)).toBe(bucket);
  });
});

describe('proposeStatusMapping', () => {
  it('maps Freshdesk onto a service desk by bucket and name, to reachable statuses only', () => {
    expect(proposeStatusMapping(FRESHDESK, SERVICE_DESK)).toEqual({
      // Open is a new ticket; nothing leads back to New, so it lands on Reopened.
      toJira: { '2': '4', '3': '10011', '4': '5', '5': '6' },
      // Freshdesk has no in-progress status: work in progress is still an open ticket.
      toHelpdesk: { '10010': '2', '3': '2', '10011': '3', '5': '4', '6': '5', '4': '2' },
    });
  });

  it('maps Freshdesk onto a three-step software workflow, waiting falling back to in progress', () => {
    expect(proposeStatusMapping(FRESHDESK, SOFTWARE)).toEqual({
      toJira: { '2': '10020', '3': '3', '4': '10021', '5': '10021' },
      toHelpdesk: { '10020': '2', '3': '2', '10021': '4' },
    });
  });

  it('maps Zendesk both ways, preferring a status of the same name within a bucket', () => {
    const { toJira, toHelpdesk } = proposeStatusMapping(ZENDESK, SERVICE_DESK);
    expect(toJira).toEqual({ new: '4', open: '3', pending: '10011', hold: '3', solved: '5', closed: '6' });
    expect(toHelpdesk).toEqual({ '10010': 'new', '3': 'open', '10011': 'pending', '5': 'solved', '6': 'closed', '4': 'new' });
  });

  it('leaves a status unmapped when the other side has nothing close', () => {
    const { toJira } = proposeStatusMapping(FRESHDESK, [jira('1', 'Open', 'new'), jira('2', 'Done', 'done', false)]);
    expect(toJira).toEqual({ '2': '1', '3': '1' });
  });
});
