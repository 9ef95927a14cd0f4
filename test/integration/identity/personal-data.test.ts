/**
 * Personal data reporting: every stored accountId is reported; a closed account disappears from
 * every store (integrations and connections pass to the app, flagged; log entries keep their
 * place with a placeholder) and nothing else changes; an updated account is read again.
 */
import { FRESHDESK_SANDBOX } from '../../../local/sandbox/freshdesk';
import { basicAuthHeader, SEED_GROUPS, SEED_USERS } from '../../../local/sandbox/jira';
import { emailKeyOf, accountKeyOf } from '../../../src/identity/identity-keys';
import { linkKey, saveLink } from '../../../src/identity/identity-map/link-store';
import { matchContact } from '../../../src/identity/match-contact';
import { appendLog, type LogEntry } from '../../../src/integrations/integration-log';
import { saveIntegration } from '../../../src/integrations/integration-store';
import type { IdentityStatus } from '../../../src/shared/identity';
import type { IntegrationView, LogPage } from '../../../src/shared/integrations';
import { KEY } from '../../../src/storage/keys';
import { unseal } from '../../../src/storage/sealed-box';
import { invokeOk, ROLES, useLocalDeskbridge } from '../../support/local-app';
import { entityRows, inInvocation, kvsChanges, kvsState, observeConsumers, sandboxPost, syncDirectory } from './support/identity-harness';
import { captureLogs, personalStrings } from './support/log-capture';

const logs = captureLogs();
const local = useLocalDeskbridge({ log: logs.runtimeLog });
const TRIGGER = 'identity-personal-data-report';
/** X: a person who leaves. Made a Jira admin so they also set up a connection. */
const X = SEED_USERS.freshdeskAgent.accountId;
const CLOSED = SEED_USERS.gdprClosed.accountId; // Atlassian's closed test account: 5be24ba3f91c106033269289
const Y = ROLES.jiraAdmin;
const asX = { accountId: X, page: 'admin' };
const ids: Record<string, string> = {};

beforeAll(async () => {
  const { deskbridge } = local;
  await fetch(`${deskbridge.jiraUrl}/rest/api/3/group/user?groupId=${SEED_GROUPS.jiraAdmins.groupId}`, {
    method: 'POST',
    headers: { Authorization: basicAuthHeader(Y.accountId), 'content-type': 'application/json' },
    body: JSON.stringify({ accountId: X }),
  });
  ids.desk = (await invokeOk(deskbridge, Y, 'integrations/create', { name: 'Support desk', tool: 'zendesk', projectId: '10000' })).id;
  await syncDirectory(deskbridge);
  ids.connection = (await invokeOk(deskbridge, asX, 'connections/create', { tool: 'freshdesk', name: 'Acme', domain: FRESHDESK_SANDBOX.domain, secret: FRESHDESK_SANDBOX.secret })).id;
  ids.xOwned = (await invokeOk(deskbridge, asX, 'integrations/create', { name: 'X owned', tool: 'freshdesk', projectId: '10001' })).id;
  ids.handed = (await invokeOk(deskbridge, Y, 'integrations/create', { name: 'Handed around', tool: 'freshdesk', projectId: '10000' })).id;
  await invokeOk(deskbridge, Y, 'integrations/transfer', { id: ids.handed, ownerAccountId: X }); // to X
  await invokeOk(deskbridge, Y, 'integrations/transfer', { id: ids.handed, ownerAccountId: ROLES.projectAdmin.accountId }); // from X
  await invokeOk(deskbridge, Y, 'identity/links/set', { tool: 'freshdesk', contactId: 'f-x', accountId: X });
  await invokeOk(deskbridge, Y, 'identity/links/set', { tool: 'freshdesk', contactId: 'f-y', accountId: Y.accountId });
  await inInvocation(async () => {
    await matchContact('freshdesk', { id: 'f-x-mail', email: 'freshdeskagent@deskbridge-local.example' });
    await matchContact('zendesk', { id: 'z-casey', email: 'customercasey@customers.example' });
    // Data stored about the closed test account before it was closed.
    const now = Date.now();
    await saveIntegration({ id: '00000000-0000-4000-8000-0000000000c1', name: 'Closed owner', tool: 'zendesk', projectId: '10001', projectKey: 'ENG', ownerAccountId: CLOSED, createdAt: now, updatedAt: now });
    ids.closedOwned = '00000000-0000-4000-8000-0000000000c1';
    await appendLog(ids.closedOwned, { action: 'integration.created', result: 'ok', actorAccountId: CLOSED, detail: 'Created "Closed owner" for ENG' });
    await saveLink({ tool: 'zendesk', contactId: 'z-closed', accountId: CLOSED, source: 'manual', updatedAt: now });
  });
});

