import type { WorkflowGraph } from '../../../src/jira/read-workflows';
import type { ReadinessCheck } from '../../../src/shared/jsm';
import { DeskBuckets } from '../../../src/jsm/bucket-map-store';
import { permissionChecks } from '../../../src/jsm/readiness/permission-checks';
import { bucketCheck, workflowChecks } from '../../../src/jsm/readiness/workflow-checks';

const statuses: WorkflowGraph['statuses'] = [
  { id: '1', name: 'Open', categoryKey: 'new' },
  { id: '2', name: 'Working', categoryKey: 'indeterminate' },
  { id: '3', name: 'Pending customer', categoryKey: 'indeterminate' },
  { id: '4', name: 'Done', categoryKey: 'done' },
];
const graph = (transitions: WorkflowGraph['transitions']): WorkflowGraph => ({ id: 'wf', name: 'Help workflow', statuses, transitions });
const t = (id: string, from: string[] | 'any', to: string) => ({ id, name: `T${id}`, from, to, hasScreen: false });
const byMove = (checks: ReadinessCheck[]): Record<string, ReadinessCheck> => Object.fromEntries(checks.map((check) => [check.id.split(':').pop()!, check]));

test('global transitions into each bucket pass every move (but not from the target itself)', () => {
  const checks = byMove(workflowChecks(graph([t('1', 'any', '4'), t('2', 'any', '2'), t('3', 'any', '1')]), new DeskBuckets()));
  expect(Object.values(checks).map((check) => check.outcome)).toEqual(['pass', 'pass', 'pass']);
});

test('a status without a way to resolve is named, with "Any → <status>" advice', () => {
  const checks = byMove(workflowChecks(graph([t('1', ['1', '2'], '4'), t('2', ['1', '3'], '2'), t('3', ['4'], '1')]), new DeskBuckets()));
  expect(checks.resolve).toMatchObject({ outcome: 'fail', detail: '"Pending customer" has no transition to "Done" (Resolved / Closed).' });
  expect(checks.resolve.fix).toBe(
    'In the workflow "Help workflow", add a transition from any status to "Done" (select "Done" and tick "Allow all statuses to transition to this one"), or a transition to it from "Pending customer".',
  );
  expect(checks.start.outcome).toBe('pass');
  expect(checks.reopen.outcome).toBe('pass');
});

test('a bucket no status is in fails with the bucket map as the fix', () => {
  const checks = byMove(workflowChecks(graph([t('1', 'any', '4')]), new DeskBuckets({ serviceDeskId: '1', savedAt: 'x', statuses: [{ id: '1', name: 'Open', bucket: 'in-progress' }] })));
  expect(checks.reopen).toMatchObject({ outcome: 'fail', detail: 'No status of this workflow is in the New / Reopened bucket.' });
  expect(checks.reopen.fix).toContain('bucket map');
});

test('bucket check: proposed only, then saved', () => {
  expect(bucketCheck(statuses, new DeskBuckets())).toMatchObject({ outcome: 'fail', detail: expect.stringContaining('"Pending customer" → Waiting for User') });
  const saved = new DeskBuckets({ serviceDeskId: '1', savedAt: 'x', statuses: statuses.map((status) => ({ id: status.id, name: status.name, bucket: 'new' as const })) });
  expect(bucketCheck(statuses, saved)).toMatchObject({ outcome: 'pass', detail: 'All 4 statuses have a saved bucket.' });
});

test('permission checks: each missing permission says how to grant it; agents and admins may add customers', () => {
  const checks = permissionChecks('SUP', { BROWSE_PROJECTS: true, CREATE_ISSUES: true, TRANSITION_ISSUES: false, ADD_COMMENTS: true, ASSIGN_ISSUES: true, SERVICEDESK_AGENT: false, ADMINISTER_PROJECTS: true });
  const failed = checks.filter((check) => check.outcome === 'fail');
  expect(failed.map((check) => check.id)).toEqual(['permission:TRANSITION_ISSUES']);
  expect(failed[0].fix).toContain("Grant Transition Issues to the app in SUP's permission scheme");
  expect(checks.find((check) => check.id === 'permission:add-customers')!.detail).toContain('an administrator of SUP');
  expect(permissionChecks('SUP', {}).find((check) => check.id === 'permission:add-customers')!.outcome).toBe('fail');
});
