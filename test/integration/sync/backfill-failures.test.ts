/**
 * What a backfill cannot bring over is listed with a reason a person can act on, and retried
 * once the cause is fixed; and two integrations backfill side by side, each at its own pace.
 */
import type { FreshdeskState } from '../../../local/sandbox/freshdesk';
import { ATLASSIAN_DEFAULTS } from '../../../local/sandbox/jira';
import { runInvocation } from '../../../local/runtime/invocation-scope';
import { runsUnderWay, STALL_MS } from '../../../src/sync/backfill/backfill-run';
import { allLinksOfIntegration } from '../../../src/sync/links/link-store';
import { seedBackfillTickets } from '../../support/backfill-data';
import { backfillClient, projectIssues } from '../../support/backfill-harness';
import { invokeOk, ROLES, useLocalDeskbridge } from '../../support/local-app';
import { engConfig, setUpFreshdeskSync, settle, supConfig } from '../../support/sync-harness';

const local = useLocalDeskbridge({ queueDelayScale: 0.001 });

function account(count: number) {
  const freshdesk = local.deskbridge.helpDesks.freshdesk.state as FreshdeskState;
  seedBackfillTickets(freshdesk, { count, replies: 2 });
  freshdesk.rate_limit_per_minute = 100_000;
  return freshdesk;
}

test('failures are listed with their reasons and brought over when retried after the fix', async () => {
  const { deskbridge } = local;
  const { integrationId } = await setUpFreshdeskSync(deskbridge, engConfig(), { webhooks: false });
  const freshdesk = account(60);
  // Jira refuses a label over 255 characters (the ticket gets no issue), and an empty comment (the issue exists; its link is parked).
  freshdesk.tickets.find((ticket) => ticket.id === 5)!.tags = ['x'.repeat(300)];
  freshdesk.conversations.find((entry) => entry.ticket_id === 9)!.body = '';
  const backfill = backfillClient(deskbridge, integrationId);
  await backfill.estimate();
  await backfill.settle();
  await backfill.start();
  const done = await backfill.settle();
  expect({ state: done.state, done: done.done, failed: done.failed, lastError: done.lastError }).toEqual({ state: 'done', done: 59, failed: 1, lastError: undefined });
  const reasons = Object.fromEntries(done.failures.map((failure) => [failure.ticketId, failure]));
  expect(reasons['5']).toMatchObject({ errorKind: 'invalid', retryable: true, reason: expect.stringContaining('label must not exceed 255') });
  expect(reasons['5'].issueKey).toBeUndefined();
  expect(reasons['9']).toMatchObject({ errorKind: 'invalid', retryable: true, issueKey: expect.stringMatching(/^ENG-/) });
  const stuck = (await allLinksOfIntegration(integrationId)).find((link) => link.ticketId === '9')!;
  expect(stuck.state).toBe('stuck');
  expect(projectIssues(deskbridge, 'ENG').find((issue) => issue.id === stuck.issueId)!.properties.deskbridge).toMatchObject({ syncState: 'stuck' });

  // Fixed in the help desk, then retried: ticket 5 gets its issue, ticket 9's link its comment.
  freshdesk.tickets.find((ticket) => ticket.id === 5)!.tags = ['short'];
  freshdesk.conversations.find((entry) => entry.ticket_id === 9)!.body = '<p>Now with words</p>';
  await backfill.retryFailures();
  const retried = await backfill.settle();
  await settle(deskbridge);
  expect(retried).toMatchObject({ state: 'done', done: 60, failed: 0, failures: [] });
  const links = await allLinksOfIntegration(integrationId);
  expect(links).toHaveLength(60);
  expect(links.every((link) => link.state === 'ok')).toBe(true);
  const issues = projectIssues(deskbridge, 'ENG');
  expect(issues).toHaveLength(60);
  expect(issues.find((issue) => issue.id === stuck.issueId)!.comments).toHaveLength(2);
}, 60_000);

