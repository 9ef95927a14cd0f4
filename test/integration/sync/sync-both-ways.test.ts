/**
 * Two-way sync end to end on the local runtime: the Freshdesk sandbox's webhooks reach the web
 * trigger, Jira's issue events reach the trigger, and every change goes through the queue.
 */
import { useLocalDeskbridge } from '../../support/local-app';
import { engConfig, freshdeskAgent, jiraUser, settle, setUpFreshdeskSync } from '../../support/sync-harness';

const local = useLocalDeskbridge({ queueDelayScale: 0.001 });

const plain = (html: string) => html.replace(/<[^>]+>/g, '').trim();

test('a new Freshdesk ticket creates one ENG issue with the deskbridge property, and its reply follows', async () => {
  const { deskbridge } = local;
  const { integrationId } = await setUpFreshdeskSync(deskbridge, engConfig());
  const agent = freshdeskAgent(deskbridge);
  const jira = jiraUser(deskbridge);

  const ticket = await agent.createTicket({ subject: 'Printer on fire', description: '<p>It <b>really</b> is.</p>' });
  await settle(deskbridge);
  const [issue] = await jira.search(`issue.property[deskbridge].ticketId = "${ticket.id}"`);
  expect(issue.fields.summary).toBe('Printer on fire');
  expect(issue.properties.deskbridge).toMatchObject({ tool: 'freshdesk', ticketId: String(ticket.id), integrationId, syncState: 'ok' });

  await agent.reply(ticket.id, '<p>We are on it.</p>');
  await settle(deskbridge);
  const comments = await jira.comments(issue.id);
  expect(comments.map((comment: any) => comment.body.content[0].content[0].text)).toEqual(['We are on it.']);
});

test('a Jira comment reaches the ticket once, and is not echoed back', async () => {
  const { deskbridge } = local;
  await setUpFreshdeskSync(deskbridge, engConfig());
  const agent = freshdeskAgent(deskbridge);
  const jira = jiraUser(deskbridge);
  const ticket = await agent.createTicket({ subject: 'VPN drops', description: '<p>Every hour.</p>' });
  await settle(deskbridge);
  const [issue] = await jira.search(`issue.property[deskbridge].ticketId = "${ticket.id}"`);

  await jira.comment(issue.key, 'Fixed in build 42.');
  await settle(deskbridge);
  const conversations = await agent.conversations(ticket.id);
  expect(conversations.map((c) => [plain(c.body), c.private])).toEqual([['Fixed in build 42.', false]]);
  expect((await jira.comments(issue.id)).length).toBe(1);
});
