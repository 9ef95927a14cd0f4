/**
 * Notifications back to the help desk, end to end on the local runtime: a Jira transition or
 * field change that a rule names adds the rendered note or reply to the linked Freshdesk ticket
 * (and sets its status when the rule says so), exactly once per change: not for changes no rule
 * names, not again when the same event is delivered again, and never copied back into the issue.
 */
import type { ProductEvent } from '../../../local/runtime/triggers';
import { SEED_SITE, SEED_USERS } from '../../../local/sandbox/jira';
import type { NotificationSettings } from '../../../src/notifications/notification-rules';
import { invokeOk, invokeResolver, ROLES, useLocalDeskbridge } from '../../support/local-app';
import { ENG_STATUS, engConfig, FRESHDESK_STATUS, freshdeskAgent, jiraUser, settle, setUpFreshdeskSync } from '../../support/sync-harness';

const events: ProductEvent[] = [];
const local = useLocalDeskbridge({
  queueDelayScale: 0.001,
  interceptProductEvents: (event, deliver) => {
    events.push(event);
    deliver(event);
  },
});
const plain = (html: string) => html.replace(/<[^>]+>/g, '').trim();

const settings: NotificationSettings = {
  enabled: true,
  rules: [
    { id: 'done', when: { kind: 'status', statusId: ENG_STATUS.done }, visibility: 'public', template: 'Good news: {issue.key} is {issue.status}. {issue.url}', setTicketStatusId: FRESHDESK_STATUS.resolved },
    { id: 'release', when: { kind: 'field', field: 'fixVersions' }, visibility: 'private', template: 'Fix ships in {fixVersion} ({issue.key}).' },
  ],
};

async function notifiedPair() {
  const { deskbridge } = local;
  const config = engConfig();
  const { integrationId } = await setUpFreshdeskSync(deskbridge, { ...config, statuses: { ...config.statuses, direction: 'to-jira' } });
  await invokeOk(deskbridge, ROLES.jiraAdmin, 'notifications/save', { integrationId, settings });
  const agent = freshdeskAgent(deskbridge);
  const ticket = await agent.createTicket({ subject: 'Export is broken', description: '<p>CSV is empty.</p>' });
  await settle(deskbridge);
  const [issue] = await jiraUser(deskbridge).search(`issue.property[deskbridge].ticketId = "${ticket.id}"`);
  return { agent, ticketId: ticket.id as number, issue: { id: issue.id as string, key: issue.key as string } };
}

const conversationsOf = async (agent: ReturnType<typeof freshdeskAgent>, ticketId: number) =>
  (await agent.conversations(ticketId)).map((c) => [plain(c.body), c.private ? 'private' : 'public']);

test('a matching transition sends once, sets the ticket status, and is not copied back; others send nothing', async () => {
  const { agent, ticketId, issue } = await notifiedPair();
  const jira = jiraUser(local.deskbridge);
  await jira.transition(issue.key, '21'); // In Progress: no rule
  await jira.edit(issue.key, { labels: ['customer'] }); // a field no rule names
  await settle(local.deskbridge);
  expect(await conversationsOf(agent, ticketId)).toEqual([]);

  events.length = 0;
  await jira.transition(issue.key, '31'); // Done
  await settle(local.deskbridge);
  expect(await conversationsOf(agent, ticketId)).toEqual([[`Good news: ${issue.key} is Done. ${SEED_SITE.url}/browse/${issue.key}`, 'public']]);
  expect(String((await agent.ticket(ticketId)).status)).toBe(FRESHDESK_STATUS.resolved);

  // The same event delivered again (Forge redelivers; people replay): nothing more.
  const done = events.find((event) => event.eventType === 'avi:jira:updated:issue');
  expect(done).toBeDefined();
  local.deskbridge.runtime.deliverProductEvent(done!);
  local.deskbridge.runtime.deliverProductEvent(done!);
  await settle(local.deskbridge);
  await local.deskbridge.runtime.runScheduledTrigger('sync-poll-every-five-minutes');
  await settle(local.deskbridge);
  expect(await conversationsOf(agent, ticketId)).toHaveLength(1);
  expect(await jira.comments(issue.id)).toEqual([]);
  expect((await jira.issue(issue.id)).fields.status.name).toBe('Done');
});

test('a fix version added sends the private note with the version, once however often the event comes', async () => {
  const { agent, ticketId, issue } = await notifiedPair();
  const event: ProductEvent = {
    eventType: 'avi:jira:updated:issue',
    atlassianId: SEED_USERS.admin.accountId,
    payload: {
      issue: { id: issue.id, key: issue.key, fields: { project: { id: '10001' } } },
      changelog: { id: '990001', items: [{ field: 'Fix Version', fieldtype: 'jira', fieldId: 'fixVersions', from: null, fromString: null, to: '10000', toString: '2.4.1' }] },
    },
  };
  for (let round = 0; round < 3; round++) local.deskbridge.runtime.deliverProductEvent(event);
  await settle(local.deskbridge);
  expect(await conversationsOf(agent, ticketId)).toEqual([[`Fix ships in 2.4.1 (${issue.key}).`, 'private']]);
  const removed = { ...event, payload: { ...event.payload, changelog: { id: '990002', items: [{ field: 'Fix Version', fieldId: 'fixVersions', from: '10000', fromString: '2.4.1', to: null, toString: null }] } } };
  local.deskbridge.runtime.deliverProductEvent(removed);
  await settle(local.deskbridge);
  expect(await conversationsOf(agent, ticketId)).toHaveLength(1);
});

test('switched off, nothing is sent; settings naming an unknown placeholder or status are refused', async () => {
  const { deskbridge } = local;
  const { agent, ticketId, issue } = await notifiedPair();
  const [integration] = await invokeOk(deskbridge, ROLES.jiraAdmin, 'integrations/list');
  await invokeOk(deskbridge, ROLES.jiraAdmin, 'notifications/save', { integrationId: integration.id, settings: { ...settings, enabled: false } });
  await jiraUser(deskbridge).transition(issue.key, '31');
  await settle(deskbridge);
  expect(await conversationsOf(agent, ticketId)).toEqual([]);

  const typo = { enabled: true, rules: [{ ...settings.rules[0], template: 'Done: {issue.keys}' }] };
  expect(await invokeResolver(deskbridge, ROLES.jiraAdmin, 'notifications/save', { integrationId: integration.id, settings: typo })).toEqual({
    ok: false,
    error: { kind: 'invalid', message: expect.stringContaining('Unknown placeholder {issue.keys}') },
  });
  const unknownStatus = { enabled: true, rules: [{ ...settings.rules[0], when: { kind: 'status', statusId: '99999' } }] };
  expect(await invokeResolver(deskbridge, ROLES.jiraAdmin, 'notifications/save', { integrationId: integration.id, settings: unknownStatus })).toEqual({
    ok: false,
    error: { kind: 'invalid', message: expect.stringContaining('no status with id 99999') },
  });
  const state = await invokeOk(deskbridge, ROLES.jiraAdmin, 'notifications/get', { integrationId: integration.id });
  expect(state).toMatchObject({ settings: { enabled: false }, canEdit: true, options: { jiraStatuses: expect.arrayContaining([{ id: ENG_STATUS.done, name: 'Done' }]) } });
  expect(state.options.ticketStatuses).toEqual(expect.arrayContaining([{ id: FRESHDESK_STATUS.resolved, name: 'Resolved' }]));
});