/** Log entries (by key) that name any of `accounts`, decrypted from the stored state. */
async function logKeysNaming(accounts: string[]): Promise<string[]> {
  const rows = entityRows<{ sealed: string }>(local.deskbridge, 'integration-log');
  const naming: string[] = [];
  for (const [key, { sealed }] of rows) {
    const entry = await inInvocation(() => unseal<LogEntry>(sealed));
    if ([entry.actorAccountId, entry.about?.from, entry.about?.to].some((id) => id && accounts.includes(id))) naming.push(key);
  }
  return naming;
}

test('a closed account disappears from every store; its integrations and connections pass to the app; nothing else changes', async () => {
  const { deskbridge } = local;
  await sandboxPost(deskbridge, `/__sandbox/accounts/${X}/close`);
  const logsNaming = await logKeysNaming([X, CLOSED]);
  expect(logsNaming).toHaveLength(4); // X created "X owned"; "Handed around" went to X and from X; the closed account's entry
  const before = kvsState(deskbridge);
  await deskbridge.runtime.runScheduledTrigger(TRIGGER);
  const after = kvsState(deskbridge);

  const [xKey, closedKey] = await inInvocation(() => Promise.all([accountKeyOf(X), accountKeyOf(CLOSED)]));
  const changes = kvsChanges(before, after);
  expect(changes.removed.sort()).toEqual(
    [
      `entity:directory-user ${X}`,
      `entity:identity-link ${linkKey('freshdesk', 'f-x')}`,
      `entity:identity-link ${linkKey('freshdesk', 'f-x-mail')}`,
      `entity:identity-link ${linkKey('zendesk', 'z-closed')}`,
      `entity:log-account ${xKey}`,
      `entity:log-account ${closedKey}`,
    ].sort(),
  );
  expect(changes.changed.sort()).toEqual(
    [
      `entity:connection ${ids.connection}`,
      `entity:integration ${ids.xOwned}`,
      `entity:integration ${ids.closedOwned}`,
      ...logsNaming.map((key) => `entity:integration-log ${key}`),
    ].sort(),
  );
  // Added: the app's account id, the reporting record, the walk's claim, per closed account one erasure claim
  // (an account reported by several stores is erased once) and one row of counts.
  const kinds = changes.added.map((entry) => entry.replace(/:\d{15}:[\w-]+$/, ':<at>:<id>').replace(/(claim):.*$/, '$1'));
  expect(kinds.sort()).toEqual(
    [`kv ${KEY.appAccount}`, `kv ${KEY.personalData}`, 'kv identity:claim', ...Array(2).fill('kv identity:account-claim'), ...Array(2).fill('kv identity:erasure:<at>:<id>')].sort(),
  );
  // Neither accountId is anywhere in storage any more (log entries are sealed: checked below).
  const stored = deskbridge.runtime.kvs.snapshot();
  expect(stored).not.toContain(X);
  expect(stored).not.toContain(CLOSED);
  expect(await logKeysNaming([X, CLOSED])).toEqual([]);

  const app = SEED_USERS.app.accountId;
  const views = await invokeOk<IntegrationView[]>(deskbridge, Y, 'integrations/list');
  expect(views.find((view) => view.id === ids.xOwned)).toMatchObject({ ownerAccountId: app, ownerErased: true });
  expect(views.find((view) => view.id === ids.handed)).toMatchObject({ ownerAccountId: ROLES.projectAdmin.accountId });
  expect(views.find((view) => view.id === ids.handed)!.ownerErased).toBeUndefined();
  const handedLog = await invokeOk<LogPage>(deskbridge, Y, 'logs/read', { integrationId: ids.handed });
  expect(handedLog.entries.filter((entry) => entry.action === 'integration.owner-transferred').map((entry) => entry.about)).toEqual([
    { from: '(former user)', to: ROLES.projectAdmin.accountId },
    { from: Y.accountId, to: '(former user)' },
  ]);
  const closedLog = await invokeOk<LogPage>(deskbridge, Y, 'logs/read', { integrationId: ids.closedOwned });
  expect(closedLog.entries).toEqual([expect.objectContaining({ actorAccountId: '(former user)', detail: 'Created "Closed owner" for ENG' })]);

  const status = await invokeOk<IdentityStatus>(deskbridge, Y, 'identity/status');
  expect(status.personalData).toMatchObject({
    cycleDays: 7,
    lastReportAt: expect.any(String),
    erased: { closedAccounts: 2, identityLinks: 3, integrationsReassigned: 2, connectionsReassigned: 1, logActorsReplaced: 4, directoryUsers: 1 },
  });
  expect(Date.parse(status.personalData.nextReportAt!) - Date.parse(status.personalData.lastReportAt!)).toBeLessThanOrEqual(7 * 24 * 3600 * 1000);
  // Reported: the directory (7 people and customers before X left), the link, log and owner accounts beyond it.
  expect(status.personalData.reported).toBeGreaterThanOrEqual(8);

  // A Jira admin hands the flagged integration to a person: the flag goes.
  const handedBack = await invokeOk<IntegrationView>(deskbridge, Y, 'integrations/transfer', { id: ids.xOwned, ownerAccountId: Y.accountId });
  expect(handedBack.ownerAccountId).toBe(Y.accountId);
  expect(handedBack.ownerErased).toBeUndefined();
});

