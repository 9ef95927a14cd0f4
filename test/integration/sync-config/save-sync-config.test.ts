/**
 * Saving an integration's sync settings through the local runtime: a good config is stored and
 * read back; every kind of bad config is refused with a message naming the step and what to fix,
 * all problems at once, and nothing is stored.
 */
import { FRESHDESK_SANDBOX } from '../../../local/sandbox/freshdesk';
import type { SyncConfig } from '../../../src/shared/sync-config';
import type { IntegrationView, LogPage } from '../../../src/shared/integrations';
import type { SyncConfigState } from '../../../src/sync/config/editor-views';
import { getSyncConfig } from '../../../src/sync/config/sync-config-store';
import { invokeOk, invokeResolver, ROLES, useLocalDeskbridge } from '../../support/local-app';
import { fullSupConfig, minimalEngConfig } from '../../support/sync-config-samples';

const local = useLocalDeskbridge();
let sup: IntegrationView;
let eng: IntegrationView;

beforeAll(async () => {
  const { deskbridge } = local;
  const form = { tool: 'freshdesk', name: 'Acme', domain: FRESHDESK_SANDBOX.domain, secret: FRESHDESK_SANDBOX.secret };
  const connection = await invokeOk(deskbridge, ROLES.jiraAdmin, 'connections/create', form);
  sup = await invokeOk(deskbridge, ROLES.jiraAdmin, 'integrations/create', { name: 'Freshdesk SUP', tool: 'freshdesk', projectId: '10000', connectionId: connection.id });
  eng = await invokeOk(deskbridge, ROLES.jiraAdmin, 'integrations/create', { name: 'Freshdesk ENG', tool: 'freshdesk', projectId: '10001', connectionId: connection.id });
});

const save = (integrationId: string, config: unknown) => invokeResolver<SyncConfigState>(local.deskbridge, ROLES.jiraAdmin, 'sync-config/save', { integrationId, config });
const edited = (edit: (config: SyncConfig) => void, start = fullSupConfig()): SyncConfig => {
  edit(start);
  return start;
};

test('a full config saves, reads back as saved and off, and is logged', async () => {
  const state = await invokeOk<SyncConfigState>(local.deskbridge, ROLES.jiraAdmin, 'sync-config/save', { integrationId: sup.id, config: fullSupConfig() });
  expect(state).toMatchObject({ integrationId: sup.id, saved: true, canEdit: true, config: { ...fullSupConfig(), enabled: false } });
  const read = await invokeOk<SyncConfigState>(local.deskbridge, ROLES.jiraAdmin, 'sync-config/get', { integrationId: sup.id });
  expect(read).toEqual(state);
  const log = await invokeOk<LogPage>(local.deskbridge, ROLES.jiraAdmin, 'logs/read', { integrationId: sup.id });
  expect(log.entries[0]).toMatchObject({ action: 'sync-config.saved', result: 'ok', detail: 'Sync settings saved' });
});

test('a minimal config for a software project saves', async () => {
  await expect(save(eng.id, minimalEngConfig())).resolves.toMatchObject({ ok: true, data: { saved: true } });
});

const REFUSED: [string, SyncConfig | Record<string, unknown>, string][] = [
  ['a select value with no Jira option', edited((c) => (c.fields.custom[1].valueMap = { gold: 'Gold' })), "fields: Field mapping: Jira field 'Plan' has no option 'Gold' for the help-desk value 'gold'."],
  ['a status no transition leads to', edited((c) => (c.statuses.toJira['2'] = '10010')), "statuses: Status mapping: no transition leads to 'New' in SUP's workflow: map to a status a transition leads to."],
  [
    'a field missing from the create screen',
    edited((c) => c.fields.custom.push({ ticketField: 'cf_seats', jiraFieldId: 'customfield_10101', type: 'number', direction: 'to-jira' })),
    "fields: Field mapping: Jira field 'Seats' is not on the create screen of Service Request in SUP: add it there, or sync it to the help desk only.",
  ],
  [
    'a Jira field that does not exist',
    edited((c) => c.fields.custom.push({ ticketField: 'cf_x', jiraFieldId: 'customfield_99999', type: 'text', direction: 'to-helpdesk' })),
    "fields: Field mapping: Jira field 'customfield_99999' (for the help-desk field 'cf_x') doesn't exist on this site.",
  ],
  ['a Jira status of another workflow', edited((c) => (c.statuses.toHelpdesk['10020'] = '2')), "statuses: Status mapping: '10020' is not a status of SUP."],
  ['a help-desk status that does not exist', edited((c) => (c.statuses.toJira['42'] = '3')), "statuses: Status mapping: '42' is not a status of the help desk."],
  ['a Jira priority that does not exist', edited((c) => (c.fields.priority.valueMap.urgent = 'Blocker')), "fields: Field mapping: Jira has no priority 'Blocker' for the help-desk priority 'urgent'"],
  ['no JQL while issues create tickets', edited((c) => (c.linking.issueJql = ' ')), "linking: What links: enter the JQL filter that picks which new SUP issues create tickets, or turn off 'Issues create tickets'."],
  ['JQL Jira cannot read', edited((c) => (c.linking.issueJql = 'labels = = x')), "linking: What links: Jira can't use the JQL filter"],
  ['a request type of no desk', edited((c) => (c.requestTypeId = '99')), "linking: What links: request type '99' is not one of SUP's: pick one of Get IT help, Report a bug."],
  ['an unknown setting', { ...fullSupConfig(), color: 'blue' }, "direction: Direction: Unknown setting 'color': remove it."],
  ['a direction that does not exist', edited((c) => ((c.comments as { publicReplies: string }).publicReplies = 'sideways')), 'comments: Comments: public replies: Pick one of both, to-jira, to-helpdesk, none.'],
];

test.each(REFUSED)('refuses %s, and stores nothing', async (_about, config, message) => {
  const before = local.deskbridge.runtime.kvs.snapshot();
  const answer = await save(sup.id, config);
  expect(answer).toEqual({ ok: false, error: { kind: 'invalid', message: expect.stringContaining(message) } });
  expect(local.deskbridge.runtime.kvs.snapshot()).toBe(before);
});

test('reports every problem at once, step by step', async () => {
  const config = edited((c) => {
    c.requestTypeId = '99';
    c.fields.custom[1].valueMap = { gold: 'Gold' };
    c.statuses.toJira['2'] = '10010';
  });
  const answer = await save(sup.id, config);
  expect(answer.ok).toBe(false);
  const parts = !answer.ok ? answer.error.message.split('; ') : [];
  expect(parts.map((part) => part.split(': ')[0])).toEqual(['linking', 'fields', 'statuses']);
});

test('the sync engine reads the saved config as the SyncConfig model', async () => {
  await expect(getSyncConfig(sup.id)).resolves.toEqual({ ...fullSupConfig(), enabled: false });
  await expect(getSyncConfig('no-such-integration')).resolves.toBeUndefined();
});
