/**
 * Deleting an integration leaves no sync state behind: after `integrations/delete`, KVS holds
 * nothing of the integration (record, log, sync config, links and their bases, poll checkpoint,
 * webhook secret), the issues it linked lost their `deskbridge` property but kept their content,
 * and the help desk's next webhook for it is refused.
 */
import { SEED_USERS } from '../../../local/sandbox/jira';
import { runInvocation } from '../../../local/runtime/invocation-scope';
import { INLINE_UNLINKS } from '../../../src/resolvers/integrations/delete-integration';
import { recordFailures } from '../../../src/sync/backfill/backfill-failures';
import { newLink } from '../../../src/sync/links/link';
import { emptyBase, saveBase } from '../../../src/sync/links/link-base';
import { saveLink } from '../../../src/sync/links/link-store';
import { backfillClient } from '../../support/backfill-harness';
import { ROLES, invokeOk, invokeResolver, useLocalDeskbridge } from '../../support/local-app';
import { engConfig, freshdeskAgent, jiraUser, settle, setUpFreshdeskSync } from '../../support/sync-harness';

const local = useLocalDeskbridge({ queueDelayScale: 0.001 });
const inInvocation = <T>(work: () => Promise<T>) => runInvocation({ functionKey: 'test', moduleKey: 'test', moduleType: 'test', timeoutMs: 60_000 }, work);

/** Every stored record (key or value) that names the integration, by namespace. */
function storedOf(integrationId: string): string[] {
  const namespaces = JSON.parse(local.deskbridge.runtime.kvs.snapshot()) as [string, [string, unknown][]][];
  return namespaces.flatMap(([namespace, items]) =>
    items.filter(([key, item]) => key.includes(integrationId) || JSON.stringify(item).includes(integrationId)).map(([key]) => `${namespace} ${key}`),
  );
}

test('after deleting, KVS holds nothing of the integration and the linked issues lost their property', async () => {
  const { deskbridge } = local;
  const { integrationId } = await setUpFreshdeskSync(deskbridge, engConfig());
  const agent = freshdeskAgent(deskbridge);
  const jira = jiraUser(deskbridge);
  const tickets = [
    await agent.createTicket({ subject: 'Printer on fire', description: '<p>Really.</p>' }),
    await agent.createTicket({ subject: 'VPN drops', description: '<p>Hourly.</p>' }),
  ];
  await settle(deskbridge);
  await deskbridge.runtime.runScheduledTrigger('sync-poll-every-five-minutes');
  await settle(deskbridge);

  const issues = await jira.search(`issue.property[deskbridge].integrationId = "${integrationId}"`);
  expect(issues.map((issue: any) => issue.fields.summary).sort()).toEqual(['Printer on fire', 'VPN drops']);
  const links = await invokeOk(deskbridge, ROLES.jiraAdmin, 'sync-links/list', { integrationId });
  expect(links.links).toHaveLength(2);
  // A backfill was estimated (its run record) and a ticket it could not bring over is listed.
  const backfill = backfillClient(deskbridge, integrationId);
  await backfill.estimate();
  await backfill.settle();
  await inInvocation(() => recordFailures([{ integrationId, ticketId: '999', errorKind: 'not-found', reason: 'Ticket 999 is gone.', at: Date.now(), retryable: false }]));
  const before = storedOf(integrationId);
  expect(before.some((entry) => entry.startsWith('kv backfill:run:'))).toBe(true);
  expect(before.some((entry) => entry.startsWith('entity:backfill-failure '))).toBe(true);
  expect(before.some((entry) => entry.startsWith('kv sync:checkpoint:'))).toBe(true);
  expect(before.some((entry) => entry.startsWith('secret webhook-secret:'))).toBe(true);

  await invokeOk(deskbridge, ROLES.jiraAdmin, 'integrations/delete', { id: integrationId });
  await settle(deskbridge);

  expect(storedOf(integrationId)).toEqual([]);
  for (const issue of issues) {
    const after = await jira.issue(issue.id);
    expect(after.properties?.deskbridge).toBeUndefined();
    expect(after.fields.summary).toBe(issue.fields.summary);
  }
  expect(await jira.search(`issue.property[deskbridge].integrationId = "${integrationId}"`)).toEqual([]);

  // The help desk keeps its pasted webhook: the next delivery is refused and creates nothing.
  await agent.reply(tickets[0].id, '<p>Still there?</p>');
  await settle(deskbridge);
  expect(storedOf(integrationId)).toEqual([]);
  expect((await jira.comments(issues[0].id)).length).toBe(0);
  const gone = await invokeResolver(deskbridge, ROLES.jiraAdmin, 'sync-links/list', { integrationId });
  expect(gone.ok).toBe(false);
});

test(`an integration with more than ${INLINE_UNLINKS} links: all its records go, the first ${INLINE_UNLINKS} issues lose their property`, async () => {
  const { deskbridge } = local;
  const { integrationId } = await setUpFreshdeskSync(deskbridge, engConfig(), { webhooks: false });
  const asAdmin = { authorization: `Basic ${Buffer.from(`${SEED_USERS.admin.accountId}:forge-local`).toString('base64')}`, 'content-type': 'application/json' };
  const jira = (method: string, path: string, body: unknown) => fetch(`${deskbridge.jiraUrl}${path}`, { method, headers: asAdmin, body: JSON.stringify(body) });
  const issues: { id: string; key: string }[] = [];
  for (let n = 0; n < INLINE_UNLINKS + 5; n++) {
    const issue = await (await jira('POST', '/rest/api/3/issue', { fields: { project: { key: 'ENG' }, issuetype: { id: '10101' }, summary: `Linked ${n}` } })).json();
    const link = newLink({ id: integrationId, tool: 'freshdesk' }, { id: String(1000 + n), url: `https://acme.freshdesk.com/a/tickets/${1000 + n}`, status: { id: '2', name: 'Open', bucket: 'new' } }, issue);
    await saveLink(link);
    await saveBase(link.id, emptyBase());
    await jira('PUT', `/rest/api/3/issue/${issue.id}/properties/deskbridge`, { integrationId, ticketId: link.ticketId });
    issues.push(issue);
  }
  await settle(deskbridge);

  await invokeOk(deskbridge, ROLES.jiraAdmin, 'integrations/delete', { id: integrationId });

  expect(storedOf(integrationId)).toEqual([]);
  const kept = [];
  for (const issue of issues) if ((await jiraUser(deskbridge).issue(issue.id)).properties?.deskbridge) kept.push(issue.key);
  expect(kept).toHaveLength(5);
});
