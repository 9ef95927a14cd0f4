/**
 * Linking from the panel: an existing ticket by id or URL (same account only; taken from another
 * issue only once the agent confirms), creating one from the issue, and unlinking, which leaves
 * both sides' content as it is.
 */
import { createEngIssue, invokeFromPanel, type PanelIssue } from '../../support/issue-panel-site';
import { ROLES, useLocalDeskbridge } from '../../support/local-app';
import { engConfig, freshdeskAgent, jiraUser, settle, setUpFreshdeskSync } from '../../support/sync-harness';

const local = useLocalDeskbridge({ queueDelayScale: 0.001 });
const admin = ROLES.jiraAdmin.accountId;
const call = (key: string, payload: unknown, issue: PanelIssue) => invokeFromPanel(local.deskbridge, admin, key, payload, issue);

async function ticketLinkedToAnIssue() {
  const { deskbridge } = local;
  const { integrationId } = await setUpFreshdeskSync(deskbridge, engConfig());
  const agent = freshdeskAgent(deskbridge);
  const ticket = await agent.createTicket({ subject: 'Linked first here', description: '<p>x</p>' });
  await settle(deskbridge);
  const [first] = await jiraUser(deskbridge).search(`issue.property[deskbridge].ticketId = "${ticket.id}"`);
  await agent.reply(ticket.id, '<p>Customer reply.</p>');
  await settle(deskbridge);
  return { integrationId, agent, ticketId: String(ticket.id), first: { id: first.id as string, key: first.key as string } };
}

test('a ticket linked elsewhere moves only after the agent confirms; the other issue keeps its comments', async () => {
  const { integrationId, ticketId, first } = await ticketLinkedToAnIssue();
  const second = await createEngIssue(local.deskbridge, 'The real problem');
  const url = `https://acme.freshdesk.com/a/tickets/${ticketId}`;

  const asked = await call('issue-panel/link', { integrationId, issue: second.id, ticket: url }, second);
  expect(asked).toEqual({ ok: true, data: { status: 'confirm', message: expect.stringContaining(`linked to ${first.key}`) } });
  expect((await call('issue-panel/load', { issue: second.id }, second)) as any).toMatchObject({ data: { tickets: [] } });

  const moved = await call('issue-panel/link', { integrationId, issue: second.id, ticket: url, moveFromOtherIssue: true }, second);
  expect(moved).toEqual({ ok: true, data: { status: 'linked', ticketId } });
  await settle(local.deskbridge);
  expect((await call('issue-panel/load', { issue: first.id }, first)) as any).toMatchObject({ data: { tickets: [] } });
  expect((await call('issue-panel/load', { issue: second.id }, second)) as any).toMatchObject({ data: { tickets: [{ ticketId }] } });
  const jira = jiraUser(local.deskbridge);
  expect((await jira.comments(first.id)).length).toBe(1);
  expect((await jira.issue(first.id)).properties?.deskbridge).toBeUndefined();
  expect((await jira.comments(second.id)).length).toBe(1); // the reply, copied to its new issue once
});

test('a URL of another Freshdesk account, an unknown ticket and an empty field are refused with what to do', async () => {
  const { integrationId, ticketId } = await ticketLinkedToAnIssue();
  const issue = await createEngIssue(local.deskbridge, 'Nothing linked');
  const other = await call('issue-panel/link', { integrationId, issue: issue.id, ticket: `https://other.freshdesk.com/a/tickets/${ticketId}` }, issue);
  expect(other).toEqual({ ok: false, error: { kind: 'invalid', message: expect.stringContaining('connected to acme.freshdesk.com') } });
  const unknown = await call('issue-panel/link', { integrationId, issue: issue.id, ticket: '987654' }, issue);
  expect(unknown).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  const empty = await call('issue-panel/link', { integrationId, issue: issue.id, ticket: '  ' }, issue);
  expect(empty).toMatchObject({ ok: false, error: { kind: 'invalid' } });
});

test('unlinking stops the sync for the pair and leaves both sides’ content', async () => {
  const { integrationId, agent, ticketId, first } = await ticketLinkedToAnIssue();
  const answer = await call('issue-panel/unlink', { integrationId, ticketId, issue: first.id }, first);
  expect(answer).toEqual({ ok: true, data: { unlinked: ticketId } });
  await agent.reply(Number(ticketId), '<p>After the unlink.</p>');
  await settle(local.deskbridge);
  const jira = jiraUser(local.deskbridge);
  expect((await jira.comments(first.id)).length).toBe(1);
  expect((await agent.conversations(Number(ticketId))).length).toBe(2);
  expect((await call('issue-panel/load', { issue: first.id }, first)) as any).toMatchObject({ data: { tickets: [], targets: [{ linked: false }] } });
});

test('creating a ticket from an issue links it, once: a second create is refused', async () => {
  const { deskbridge } = local;
  const { integrationId } = await setUpFreshdeskSync(deskbridge, engConfig());
  const issue = await createEngIssue(deskbridge, 'Customer-facing outage');
  const created = await call('issue-panel/create-ticket', { integrationId, issue: issue.id }, issue);
  expect(created).toMatchObject({ ok: true, data: { ticketId: expect.any(String) } });
  await settle(deskbridge);
  const ticket = await freshdeskAgent(deskbridge).ticket(Number((created as any).data.ticketId));
  expect(ticket.subject).toBe('Customer-facing outage');
  const again = await call('issue-panel/create-ticket', { integrationId, issue: issue.id }, issue);
  expect(again).toEqual({ ok: false, error: { kind: 'invalid', message: expect.stringContaining('already has a ticket') } });
});
