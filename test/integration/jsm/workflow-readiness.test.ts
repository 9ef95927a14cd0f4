/**
 * The readiness report and the bucket map through their resolvers, as the Jira admin on the admin
 * page: the seeded SUP desk passes once its bucket map is saved; a workflow without "Any →
 * Resolved" fails with the fix, and the same gap makes transitionByBucket fail with a clear error.
 */
import { SEED_SERVICE_DESK } from '../../../local/sandbox/jira';
import { SERVICE_DESK_STATUSES, SERVICE_DESK_TRANSITIONS } from '../../../local/sandbox/jira/seed/seed-workflows';
import { transitionByBucket } from '../../../src/jsm/transition-by-bucket';
import type { BucketMapView, ReadinessCheck, ReadinessReport } from '../../../src/shared/jsm';
import { invokeOk, invokeResolver, ROLES, useLocalDeskbridge } from '../../support/local-app';
import { asInvocation, failureOf, newRequest, placeIn, resetSandbox } from './jsm-harness';

const local = useLocalDeskbridge();
const desk = { serviceDeskId: SEED_SERVICE_DESK.id };
const SEEDED_BUCKETS = { '10010': 'new', '3': 'in-progress', '10011': 'waiting', '5': 'resolved', '6': 'resolved', '4': 'new' };

