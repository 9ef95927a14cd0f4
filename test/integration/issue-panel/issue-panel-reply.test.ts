/**
 * Replies and notes from the rendered UI Kit panel reach the sandbox ticket with the visibility
 * the agent picked, and the issue then shows them through the sync (once, with the same
 * visibility); someone who may not edit the integration is refused and nothing reaches the ticket.
 */
import { invokeFromPanel } from '../../support/issue-panel-site';
import { changeEvent, panelContext, renderIssuePanel, textOf } from '../../support/issue-panel-render';
import { ROLES, useLocalDeskbridge } from '../../support/local-app';
import { engConfig, freshdeskAgent, jiraUser, settle, setUpFreshdeskSync } from '../../support/sync-harness';

const local = useLocalDeskbridge({ queueDelayScale: 0.001 });
const plain = (html: string) => html.replace(/<[^>]+>/g, '').trim();
const textOfComment = (comment: any) => comment.body.content.map((block: any) => block.content?.map((inline: any) => inline.text).join('')).join('\n');

async function linkedIssue() {
  const { deskbridge } = local;
  const { integrationId } = await setUpFreshdeskSync(deskbridge, engConfig());
  const agent = freshdeskAgent(deskbridge);
  const ticket = await agent.createTicket({ subject: 'VPN drops', description: '<p>Every hour.</p>' });
  await settle(deskbridge);
  const [found] = await jiraUser(deskbridge).search(`issue.property[deskbridge].ticketId = "${ticket.id}"`);
  return { agent, integrationId, ticketId: String(ticket.id), issue: { id: found.id as string, key: found.key as string } };
}

function panelAs(accountId: string, issue: { id: string; key: string }) {
  return renderIssuePanel(panelContext(issue), (key, payload) => invokeFromPanel(local.deskbridge, accountId, key, payload, issue));
}

async function write(panel: ReturnType<typeof panelAs>, ticketId: string, button: 'reply' | 'note', text: string) {
  (await panel.waitFor(`ticket-${button}-${ticketId}`)).props.onClick();
  (await panel.waitFor(`reply-text-${ticketId}`)).props.onChange(changeEvent(text));
  await new Promise((resolve) => setTimeout(resolve, 20));
  await panel.find(`reply-send-${ticketId}`).props.onClick();
  return textOf(await panel.waitFor('panel-message'));
}

test('a public reply and a private note from the panel reach the ticket as such, and the issue shows each once', async () => {
  const { agent, ticketId, issue } = await linkedIssue();
  const panel = panelAs(ROLES.jiraAdmin.accountId, issue);
  expect(await write(panel, ticketId, 'reply', 'We are on it.')).toBe(`Reply sent to Freshdesk ticket ${ticketId}.`);
  await write(panel, ticketId, 'note', 'Customer is on the legacy plan.');
  await settle(local.deskbridge);
  await local.deskbridge.runtime.runScheduledTrigger('sync-poll-every-five-minutes');
  await settle(local.deskbridge);

  const conversations = await agent.conversations(Number(ticketId));
  expect(conversations.map((c) => [plain(c.body), c.private])).toEqual([
    ['We are on it.', false],
    ['Customer is on the legacy plan.', true],
  ]);
  const comments = await jiraUser(local.deskbridge).comments(issue.id);
  expect(comments.map((comment: any) => [textOfComment(comment), comment.visibility?.value ?? null])).toEqual([
    ['We are on it.', null],
    ['Customer is on the legacy plan.', 'Administrators'],
  ]);
});

test('someone who may not edit the integration gets no actions, the refusal if they call anyway, and nothing is sent', async () => {
  const { agent, integrationId, ticketId, issue } = await linkedIssue();
  const panel = panelAs(ROLES.toolMember.accountId, issue);
  expect(textOf(await panel.waitFor(`ticket-refusal-${ticketId}`))).toContain('owner');
  expect(panel.find(`ticket-reply-${ticketId}`)).toBeUndefined();
  const before = await agent.conversations(Number(ticketId));
  for (const who of [ROLES.toolMember, ROLES.outsider]) {
    const answer = await invokeFromPanel(local.deskbridge, who.accountId, 'issue-panel/reply', { integrationId, ticketId, issue: issue.id, text: 'Sneaky', visibility: 'public' }, issue);
    expect(answer).toEqual({ ok: false, error: { kind: 'forbidden', message: expect.any(String) } });
  }
  await settle(local.deskbridge);
  expect(await agent.conversations(Number(ticketId))).toEqual(before);
});

test('a reply is refused when the integration does not send public replies to the help desk', async () => {
  const { deskbridge } = local;
  await setUpFreshdeskSync(deskbridge, engConfig({ comments: { publicReplies: 'to-jira', privateNotes: 'both', jiraCommentsOut: true, restrictedRole: 'Administrators' } }));
  const agent = freshdeskAgent(deskbridge);
  const ticket = await agent.createTicket({ subject: 'One way', description: '<p>x</p>' });
  await settle(deskbridge);
  const [found] = await jiraUser(deskbridge).search(`issue.property[deskbridge].ticketId = "${ticket.id}"`);
  const issue = { id: found.id as string, key: found.key as string };
  const panel = panelAs(ROLES.jiraAdmin.accountId, issue);
  (await panel.waitFor(`ticket-reply-${ticket.id}`)).props.onClick();
  (await panel.waitFor(`reply-text-${ticket.id}`)).props.onChange(changeEvent('Hello'));
  await new Promise((resolve) => setTimeout(resolve, 20));
  await panel.find(`reply-send-${ticket.id}`).props.onClick();
  expect(textOf(await panel.waitFor(`reply-error-${ticket.id}`))).toContain('does not send public replies');
  expect(await agent.conversations(ticket.id)).toEqual([]);
});
