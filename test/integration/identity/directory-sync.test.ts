/**
 * The directory sync as the app: the seeded site, then thousands of generated users, chunk by
 * chunk through the queue with a checkpoint in KVS; a chunk that crashes resumes without
 * duplicates; accounts that leave are removed at the end of a complete run.
 */
import { SEED_PROJECTS, SEED_USERS } from '../../../local/sandbox/jira';
import { emailKeyOf } from '../../../src/identity/identity-keys';
import type { DirectoryUser } from '../../../src/identity/directory/directory-user';
import type { IdentityStatus, SyncNowResult } from '../../../src/shared/identity';
import { KEY } from '../../../src/storage/keys';
import { invokeOk, ROLES, useLocalDeskbridge } from '../../support/local-app';
import { directoryRun, entityRows, inInvocation, observeConsumers, sandboxPost, syncDirectory } from './support/identity-harness';
import { captureLogs, personalStrings } from './support/log-capture';

const logs = captureLogs();
const local = useLocalDeskbridge({ log: logs.runtimeLog });
const users = () => entityRows<DirectoryUser>(local.deskbridge, 'directory-user');
const GENERATED = 5_000;

/** Who the seeded site's directory must hold: people and customers, not the app, not the closed account. */
const STORED = ['admin', 'projectAdmin', 'freshdeskAgent', 'outsider', 'gdprActive', 'customerCasey', 'customerMorgan'] as const;

beforeAll(async () => {
  // An integration on the JSM project, so the sync reads that desk's customers too.
  await invokeOk(local.deskbridge, ROLES.jiraAdmin, 'integrations/create', { name: 'Support desk', tool: 'zendesk', projectId: SEED_PROJECTS.SUP.id });
});

test('the seeded site: people and JSM customers by accountId, with an email hash only where Jira shows the email', async () => {
  const run = await syncDirectory(local.deskbridge);
  expect(run).toMatchObject({ state: 'done', users: STORED.length, removed: 0 });
  expect(run.lastError).toBeUndefined();
  const stored = users();
  expect([...stored.keys()].sort()).toEqual(STORED.map((key) => SEED_USERS[key].accountId).sort());
  expect(stored.get(SEED_USERS.customerCasey.accountId)).toMatchObject({ accountType: 'customer', active: true, seenRun: run.runId });
  // The sandbox shows the emails of the freshdesk agent and of Casey (profile visibility "Anyone"); of nobody else.
  const withEmail = [...stored].filter(([, user]) => user.emailKey).map(([accountId]) => accountId);
  expect(withEmail.sort()).toEqual([SEED_USERS.freshdeskAgent.accountId, SEED_USERS.customerCasey.accountId].sort());
  const caseyKey = await inInvocation(() => emailKeyOf('customercasey@customers.example'));
  expect(stored.get(SEED_USERS.customerCasey.accountId)!.emailKey).toBe(caseyKey);
  // Nothing a person could read: no names, no emails, anywhere in storage.
  const everything = local.deskbridge.runtime.kvs.snapshot();
  for (const text of personalStrings(local.deskbridge.sandbox!.site.users)) expect(everything).not.toContain(text);

  const status = await invokeOk<IdentityStatus>(local.deskbridge, ROLES.jiraAdmin, 'identity/status');
  expect(status.directory).toMatchObject({ state: 'done', users: STORED.length, withEmail: 2 });
});

test(`${GENERATED.toLocaleString('en')} generated users: one page per chunk, the checkpoint advancing, every invocation well inside its budget`, async () => {
  await sandboxPost(local.deskbridge, '/__sandbox/users/generate', { count: GENERATED, emailVisibleEvery: 10 });
  const observed = observeConsumers(local.deskbridge);
  const run = await syncDirectory(local.deskbridge);
  observed.restore();
  const total = local.deskbridge.sandbox!.site.users.length;
  const chunks = observed.calls.filter((call) => call.functionKey === 'directory-consumer');
  expect(chunks.map((call) => call.body.seq)).toEqual([...Array(Math.ceil(total / 1000)).keys()]);
  // After each full page the checkpoint sits 1,000 accounts further; the last chunk finishes the run.
  expect(chunks.slice(0, -1).map((call) => call.runAfter!.checkpoint!.startAt)).toEqual(chunks.slice(0, -1).map((_, i) => (i + 1) * 1000));
  expect(chunks.at(-1)!.runAfter).toMatchObject({ state: 'done' });
  expect(Math.max(...chunks.map((call) => call.ms))).toBeLessThan(140_000); // half of 300 s, minus the reserve
  expect(run).toMatchObject({ state: 'done', users: STORED.length + GENERATED, withEmail: 2 + GENERATED / 10, processed: total + 2 });
  expect(users().size).toBe(STORED.length + GENERATED);
});