const readiness = () => invokeOk<ReadinessReport>(local.deskbridge, ROLES.jiraAdmin, 'jsm/readiness', desk);
const screenChecks = () => invokeOk<ReadinessCheck[]>(local.deskbridge, ROLES.jiraAdmin, 'jsm/readiness/resolve-screen', desk);
const outcomes = (checks: ReadinessCheck[]) => Object.fromEntries(checks.map((check) => [check.id.replace(/^workflow:[^:]+:/, 'workflow:'), check.outcome]));
const replaceWorkflow = (body: unknown) =>
  fetch(`${local.deskbridge.jiraUrl}/__sandbox/projects/SUP/workflow`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

beforeEach(async () => {
  await resetSandbox(local.deskbridge);
  local.deskbridge.runtime.kvs.clear();
});

test('the seeded desk: workflow and permissions pass; ready once the proposed bucket map is saved', async () => {
  const before = await readiness();
  expect(before).toMatchObject({ projectKey: 'SUP', workflows: [{ name: 'SUP: Support workflow', requestTypes: ['Get IT help', 'Report a bug'] }], ready: false });
  expect(outcomes(before.checks)).toMatchObject({ 'workflow:resolve': 'pass', 'workflow:start': 'pass', 'workflow:reopen': 'pass', 'permission:add-customers': 'pass', 'buckets:all-mapped': 'fail' });
  expect(before.checks.filter((check) => check.area === 'permissions').every((check) => check.outcome === 'pass')).toBe(true);

  const proposed = await invokeOk<BucketMapView>(local.deskbridge, ROLES.jiraAdmin, 'jsm/bucket-map/get', desk);
  expect(Object.fromEntries(proposed.rows.map((row) => [row.statusId, row.bucket]))).toEqual(SEEDED_BUCKETS);
  expect(proposed.rows.every((row) => !row.saved)).toBe(true);
  const saved = await invokeOk<BucketMapView>(local.deskbridge, ROLES.jiraAdmin, 'jsm/bucket-map/save', { ...desk, buckets: SEEDED_BUCKETS });
  expect(saved.rows.every((row) => row.saved)).toBe(true);
  expect(saved.savedAt).toEqual(expect.any(String));
  expect((await readiness()).ready).toBe(true);
});

test('the resolve screen: unknown without an open request, then read on the newest one', async () => {
  expect(await screenChecks()).toEqual([expect.objectContaining({ id: 'screen:resolve', outcome: 'unknown', fix: expect.stringContaining('Raise a request') })]);
  await newRequest('Screen sample');
  expect(outcomes(await screenChecks())).toEqual({ 'screen:assignee': 'pass', 'screen:required': 'pass' });
});

test('a workflow without "Any → Resolved": the report names the stuck status with the fix, and resolving from it fails clearly', async () => {
  const request = await newRequest('Stuck while waiting');
  placeIn(local.deskbridge, request.key, '10011');
  const transitions = SERVICE_DESK_TRANSITIONS.map((transition) => (transition.id === '41' ? { ...transition, from: ['10010', '3', '4'] } : transition));
  expect((await replaceWorkflow({ statuses: SERVICE_DESK_STATUSES, transitions })).status).toBe(200);

  const resolve = (await readiness()).checks.find((check) => check.id.endsWith(':resolve'))!;
  expect(resolve).toMatchObject({ outcome: 'fail', detail: '"Waiting for customer" has no transition to "Resolved" or "Closed" (Resolved / Closed).' });
  expect(resolve.fix).toContain('add a transition from any status to "Resolved"');

  const failure = await failureOf(asInvocation(() => transitionByBucket(request.key, 'resolved')));
  expect(failure).toEqual({
    kind: 'invalid',
    message: expect.stringContaining(`${request.key} is in "Waiting for customer" and its workflow has no transition from there to a Resolved / Closed status ("Resolved", "Closed"). Add a transition from any status to "Resolved"`),
  });
});

test('a resolve screen without Assignee that requires another field: both screen checks fail, and resolving is refused before trying', async () => {
  const transitions = SERVICE_DESK_TRANSITIONS.map((transition) =>
    transition.id === '41' ? { ...transition, fields: [{ fieldId: 'resolution', required: true }, { fieldId: 'customfield_10100', required: true }] } : transition,
  );
  expect((await replaceWorkflow({ transitions })).status).toBe(200);
  const request = await newRequest('Needs a region');
  const checks = await screenChecks();
  expect(outcomes(checks)).toEqual({ 'screen:assignee': 'fail', 'screen:required': 'fail' });
  expect(checks.find((check) => check.id === 'screen:required')!.fix).toContain('Make "Region" optional');
  const failure = await failureOf(asInvocation(() => transitionByBucket(request.key, 'resolved')));
  expect(failure.message).toContain('whose screen requires "Region"');
  expect(local.deskbridge.sandbox!.site.issues.find((issue) => issue.key === request.key)!.statusId).toBe('10010');
});

test('the bucket map is saved whole or not at all, and a saved choice is what transitions follow', async () => {
  const partial = await invokeResolver(local.deskbridge, ROLES.jiraAdmin, 'jsm/bucket-map/save', { ...desk, buckets: { '10010': 'new' } });
  expect(partial).toEqual({ ok: false, error: { kind: 'invalid', message: expect.stringContaining('Pick a bucket for "In Progress"') } });
  const stray = await invokeResolver(local.deskbridge, ROLES.jiraAdmin, 'jsm/bucket-map/save', { ...desk, buckets: { ...SEEDED_BUCKETS, '10021': 'resolved' } });
  expect(stray).toEqual({ ok: false, error: { kind: 'invalid', message: expect.stringContaining('no status with id 10021') } });
  expect(await invokeResolver(local.deskbridge, ROLES.jiraAdmin, 'jsm/bucket-map/save', { ...desk, buckets: { ...SEEDED_BUCKETS, '3': 'stalled' } })).toMatchObject({ ok: false, error: { kind: 'invalid' } });

  // An admin decides "Waiting for customer" is still work in progress for their help desk.
  await invokeOk(local.deskbridge, ROLES.jiraAdmin, 'jsm/bucket-map/save', { ...desk, buckets: { ...SEEDED_BUCKETS, '10011': 'in-progress' } });
  const request = await newRequest('Mapped differently');
  placeIn(local.deskbridge, request.key, '10011');
  const unchanged = await asInvocation(() => transitionByBucket(request.key, 'in-progress'));
  expect(unchanged.status).toMatchObject({ name: 'Waiting for customer', bucket: 'in-progress' });
});