test('a second run of the daily trigger within the cycle reports nothing', async () => {
  const before = local.deskbridge.runtime.kvs.snapshot();
  await local.deskbridge.runtime.runScheduledTrigger(TRIGGER);
  expect(local.deskbridge.runtime.kvs.snapshot()).toBe(before);
});

test('an updated account is read again: its email hash follows the new address, and the stale email match goes', async () => {
  const { deskbridge } = local;
  const casey = SEED_USERS.customerCasey.accountId;
  await sandboxPost(deskbridge, `/__sandbox/accounts/${encodeURIComponent(casey)}/update`, { emailAddress: 'casey.renamed@customers.example' });
  const record = deskbridge.runtime.kvs.get('kv', KEY.personalData)!.value as { cycleStartedAt: number };
  deskbridge.runtime.kvs.put('kv', KEY.personalData, { ...record, cycleStartedAt: record.cycleStartedAt - 8 * 24 * 3600 * 1000 });
  const before = kvsState(deskbridge);
  await deskbridge.runtime.runScheduledTrigger(TRIGGER);
  const changes = kvsChanges(before, kvsState(deskbridge));
  expect(changes.changed.filter((entry) => entry.startsWith('entity:'))).toEqual([`entity:directory-user ${casey}`]);
  expect(changes.removed.filter((entry) => entry.startsWith('entity:'))).toEqual([`entity:identity-link ${linkKey('zendesk', 'z-casey')}`]);
  expect(changes.removed.filter((entry) => entry.startsWith('kv identity:erasure:'))).toHaveLength(2); // folded into the totals
  const newKey = await inInvocation(() => emailKeyOf('casey.renamed@customers.example'));
  expect(entityRows<{ emailKey: string }>(deskbridge, 'directory-user').get(casey)!.emailKey).toBe(newKey);
  const status = await invokeOk<IdentityStatus>(deskbridge, Y, 'identity/status');
  expect(status.personalData.erased.closedAccounts).toBe(2);
});

test('a rate limit below the walk\'s pace only delays reports: every account is still reported and acted on', async () => {
  const { deskbridge } = local;
  await sandboxPost(deskbridge, '/__sandbox/users/generate', { count: 450 });
  await syncDirectory(deskbridge);
  const generated = deskbridge.sandbox!.site.users.filter((user) => user.accountId.startsWith('synthetic-')).map((user) => user.accountId);
  for (const accountId of generated) await sandboxPost(deskbridge, `/__sandbox/accounts/${accountId}/update`, {});
  await sandboxPost(deskbridge, '/__sandbox/personal-data/settings', { maxRequestsPerSecond: 3 });
  const record = deskbridge.runtime.kvs.get('kv', KEY.personalData)!.value as { cycleStartedAt: number };
  deskbridge.runtime.kvs.put('kv', KEY.personalData, { ...record, cycleStartedAt: record.cycleStartedAt - 8 * 24 * 3600 * 1000 });
  const started = Date.now();
  const observed = observeConsumers(deskbridge);
  try {
    await deskbridge.runtime.runScheduledTrigger(TRIGGER);
  } finally {
    observed.restore();
    await sandboxPost(deskbridge, '/__sandbox/personal-data/settings', { maxRequestsPerSecond: null });
  }
  // Some reports were answered 429 and pushed back as new events (not Forge retries, which a rate limit would use up).
  expect(observed.calls.some((call) => Number(call.body.rateLimited) > 0)).toBe(true);
  // Every generated account was reported, answered `updated`, and read again.
  const directory = entityRows<{ fetchedAt: number }>(deskbridge, 'directory-user');
  expect(generated.filter((accountId) => !(directory.get(accountId)!.fetchedAt >= started))).toEqual([]);
}, 60_000);

test('no email address or display name appeared in any log line of this file', () => {
  const logged = logs.lines.join('\n');
  for (const text of personalStrings(local.deskbridge.sandbox!.site.users)) expect(logged).not.toContain(text);
  expect(logged).not.toMatch(/@[\w-]+\.example/);
  expect(logged).not.toContain(X);
});
