/**
 * Private stays private: a help-desk private note never becomes a comment everyone sees, and an
 * internal (JSM) or restricted (software) Jira comment never becomes a public reply.
 */
import { useLocalDeskbridge } from '../../support/local-app';
import { engConfig, freshdeskAgent, jiraUser, settle, setUpFreshdeskSync, supConfig } from '../../support/sync-harness';

const local = useLocalDeskbridge({ queueDelayScale: 0.001 });
const plain = (html: string) => html.replace(/<[^>]+>/g, '').trim();
const textOf = (comment: any) => comment.body.content.map((block: any) => block.content?.map((inline: any) => inline.text).join('')).join('\n');
const isInternal = (comment: any) => comment.properties?.some?.((property: any) => property.key === 'sd.public.comment' && property.value.internal) ?? false;

async function linkedPair(project: 'ENG' | 'SUP') {
  const { deskbridge } = local;
  await setUpFreshdeskSync(deskbridge, project === 'ENG' ? engConfig() : supConfig(), { project });
  const agent = freshdeskAgent(deskbridge);
  const jira = jiraUser(deskbridge);
  const ticket = await agent.createTicket({ subject: `Private test ${project}`, description: '<p>Hello</p>' });
  await settle(deskbridge);
  const [issue] = await jira.search(`issue.property[deskbridge].ticketId = "${ticket.id}"`);
  return { deskbridge, agent, jira, ticket, issue };
}

test('ENG: a private note becomes a comment restricted to the role; a restricted Jira comment becomes a private note', async () => {
  const { deskbridge, agent, jira, ticket, issue } = await linkedPair('ENG');
  await agent.note(ticket.id, '<p>Customer is on the legacy plan.</p>');
  await agent.reply(ticket.id, '<p>Thanks, looking.</p>');
  await jira.comment(issue.key, 'Root cause is the cache.', { role: 'Administrators' });
  await jira.comment(issue.key, 'Shipping a fix today.');
  await settle(deskbridge);

  const comments = await jira.comments(issue.id);
  const byText = Object.fromEntries(comments.map((comment: any) => [textOf(comment), comment.visibility ? { type: comment.visibility.type, value: comment.visibility.value } : null]));
  expect(byText).toEqual({
    'Customer is on the legacy plan.': { type: 'role', value: 'Administrators' },
    'Thanks, looking.': null,
    'Root cause is the cache.': { type: 'role', value: 'Administrators' },
    'Shipping a fix today.': null,
  });
  const conversations = await agent.conversations(ticket.id);
  expect(Object.fromEntries(conversations.map((c) => [plain(c.body), c.private]))).toEqual({
    'Customer is on the legacy plan.': true,
    'Thanks, looking.': false,
    'Root cause is the cache.': true,
    'Shipping a fix today.': false,
  });
});

test('SUP (JSM): a private note becomes an internal comment; an internal comment becomes a private note', async () => {
  const { deskbridge, agent, jira, ticket, issue } = await linkedPair('SUP');
  await agent.note(ticket.id, '<p>VIP, handle with care.</p>');
  await jira.comment(issue.key, 'Escalated to tier 2.', { internal: true });
  await jira.comment(issue.key, 'We have a fix.');
  await settle(deskbridge);

  const comments = await jira.comments(issue.id);
  expect(Object.fromEntries(comments.map((comment: any) => [textOf(comment), isInternal(comment)]))).toEqual({
    'VIP, handle with care.': true,
    'Escalated to tier 2.': true,
    'We have a fix.': false,
  });
  const conversations = await agent.conversations(ticket.id);
  expect(Object.fromEntries(conversations.map((c) => [plain(c.body), c.private]))).toEqual({
    'VIP, handle with care.': true,
    'Escalated to tier 2.': true,
    'We have a fix.': false,
  });
});

test('with private notes switched off, nothing private crosses at all', async () => {
  const { deskbridge } = local;
  await setUpFreshdeskSync(deskbridge, engConfig({ comments: { publicReplies: 'both', privateNotes: 'none', jiraCommentsOut: true, restrictedRole: 'Administrators' } }));
  const agent = freshdeskAgent(deskbridge);
  const jira = jiraUser(deskbridge);
  const ticket = await agent.createTicket({ subject: 'Notes off', description: '<p>x</p>' });
  await settle(deskbridge);
  const [issue] = await jira.search(`issue.property[deskbridge].ticketId = "${ticket.id}"`);
  await agent.note(ticket.id, '<p>Secret note.</p>');
  await jira.comment(issue.key, 'Secret comment.', { role: 'Administrators' });
  await settle(deskbridge);
  expect((await jira.comments(issue.id)).map(textOf)).toEqual(['Secret comment.']);
  expect((await agent.conversations(ticket.id)).map((c) => plain(c.body))).toEqual(['Secret note.']);
});
