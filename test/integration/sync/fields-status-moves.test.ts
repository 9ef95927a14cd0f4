/**
 * Fields and statuses follow both ways through the three-way merge, an issue moved to another
 * project (new key, same id) stays linked, and a change that cannot be applied parks only its
 * link as stuck, with a reason, visible in JQL, retryable.
 */
import { useLocalDeskbridge, invokeOk, ROLES } from '../../support/local-app';
import { ENG_STATUS, engConfig, FRESHDESK_STATUS, freshdeskAgent, jiraUser, settle, setUpFreshdeskSync } from '../../support/sync-harness';

const local = useLocalDeskbridge({ queueDelayScale: 0.001 });
const plain = (html: string) => html.replace(/<[^>]+>/g, '').trim();

async function linkedPair() {
  const { deskbridge } = local;
  const { integrationId } = await setUpFreshdeskSync(deskbridge, engConfig());
  const agent = freshdeskAgent(deskbridge);
  const jira = jiraUser(deskbridge);
  const ticket = await agent.createTicket({ subject: 'Billing page blank', description: '<p>Since Monday.</p>', tags: ['billing'] });
  await settle(deskbridge);
  const [issue] = await jira.search(`issue.property[deskbridge].ticketId = "${ticket.id}"`);
  return { deskbridge, integrationId, agent, jira, ticket, issue };
}

test('subject, tags and status go to Jira; summary and status come back; nothing echoes', async () => {
  const { deskbridge, agent, jira, ticket, issue } = await linkedPair();
  expect(issue.fields.labels).toEqual(['billing']);

  await agent.update(ticket.id, { subject: 'Billing page blank in Safari', tags: ['billing', 'safari'], status: Number(FRESHDESK_STATUS.pending) });
  await settle(deskbridge);
  let now = await jira.issue(issue.id);
  expect(now.fields.summary).toBe('Billing page blank in Safari');
  expect(now.fields.labels.sort()).toEqual(['billing', 'safari']);
  expect(now.fields.status.id).toBe(ENG_STATUS.inProgress);

  await jira.edit(issue.key, { summary: 'Safari: billing page blank' });
  await jira.transition(issue.key, '31'); // Done
  await settle(deskbridge);
  const updated = await agent.ticket(ticket.id);
  expect(updated.subject).toBe('Safari: billing page blank');
  expect(String(updated.status)).toBe(FRESHDESK_STATUS.resolved);
  now = await jira.issue(issue.id);
  expect(now.fields.summary).toBe('Safari: billing page blank');
  expect(now.properties.deskbridge.ticketStatus).toBe('Resolved');
});

test('an issue moved to another project keeps its link: new key, same id, comments still flow', async () => {
  const { deskbridge, agent, jira, ticket, issue } = await linkedPair();
  const moved = await jira.move(issue.key, 'SUP');
  expect(moved.ok).toBe(true);
  const after = await jira.issue(issue.id);
  expect(after.key).toMatch(/^SUP-/);

  await jira.comment(after.key, 'Moved to support.');
  await agent.reply(ticket.id, '<p>Any news?</p>');
  await settle(deskbridge);
  expect((await agent.conversations(ticket.id)).map((c) => plain(c.body)).sort()).toEqual(['Any news?', 'Moved to support.']);
  expect((await jira.comments(issue.id)).length).toBe(2);
  const links = await invokeOk(deskbridge, ROLES.jiraAdmin, 'sync-links/list', { integrationId: (await jira.issue(issue.id)).properties.deskbridge.integrationId });
  expect(links.links[0]).toMatchObject({ issueId: issue.id, issueKey: after.key, state: 'ok' });
});

test('a status the workflow cannot reach parks the link as stuck (JQL finds it), others keep syncing, and retry recovers', async () => {
  const { deskbridge, integrationId, agent, jira, ticket, issue } = await linkedPair();
  const other = await agent.createTicket({ subject: 'Second ticket', description: '<p>fine</p>' });
  await settle(deskbridge);
  // ENG's workflow loses its way to "In Progress" (an admin edited the workflow after the mapping was saved).
  await fetch(`${deskbridge.jiraUrl}/__sandbox/projects/ENG/workflow`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ transitions: [{ id: '11', name: 'To Do', from: [], to: ENG_STATUS.todo }, { id: '31', name: 'Done', from: [], to: ENG_STATUS.done }] }),
  });
  await agent.update(ticket.id, { status: Number(FRESHDESK_STATUS.pending) });
  await agent.reply(other.id, '<p>Other link still syncs.</p>');
  await settle(deskbridge);

  const stuck = await invokeOk(deskbridge, ROLES.jiraAdmin, 'sync-links/list', { integrationId, state: 'stuck' });
  expect(stuck.links).toHaveLength(1);
  expect(stuck.links[0].ticketId).toBe(String(ticket.id));
  expect(stuck.links[0].stuckReason).toMatch(/workflow has no transition/);
  expect((await jira.search('issue.property[deskbridge].syncState = "stuck"')).map((found: any) => found.id)).toEqual([issue.id]);
  const [otherIssue] = await jira.search(`issue.property[deskbridge].ticketId = "${other.id}"`);
  expect((await jira.comments(otherIssue.id)).length).toBe(1);

  await fetch(`${deskbridge.jiraUrl}/__sandbox/projects/ENG/workflow`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ transitions: [{ id: '11', name: 'To Do', from: [], to: ENG_STATUS.todo }, { id: '21', name: 'In Progress', from: [], to: ENG_STATUS.inProgress }, { id: '31', name: 'Done', from: [], to: ENG_STATUS.done }] }),
  });
  await invokeOk(deskbridge, ROLES.jiraAdmin, 'sync-links/retry', { integrationId, ticketId: String(ticket.id) });
  await settle(deskbridge);
  expect((await jira.issue(issue.id)).fields.status.id).toBe(ENG_STATUS.inProgress);
  expect((await jira.search('issue.property[deskbridge].syncState = "stuck"'))).toEqual([]);
});
