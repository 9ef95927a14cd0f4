/**
 * Moving a request by bucket through the seeded SUP workflow, from each of its statuses to each
 * bucket: one transition where the workflow has one, nothing when already there, and an error that
 * names the missing transition otherwise.
 */
import { SEED_USERS } from '../../../local/sandbox/jira';
import type { Bucket } from '../../../src/jsm/jsm-types';
import { transitionByBucket } from '../../../src/jsm/transition-by-bucket';
import { useLocalDeskbridge } from '../../support/local-app';
import { asInvocation, failureOf, newRequest, placeIn, resetSandbox } from './jsm-harness';

const local = useLocalDeskbridge();
beforeAll(() => resetSandbox(local.deskbridge));

const STATUS = { New: '10010', 'In Progress': '3', 'Waiting for customer': '10011', Resolved: '5', Closed: '6', Reopened: '4' } as const;
type StatusName = keyof typeof STATUS;

/** From each status, where each bucket ends up: a status name, or an error for a missing transition. */
const TABLE: [StatusName, Bucket, StatusName | 'error'][] = [
  ['New', 'new', 'New'],
  ['New', 'in-progress', 'In Progress'],
  ['New', 'waiting', 'Waiting for customer'],
  ['New', 'resolved', 'Resolved'],
  ['In Progress', 'new', 'error'],
  ['In Progress', 'in-progress', 'In Progress'],
  ['In Progress', 'waiting', 'Waiting for customer'],
  ['In Progress', 'resolved', 'Resolved'],
  ['Waiting for customer', 'new', 'error'],
  ['Waiting for customer', 'in-progress', 'In Progress'],
  ['Waiting for customer', 'waiting', 'Waiting for customer'],
  ['Waiting for customer', 'resolved', 'Resolved'],
  ['Resolved', 'new', 'Reopened'],
  ['Resolved', 'in-progress', 'error'],
  ['Resolved', 'waiting', 'error'],
  ['Resolved', 'resolved', 'Resolved'],
  ['Closed', 'new', 'Reopened'],
  ['Closed', 'in-progress', 'error'],
  ['Closed', 'waiting', 'error'],
  ['Closed', 'resolved', 'Closed'],
  ['Reopened', 'new', 'Reopened'],
  ['Reopened', 'in-progress', 'In Progress'],
  ['Reopened', 'waiting', 'Waiting for customer'],
  ['Reopened', 'resolved', 'Resolved'],
];

test.each(TABLE)('from %s to the %s bucket: %s', async (from, bucket, outcome) => {
  const request = await newRequest(`From ${from} to ${bucket}`);
  placeIn(local.deskbridge, request.key, STATUS[from]);
  const issue = () => local.deskbridge.sandbox!.site.issues.find((candidate) => candidate.key === request.key)!;
  const updatedBefore = issue().updated;
  if (outcome === 'error') {
    const failure = await failureOf(asInvocation(() => transitionByBucket(request.key, bucket)));
    expect(failure.kind).toBe('invalid');
    expect(failure.message).toContain(`${request.key} is in "${from}" and its workflow has no transition from there`);
    expect(failure.message).toContain('Add a transition from any status to');
    expect(issue().statusId).toBe(STATUS[from]);
    return;
  }
  const moved = await asInvocation(() => transitionByBucket(request.key, bucket));
  expect(moved.status).toMatchObject({ id: STATUS[outcome], name: outcome, bucket });
  expect(issue().statusId).toBe(STATUS[outcome]);
  // Already in the bucket: nothing happens at all.
  if (outcome === from) expect(issue().updated).toBe(updatedBefore);
});

test('resolving sets the assignee and the resolution through the Resolve screen', async () => {
  const request = await newRequest('Resolve with an assignee');
  placeIn(local.deskbridge, request.key, STATUS['In Progress']);
  const resolved = await asInvocation(() => transitionByBucket(request.key, 'resolved', { assigneeAccountId: SEED_USERS.projectAdmin.accountId, resolutionName: "Won't Do" }));
  expect(resolved).toMatchObject({ status: { name: 'Resolved', bucket: 'resolved' }, assigneeAccountId: SEED_USERS.projectAdmin.accountId });
  expect(local.deskbridge.sandbox!.site.issues.find((issue) => issue.key === request.key)!.resolution?.name).toBe("Won't Do");
});

test('an unknown request is not found; an unknown bucket is refused', async () => {
  await expect(failureOf(asInvocation(() => transitionByBucket('SUP-9999', 'resolved')))).resolves.toMatchObject({ kind: 'not-found', message: expect.stringContaining('There is no JSM request SUP-9999') });
  const request = await newRequest('Bad bucket');
  await expect(failureOf(asInvocation(() => transitionByBucket(request.key, 'closed' as Bucket)))).resolves.toMatchObject({ kind: 'invalid' });
});