test('a chunk that crashes half-way through a page resumes from its checkpoint: nothing twice, nothing lost', async () => {
  const kvs = local.deskbridge.runtime.kvs;
  const put = kvs.put.bind(kvs);
  let writes = 0;
  const spy = jest.spyOn(kvs, 'put').mockImplementation((namespace, key, ...rest) => {
    if (namespace === 'entity:directory-user' && ++writes === 1_500) throw new Error('KVS went away');
    return put(namespace, key, ...rest);
  });
  const observed = observeConsumers(local.deskbridge);
  const run = await syncDirectory(local.deskbridge);
  observed.restore();
  spy.mockRestore();
  const chunks = observed.calls.filter((call) => call.functionKey === 'directory-consumer');
  expect(chunks.filter((call) => call.retry > 0).map((call) => call.body.seq)).toEqual([1]); // the second page, once more
  expect(chunks[1].runAfter!.checkpoint).toMatchObject({ seq: 1, startAt: 1000 }); // the crash advanced nothing
  const total = local.deskbridge.sandbox!.site.users.length;
  expect(run).toMatchObject({ state: 'done', processed: total + 2, users: STORED.length + GENERATED, removed: 0 });
  expect([...users().values()].every((user) => user.seenRun === run.runId)).toBe(true);
});

test('an account that leaves the site (closed) is removed at the end of the next complete run', async () => {
  const leaving = 'synthetic-000042';
  expect(users().has(leaving)).toBe(true);
  await sandboxPost(local.deskbridge, `/__sandbox/accounts/${leaving}/close`);
  const run = await syncDirectory(local.deskbridge);
  expect(run).toMatchObject({ state: 'done', removed: 1, users: STORED.length + GENERATED - 1 });
  expect(users().has(leaving)).toBe(false);
});

test('sync-now refuses politely while a run is going, and starts again once a run has stalled', async () => {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const observed = observeConsumers(local.deskbridge, async (_call, run) => {
    await gate;
    return run();
  });
  const first = await invokeOk<SyncNowResult>(local.deskbridge, ROLES.jiraAdmin, 'identity/sync-now');
  const second = await invokeOk<SyncNowResult>(local.deskbridge, ROLES.jiraAdmin, 'identity/sync-now');
  expect(first.started).toBe(true);
  expect(second).toMatchObject({ started: false, message: expect.stringContaining('already running'), directory: { state: 'running' } });
  release();
  await local.deskbridge.runtime.queue.drain();
  observed.restore();
  expect(directoryRun(local.deskbridge)!.state).toBe('done');

  // A run whose events gave up long ago no longer blocks a new one.
  const stalled = { ...directoryRun(local.deskbridge)!, state: 'running' as const, updatedAt: Date.now() - 60 * 60 * 1000 };
  local.deskbridge.runtime.kvs.put('kv', KEY.directoryRun, stalled);
  const status = await invokeOk<IdentityStatus>(local.deskbridge, ROLES.jiraAdmin, 'identity/status');
  expect(status.directory).toMatchObject({ state: 'failed', lastError: expect.stringContaining('stopped making progress') });
  expect((await invokeOk<SyncNowResult>(local.deskbridge, ROLES.jiraAdmin, 'identity/sync-now')).started).toBe(true);
  await local.deskbridge.runtime.queue.drain();
});

test('the scheduled trigger starts the same sync, and the status says when the next one runs', async () => {
  await local.deskbridge.runtime.runScheduledTrigger('identity-directory-sync');
  const run = directoryRun(local.deskbridge)!;
  expect(run).toMatchObject({ state: 'done', trigger: 'schedule' });
  const status = await invokeOk<IdentityStatus>(local.deskbridge, ROLES.jiraAdmin, 'identity/status');
  expect(Date.parse(status.directory.nextScheduledRunAt!) - run.lastScheduledAt!).toBe(24 * 60 * 60 * 1000);
});

test('no email address or display name appeared in any log line of this file', () => {
  const logged = logs.lines.join('\n');
  for (const text of personalStrings(local.deskbridge.sandbox!.site.users.slice(0, 20))) expect(logged).not.toContain(text);
  expect(logged).not.toMatch(/@(deskbridge-local|customers|synthetic)\.example/);
});
