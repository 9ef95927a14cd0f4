/**
 * `dashboard/summary` on the local runtime: links per help desk, stuck links, and seven days of
 * sync activity from the sync log, in one call, for Jira admins.
 */
import { linkIdOf } from '../../../src/sync/links/link';
import { getLink, saveLink } from '../../../src/sync/links/link-store';
import { invokeOk, invokeResolver, ROLES, useLocalDeskbridge } from '../../support/local-app';
import { engConfig, freshdeskAgent, settle, setUpFreshdeskSync } from '../../support/sync-harness';

const local = useLocalDeskbridge({ queueDelayScale: 0.001 });

test('links and stuck links per help desk, and the last seven days, oldest first', async () => {
  const { deskbridge } = local;
  const { integrationId } = await setUpFreshdeskSync(deskbridge, engConfig());
  const agent = freshdeskAgent(deskbridge);
  const first = await agent.createTicket({ subject: 'One', description: '<p>1</p>' });
  await agent.createTicket({ subject: 'Two', description: '<p>2</p>' });
  await settle(deskbridge);
  const link = (await getLink(linkIdOf(integrationId, String(first.id))))!;
  await saveLink({ ...link, state: 'stuck', stuckReason: 'Fixture' });

  const summary = await invokeOk(deskbridge, ROLES.jiraAdmin, 'dashboard/summary');
  expect(summary.tools).toEqual([{ tool: 'freshdesk', toolName: 'Freshdesk', integrations: 1, links: 2, stuck: 1 }]);
  expect(summary.totals).toEqual({ integrations: 1, links: 2, stuck: 1 });
  expect(summary.capped).toBe(false);
  expect(summary.activity).toHaveLength(7);
  expect(summary.activity.map((day: { day: string }) => day.day)).toEqual([...summary.activity.map((day: { day: string }) => day.day)].sort());
  expect(summary.activity.at(-1).day).toBe(new Date().toISOString().slice(0, 10));
});

test('only Jira admins see it', async () => {
  expect(await invokeResolver(local.deskbridge, ROLES.projectAdmin, 'dashboard/summary')).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
});
