/**
 * What one reply costs end to end, counted on the wire: a help-desk reply reaching Jira, and a
 * Jira comment reaching the help desk (including the help desk's webhook about Deskbridge's own
 * write, which must be read to be recognised and then writes nothing).
 */
import { setNetworkFaults } from '../../../local/runtime/network-faults';
import { useLocalDeskbridge } from '../../support/local-app';
import { engConfig, freshdeskAgent, jiraUser, settle, setUpFreshdeskSync } from '../../support/sync-harness';

const jiraCalls: string[] = [];
const local = useLocalDeskbridge({ queueDelayScale: 0.001, onProductRequest: ({ method, path }) => jiraCalls.push(`${method} ${path.split('?')[0]}`) });

async function counted(work: () => Promise<void>) {
  const helpdeskCalls: string[] = [];
  jiraCalls.length = 0;
  setNetworkFaults((call) => {
    if (call.side === 'helpdesk') helpdeskCalls.push(`${call.method} ${new URL(call.url).pathname}`);
    return undefined;
  });
  try {
    await work();
  } finally {
    setNetworkFaults(undefined);
  }
  return { jira: [...jiraCalls].filter((call) => !call.includes('/myself')), helpdesk: helpdeskCalls.filter((call) => !call.startsWith('GET /api/v2/agents/me')) };
}

test('a help-desk reply costs two help-desk reads and one Jira write; a Jira comment one Jira read, one help-desk write and the echo check', async () => {
  const { deskbridge } = local;
  await setUpFreshdeskSync(deskbridge, engConfig());
  const agent = freshdeskAgent(deskbridge);
  const jira = jiraUser(deskbridge);
  const ticket = await agent.createTicket({ subject: 'Counting', description: '<p>x</p>' });
  await settle(deskbridge);
  const [issue] = await jira.search(`issue.property[deskbridge].ticketId = "${ticket.id}"`);

  const reply = await counted(async () => {
    await agent.reply(ticket.id, '<p>A reply</p>');
    await settle(deskbridge);
  });
  expect(reply.helpdesk).toEqual([`GET /api/v2/tickets/${ticket.id}`, `GET /api/v2/tickets/${ticket.id}/conversations`]);
  expect(reply.jira).toEqual([`POST /rest/api/3/issue/${issue.id}/comment`]);

  const comment = await counted(async () => {
    await jira.comment(issue.key, 'A Jira comment');
    await settle(deskbridge);
  });
  expect(comment.jira).toEqual([`GET /rest/api/3/issue/${issue.id}/comment`]);
  expect(comment.helpdesk).toEqual([
    `POST /api/v2/tickets/${ticket.id}/reply`,
    // Freshdesk's webhook about that reply: read, recognised as Deskbridge's own copy, nothing written.
    `GET /api/v2/tickets/${ticket.id}`,
    `GET /api/v2/tickets/${ticket.id}/conversations`,
  ]);
});