test('two integrations backfill at the same time, each its own tickets and pace', async () => {
  const { deskbridge } = local;
  const admin = ROLES.jiraAdmin;
  // ENG takes the open and pending tickets; a second integration, into SUP, the resolved and closed ones.
  const eng = await setUpFreshdeskSync(deskbridge, engConfig(), { webhooks: false });
  account(120);
  const sup = await invokeOk(deskbridge, admin, 'integrations/create', { name: 'Acme ↔ SUP', tool: 'freshdesk', projectId: '10000', connectionId: eng.connectionId });
  await invokeOk(deskbridge, admin, 'sync-config/save', { integrationId: sup.id, config: supConfig() });
  await invokeOk(deskbridge, admin, 'sync-config/enable', { integrationId: sup.id });
  const engRun = backfillClient(deskbridge, eng.integrationId);
  const supRun = backfillClient(deskbridge, sup.id);
  await engRun.estimate({ statusIds: ['2', '3'] });
  await supRun.estimate({ statusIds: ['4', '5'] });
  await deskbridge.runtime.queue.drain();
  await engRun.start();
  await supRun.start();
  // Both chains are under way together before either ends, and split Jira's quota in two; a run that stalled spends nothing and is not counted.
  const [engMidway, supMidway] = [await engRun.status(), await supRun.status()];
  expect([engMidway!.state, supMidway!.state]).toEqual(['running', 'running']);
  const underWay = (now?: number) => runInvocation({ functionKey: 'test', moduleKey: 'test', moduleType: 'test', timeoutMs: 60_000 }, () => runsUnderWay(now));
  expect(await underWay()).toBe(2);
  expect(await underWay(Date.now() + STALL_MS + 60_000)).toBe(1);
  const [engDone, supDone] = [await engRun.settle(), await supRun.settle()];
  expect(engDone).toMatchObject({ state: 'done', done: 60, failed: 0 });
  expect(supDone).toMatchObject({ state: 'done', done: 60, failed: 0 });
  expect(projectIssues(deskbridge, 'ENG')).toHaveLength(60);
  // JSM: the request type comes with the issue type; the notes policy makes no difference to replies.
  expect(projectIssues(deskbridge, 'SUP').filter((issue) => (issue.properties.deskbridge as { integrationId?: string })?.integrationId === sup.id)).toHaveLength(60);
  expect((await allLinksOfIntegration(sup.id)).every((link) => link.state === 'ok')).toBe(true);
}, 60_000);

test("a run that uses up Jira's hourly quota waits as long as Jira asks, then finishes from its checkpoint", async () => {
  const { deskbridge } = local;
  const { integrationId } = await setUpFreshdeskSync(deskbridge, engConfig(), { webhooks: false });
  account(60);
  const backfill = backfillClient(deskbridge, integrationId);
  await backfill.estimate();
  await backfill.settle();
  // Someone else spent the app's quota: the first bulk create goes through, the next call is refused until the hour is over.
  deskbridge.sandbox!.rateLimits.configure({ ...ATLASSIAN_DEFAULTS, pointsPerHour: 30 });
  const secondsToHourEnd = Math.ceil((3_600_000 - (Date.now() % 3_600_000)) / 1000);
  // The page's own calls to Jira are refused as well meanwhile (the quota is the app's): the run record is read straight from the store.
  const run = () => deskbridge.runtime.kvs.get('kv', `backfill:run:${integrationId}`)?.value as { state: string; counts: { retries: number; failed: number } };
  try {
    await backfill.start();
    for (let tries = 0; run().counts.retries === 0 && tries < 300; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(run()).toMatchObject({ state: 'running', counts: { retries: 1, failed: 0 } });
  } finally {
    deskbridge.sandbox!.rateLimits.configure(undefined);
  }
  const waits = (await invokeOk(deskbridge, ROLES.jiraAdmin, 'sync-logs/read', { integrationId, result: 'retry' })).entries as { reason: string }[];
  const waited = Number(/waits (\d+) s/.exec(waits[0]?.reason ?? '')?.[1]);
  // What Jira's Retry-After said (the rest of the hour), not a guess of its own.
  expect(waited).toBeGreaterThanOrEqual(Math.min(secondsToHourEnd - 60, 900));
  // The hour is over (the limits are lifted): the run carries on from its checkpoint, nothing twice.
  expect(await backfill.settle()).toMatchObject({ state: 'done', done: 60, failed: 0, comments: 120 });
  expect(projectIssues(deskbridge, 'ENG')).toHaveLength(60);
}, 90_000);
