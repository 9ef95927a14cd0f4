/**
 * Linking by hand: an existing ticket and issue become a pair without either being edited; the
 * comments only one side has are copied, and relinking a pair that was unlinked copies nothing
 * twice.
 */
import { invokeOk, ROLES, useLocalDeskbridge } from '../../support/local-app';
import { engConfig, freshdeskAgent, jiraUser, settle, setUpFreshdeskSync } from '../../support/sync-harness';

const local = useLocalDeskbridge({ queueDelayScale: 0.001 });
const plain = (html: string) => html.replace(/<[^>]+>/g, '').trim();
const textOf = (comment: any) => comment.body.content.map((block: any) => (block.content ?? []).map((inline: any) => inline.text).join('')).join('\n');

test('a manual link copies what one side lacks, and unlink + relink duplicates nothing', async () => {
  const { deskbridge } = local;
  const manualOnly = engConfig({ linking: { ticketsCreateIssues: false, ticketFilter: { statusIds: [], tags: [], priorities: [] }, issuesCreateTickets: false, issueJql: '' } });
  const { integrationId } = await setUpFreshdeskSync(deskbridge, manualOnly);
  const agent = freshdeskAgent(deskbridge);
  const jira = jiraUser(deskbridge);
  const ticket = await agent.createTicket({ subject: 'Existing ticket', description: '<p>Kept as is</p>' });
  await agent.reply(ticket.id, '<p>Reply before linking</p>');
  await settle(deskbridge);
  expect(await jira.search('issue.property[deskbridge].tool = "freshdesk"')).toEqual([]); // manual only: nothing linked by itself
  const created = await (await fetch(`${deskbridge.jiraUrl}/rest/api/3/issue`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from('5b10a2844c20165700ede21a:forge-local').toString('base64')}` },
    body: JSON.stringify({ fields: { project: { key: 'ENG' }, issuetype: { id: '10101' }, summary: 'Existing issue' } }),
  })).json();
  await jira.comment(created.key, 'Comment before linking');
  await settle(deskbridge);

  const link = { integrationId, ticketId: String(ticket.id) };
  await invokeOk(deskbridge, ROLES.jiraAdmin, 'sync-links/create', { ...link, issueKey: created.key });
  await settle(deskbridge);
  const expected = ['Comment before linking', 'Reply before linking'];
  expect((await jira.comments(created.id)).map(textOf).sort()).toEqual(expected);
  expect((await agent.conversations(ticket.id)).map((c) => plain(c.body)).sort()).toEqual(expected);
  expect((await jira.issue(created.id)).fields.summary).toBe('Existing issue'); // linking is not an edit

  await invokeOk(deskbridge, ROLES.jiraAdmin, 'sync-links/delete', link);
  await invokeOk(deskbridge, ROLES.jiraAdmin, 'sync-links/create', { ...link, issueKey: created.key });
  await settle(deskbridge);
  expect((await jira.comments(created.id)).map(textOf).sort()).toEqual(expected);
  expect((await agent.conversations(ticket.id)).map((c) => plain(c.body)).sort()).toEqual(expected);
});
