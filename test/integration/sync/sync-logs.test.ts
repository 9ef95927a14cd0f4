/**
 * The sync log: an entry for each thing the sync did (issue created, comments copied both ways,
 * a retry scheduled, a link parked), holding ids and titles but no ticket content, sealed at
 * rest; read back filtered and paged through `sync-logs/read`; pruned daily to each
 * integration's retention.
 */
import { setNetworkFaults } from '../../../local/runtime/network-faults';
import { runInvocation } from '../../../local/runtime/invocation-scope';
import { recordSyncLog, syncActivity, type SyncLogEntry } from '../../../src/sync/logs/sync-log';
import { invokeOk, invokeResolver, ROLES, useLocalDeskbridge } from '../../support/local-app';
import { freshdeskAgent, jiraUser, setUpFreshdeskSync, settle } from '../../support/sync-harness';

const local = useLocalDeskbridge({ queueDelayScale: 0.001 });
const admin = ROLES.jiraAdmin;
const DAY = 86_400_000;

const inInvocation = <T>(work: () => Promise<T>) => runInvocation({ functionKey: 'test', moduleKey: 'test', moduleType: 'test', timeoutMs: 60_000 }, work);

async function readAll(integrationId: string, filter: Record<string, unknown> = {}, limit = 100): Promise<SyncLogEntry[]> {
  const entries: SyncLogEntry[] = [];
  let cursor: string | undefined;
  do {
    const page = await invokeOk(local.deskbridge, admin, 'sync-logs/read', { integrationId, ...filter, limit, ...(cursor ? { cursor } : {}) });
    entries.push(...page.entries);
    cursor = page.nextCursor;
  } while (cursor);
  return entries;
}

afterEach(() => setNetworkFaults(undefined));

