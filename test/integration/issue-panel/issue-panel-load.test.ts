/**
 * `issue-panel/load` on the local runtime, end to end: the links of the issue, each ticket as
 * the help desk has it now, what the caller may do, and what happens when the help desk is down.
 */
import { useLocalDeskbridge, invokeOk, ROLES } from '../../support/local-app';
import { addZendeskIntegration, createEngIssue, invokeFromPanel } from '../../support/issue-panel-site';
import { engConfig, freshdeskAgent, jiraUser, settle, setUpFreshdeskSync, supConfig } from '../../support/sync-harness';
import { getLink, saveLink } from '../../../src/sync/links/link-store';
import { linkIdOf } from '../../../src/sync/links/link';
import type { IssuePanelView } from '../../../src/issue-panel/panel-view';

const local = useLocalDeskbridge({ queueDelayScale: 0.001 });

async function linkedIssue() {
  const { deskbridge } = local;
  const { integrationId } = await setUpFreshdeskSync(deskbridge, engConfig());
  const ticket = await freshdeskAgent(deskbridge).createTicket({ subject: 'Printer on fire', description: '<p>Really.</p>', priority: 3, tags: ['vip'] });
  await settle(deskbridge);
  const [issue] = await jiraUser(deskbridge).search(`issue.property[deskbridge].ticketId = "${ticket.id}"`);
  return { integrationId, ticketId: String(ticket.id), issue: { id: issue.id as string, key: issue.key as string } };
}

const load = (accountId: string, issue: { id: string; key: string }) => invokeFromPanel<IssuePanelView>(local.deskbridge, accountId, 'issue-panel/load', { issue: issue.id }, issue);

test('no links: no tickets, and the project’s integration offered for linking', async () => {
  const { integrationId } = await setUpFreshdeskSync(local.deskbridge, engConfig());
  const issue = await createEngIssue(local.deskbridge, 'Nothing linked yet');
  const answer = await load(ROLES.jiraAdmin.accountId, issue);
  expect(answer).toEqual({ ok: true, data: { issue, tickets: [], targets: [expect.objectContaining({ integrationId, toolName: 'Freshdesk', linked: false })] } });
});

test('one link: the ticket as Freshdesk has it now, with the admin’s chosen fields', async () => {
  const { issue, ticketId, integrationId } = await linkedIssue();
  await invokeOk(local.deskbridge, ROLES.jiraAdmin, 'issue-panel/fields/save', { fields: { freshdesk: ['priority', 'tags', 'custom:cf_region'], zendesk: [], intercom: [], servicenow: [] } });
  const answer = await load(ROLES.jiraAdmin.accountId, issue);
  if (!answer.ok) throw new Error(answer.error.message);
  expect(answer.data.tickets).toEqual([
    expect.objectContaining({
      integrationId,
      ticketId,
      toolName: 'Freshdesk',
      ticketUrl: `https://acme.freshdesk.com/a/tickets/${ticketId}`,
      subject: 'Printer on fire',
      status: { name: 'Open', bucket: 'new' },
      requester: expect.any(String),
      fields: [
        { label: 'Priority', value: expect.any(String) },
        { label: 'Tags', value: 'vip' },
      ],
      sync: expect.objectContaining({ state: 'ok' }),
      freshness: 'live',
      canAct: true,
    }),
  ]);
  expect(answer.data.targets).toEqual([expect.objectContaining({ integrationId, linked: true })]);
});

test('several tools: a Zendesk ticket created from the panel joins the Freshdesk one', async () => {
  const { issue, ticketId } = await linkedIssue();
  const zendesk = await addZendeskIntegration(local.deskbridge);
  const created = await invokeFromPanel(local.deskbridge, ROLES.jiraAdmin.accountId, 'issue-panel/create-ticket', { integrationId: zendesk, issue: issue.id }, issue);
  expect(created).toMatchObject({ ok: true, data: { ticketId: expect.any(String), ticketUrl: expect.stringContaining('deskbridge.zendesk.com/agent/tickets/') } });
  await settle(local.deskbridge);
  const answer = await load(ROLES.jiraAdmin.accountId, issue);
  if (!answer.ok) throw new Error(answer.error.message);
  expect(answer.data.tickets.map((ticket) => [ticket.toolName, ticket.freshness]).sort()).toEqual([
    ['Freshdesk', 'live'],
    ['Zendesk', 'live'],
  ]);
  expect(answer.data.tickets.find((ticket) => ticket.tool === 'freshdesk')?.ticketId).toBe(ticketId);
  expect(answer.data.tickets.find((ticket) => ticket.tool === 'zendesk')?.subject).toBe('Printer on fire');
});

test('stuck link: its reason; someone who may not edit the integration reads why they cannot act', async () => {
  const { issue, ticketId, integrationId } = await linkedIssue();
  const link = (await getLink(linkIdOf(integrationId, ticketId)))!;
  await saveLink({ ...link, state: 'stuck', stuckReason: `${issue.key} cannot move to Done: add a transition.` });
  const asAdmin = await load(ROLES.jiraAdmin.accountId, issue);
  expect(asAdmin).toMatchObject({ ok: true, data: { tickets: [{ sync: { state: 'stuck', reason: `${issue.key} cannot move to Done: add a transition.` }, canAct: true }] } });
  const asAgent = await load(ROLES.toolMember.accountId, issue);
  expect(asAgent).toMatchObject({ ok: true, data: { tickets: [{ canAct: false, refusal: expect.stringContaining('owner') }], targets: [] } });
});

test('help desk down: the last known data from the link, said so, within the resolver’s time', async () => {
  const { issue, ticketId } = await linkedIssue();
  local.deskbridge.helpDesks.freshdesk.faults.plan({ mode: 'server-error', status: 503, count: 20 });
  const started = Date.now();
  const answer = await load(ROLES.jiraAdmin.accountId, issue);
  local.deskbridge.helpDesks.freshdesk.faults.clear();
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(answer).toMatchObject({
    ok: true,
    data: { tickets: [{ ticketId, freshness: 'last-known', status: { name: 'Open' }, unavailable: expect.stringMatching(/Freshdesk/), fields: [] }] },
  });
  if (answer.ok) expect(answer.data.tickets[0].requester).toBeUndefined();
});

test('someone who cannot browse the issue’s project is refused', async () => {
  await setUpFreshdeskSync(local.deskbridge, supConfig(), { project: 'SUP' });
  const response = await fetch(`${local.deskbridge.jiraUrl}/rest/api/3/issue`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${ROLES.jiraAdmin.accountId}:forge-local`).toString('base64')}` },
    body: JSON.stringify({ fields: { project: { key: 'SUP' }, issuetype: { id: '10100' }, summary: 'Private request' } }),
  });
  const issue = await response.json();
  const answer = await load(ROLES.toolMember.accountId, { id: issue.id, key: issue.key });
  expect(answer).toEqual({ ok: false, error: { kind: 'forbidden', message: expect.stringContaining("can't browse") } });
});