test('applied changes, retries and parked links are logged with ids and titles only, and read back filtered and paged', async () => {
  const { deskbridge } = local;
  const { integrationId } = await setUpFreshdeskSync(deskbridge);
  const agent = freshdeskAgent(deskbridge);
  const ticket = await agent.createTicket({ subject: 'Printer on fire', description: '<p>Smoke everywhere, secret-ish detail</p>' });
  await settle(deskbridge);
  await agent.reply(ticket.id, '<p>Reply text that must not be logged</p>');
  await settle(deskbridge);
  const created = (await readAll(integrationId)).find((entry) => entry.action === 'issue.created')!;
  expect(created).toMatchObject({ direction: 'to-jira', result: 'ok', ticketId: String(ticket.id), title: 'Printer on fire', issueKey: expect.stringMatching(/^ENG-/) });
  await jiraUser(deskbridge).comment(created.issueId!, 'Jira comment text that must not be logged');
  await settle(deskbridge);

  // A change Jira cannot take now is retried (logged as such), then applied.
  let refusals = 0;
  setNetworkFaults((call) => (call.side === 'jira' && call.method === 'POST' && call.url.endsWith('/comment?expand=properties') && refusals++ < 3 ? { kind: 'status', status: 503 } : undefined));
  await agent.reply(ticket.id, '<p>Second reply</p>');
  await settle(deskbridge);
  setNetworkFaults(undefined);

  // An issue deleted in Jira: the next reply cannot be copied, and the link is parked.
  await fetch(`${deskbridge.jiraUrl}/rest/api/3/issue/${created.issueId}`, { method: 'DELETE', headers: { authorization: `Basic ${Buffer.from(`${ROLES.jiraAdmin.accountId}:forge-local`).toString('base64')}` } });
  await agent.reply(ticket.id, '<p>Third reply</p>');
  await settle(deskbridge);

  const entries = await readAll(integrationId);
  const actions = entries.map((entry) => `${entry.action} ${entry.direction} ${entry.result}`);
  expect(actions).toEqual(
    expect.arrayContaining(['issue.created to-jira ok', 'comment.copied to-jira ok', 'comment.copied to-helpdesk ok', 'change.retrying to-jira retry', 'link.stuck to-jira error']),
  );
  expect(entries.find((entry) => entry.action === 'change.retrying')).toMatchObject({ errorKind: 'unavailable', ticketId: String(ticket.id), reason: expect.any(String) });
  expect(entries.find((entry) => entry.action === 'link.stuck')).toMatchObject({ errorKind: 'not-found', ticketId: String(ticket.id) });
  // Newest first.
  expect(entries.map((entry) => entry.at)).toEqual([...entries.map((entry) => entry.at)].sort((a, b) => b - a));

  // Ids and titles only, and sealed at rest: KVS holds none of it in the clear.
  const read = JSON.stringify(entries);
  for (const content of ['Smoke everywhere', 'Reply text', 'Jira comment text', 'Second reply']) expect(read).not.toContain(content);
  const stored = JSON.stringify(deskbridge.runtime.kvs.entries('entity:sync-log'));
  for (const clear of ['Printer on fire', String(created.issueKey), 'comment.copied']) expect(stored).not.toContain(clear);

  // Filters and paging.
  const errors = await readAll(integrationId, { result: 'error' });
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.every((entry) => entry.result === 'error')).toBe(true);
  const outbound = await readAll(integrationId, { direction: 'to-helpdesk' });
  expect(outbound.map((entry) => entry.action)).toEqual(['comment.copied']);
  const paged = await readAll(integrationId, {}, 2);
  expect(paged).toEqual(entries);
  const window = await readAll(integrationId, { since: created.at, until: created.at });
  expect(window.every((entry) => entry.at === created.at)).toBe(true);
  expect(await invokeResolver(deskbridge, admin, 'sync-logs/read', { integrationId, since: 10, until: 5 })).toMatchObject({ ok: false, error: { kind: 'invalid' } });

  const activity = await inInvocation(() => syncActivity([integrationId], 7));
  expect(activity).toHaveLength(7);
  expect(activity[6]).toEqual({ day: new Date().toISOString().slice(0, 10), ok: entries.filter((entry) => entry.result === 'ok').length, error: errors.length });
}, 60_000);

test('the daily prune keeps each integration to its retention', async () => {
  const { deskbridge } = local;
  const { integrationId, connectionId } = await setUpFreshdeskSync(deskbridge, undefined, { webhooks: false });
  const other = await invokeOk(deskbridge, admin, 'integrations/create', { name: 'Other', tool: 'freshdesk', projectId: '10000', connectionId });
  expect(await invokeOk(deskbridge, admin, 'sync-logs/settings/get', { integrationId })).toEqual({ retentionDays: 14, minDays: 1, maxDays: 30 });
  expect(await invokeOk(deskbridge, admin, 'sync-logs/settings/save', { integrationId, retentionDays: 2 })).toMatchObject({ retentionDays: 2 });
  expect(await invokeResolver(deskbridge, admin, 'sync-logs/settings/save', { integrationId, retentionDays: 31 })).toMatchObject({ ok: false, error: { kind: 'invalid' } });
  const now = Date.now();
  const entry = (id: string, daysAgo: number) => recordSyncLog({ integrationId: id, direction: 'to-jira', action: 'comment.copied', result: 'ok', ticketId: `${daysAgo}`, at: now - daysAgo * DAY });
  await inInvocation(async () => {
    for (const daysAgo of [0, 1, 3, 20]) await entry(integrationId, daysAgo);
    for (const daysAgo of [0, 10, 20]) await entry(other.id, daysAgo);
  });
  await deskbridge.runtime.runScheduledTrigger('sync-logs-prune-daily');
  expect((await readAll(integrationId)).map((kept) => kept.ticketId)).toEqual(['0', '1']);
  expect((await readAll(other.id)).map((kept) => kept.ticketId)).toEqual(['0', '10']);
}, 60_000);
