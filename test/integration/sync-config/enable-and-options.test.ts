/**
 * Turning the sync on and off, and what the editor is offered: enabling waits for a valid save,
 * a later save keeps the sync as it was, disabling works any time; the options and the status
 * proposal come from the seeded site and the Freshdesk sandbox.
 */
import { FRESHDESK_SANDBOX } from '../../../local/sandbox/freshdesk';
import type { IntegrationView, LogPage } from '../../../src/shared/integrations';
import type { LinkingOptions, StatusOptions, FieldOptions, SyncConfigState } from '../../../src/sync/config/editor-views';
import { invokeOk, invokeResolver, ROLES, useLocalDeskbridge } from '../../support/local-app';
import { fullSupConfig, minimalEngConfig } from '../../support/sync-config-samples';

const local = useLocalDeskbridge();
let sup: IntegrationView;
let engWithoutConnection: IntegrationView;

beforeAll(async () => {
  const { deskbridge } = local;
  const form = { tool: 'freshdesk', name: 'Acme', domain: FRESHDESK_SANDBOX.domain, secret: FRESHDESK_SANDBOX.secret };
  const connection = await invokeOk(deskbridge, ROLES.jiraAdmin, 'connections/create', form);
  sup = await invokeOk(deskbridge, ROLES.jiraAdmin, 'integrations/create', { name: 'Freshdesk SUP', tool: 'freshdesk', projectId: '10000', connectionId: connection.id });
  engWithoutConnection = await invokeOk(deskbridge, ROLES.jiraAdmin, 'integrations/create', { name: 'Freshdesk ENG', tool: 'freshdesk', projectId: '10001' });
});

const call = <T>(key: string, payload: unknown) => invokeResolver<T>(local.deskbridge, ROLES.jiraAdmin, key, payload);
const ok = <T>(key: string, payload: unknown) => invokeOk<T>(local.deskbridge, ROLES.jiraAdmin, key, payload);

describe('enable and disable', () => {
  test('enabling before a save is refused and stores nothing; disabling is a no-op', async () => {
    const before = local.deskbridge.runtime.kvs.snapshot();
    await expect(call('sync-config/enable', { integrationId: sup.id })).resolves.toEqual({
      ok: false,
      error: { kind: 'invalid', message: 'Save the sync settings first: the sync can be turned on only once they passed the review.' },
    });
    await expect(ok('sync-config/disable', { integrationId: sup.id })).resolves.toMatchObject({ saved: false, config: { enabled: false } });
    expect(local.deskbridge.runtime.kvs.snapshot()).toBe(before);
  });

  test('after a valid save the sync turns on, stays on through the next save, and turns off', async () => {
    await ok('sync-config/save', { integrationId: sup.id, config: fullSupConfig() });
    await expect(ok<SyncConfigState>('sync-config/enable', { integrationId: sup.id })).resolves.toMatchObject({ saved: true, config: { enabled: true } });
    // The payload's `enabled` never switches the sync: only enable/disable do.
    const resaved = await ok<SyncConfigState>('sync-config/save', { integrationId: sup.id, config: { ...fullSupConfig(), enabled: false, direction: 'to-jira', linking: { ...fullSupConfig().linking, issuesCreateTickets: false } } });
    expect(resaved.config).toMatchObject({ enabled: true, direction: 'to-jira' });
    await expect(ok('sync-config/disable', { integrationId: sup.id })).resolves.toMatchObject({ config: { enabled: false } });
    const log = await ok<LogPage>('logs/read', { integrationId: sup.id });
    expect(log.entries.map((entry) => entry.action).slice(0, 4)).toEqual(['sync.disabled', 'sync-config.saved', 'sync.enabled', 'sync-config.saved']);
  });

  test('an integration without a connection saves but cannot be turned on', async () => {
    await ok('sync-config/save', { integrationId: engWithoutConnection.id, config: minimalEngConfig() });
    await expect(call('sync-config/enable', { integrationId: engWithoutConnection.id })).resolves.toMatchObject({ ok: false, error: { kind: 'invalid' } });
  });
});

describe('options and proposal', () => {
  test('linking: the desk, its request types and the help desk’s statuses and priorities', async () => {
    const options = await ok<LinkingOptions>('sync-config/options', { integrationId: sup.id, part: 'linking' });
    expect(options.project).toEqual({ id: '10000', key: 'SUP', name: 'Support', serviceDesk: true });
    expect(options.requestTypes).toEqual([
      { id: '10', name: 'Get IT help', issueTypeId: '10100' },
      { id: '11', name: 'Report a bug', issueTypeId: '10100' },
    ]);
    expect(options.helpdesk.available).toBe(true);
    expect(options.helpdesk.statuses.map((status) => status.name)).toEqual(expect.arrayContaining(['Open', 'Pending', 'Resolved', 'Closed']));
    expect(options.helpdesk.priorities.map((priority) => priority.value)).toEqual(['low', 'medium', 'high', 'urgent']);
  });

  test('fields: types, create screen and select options for the issue type', async () => {
    const options = await ok<FieldOptions>('sync-config/options', { integrationId: sup.id, part: 'fields', issueTypeId: '10100' });
    const byId = new Map(options.jiraFields.map((field) => [field.id, field]));
    expect(byId.get('customfield_10103')).toMatchObject({ name: 'Plan', type: 'select', options: ['Free', 'Standard', 'Premium'], onCreateScreen: true });
    expect(byId.get('customfield_10101')).toMatchObject({ name: 'Seats', type: 'number', onCreateScreen: false });
    expect(options.jiraPriorities.map((priority) => priority.name)).toEqual(['Highest', 'High', 'Medium', 'Low', 'Lowest']);
  });

  test('statuses: categories, buckets and which a transition leads to', async () => {
    const options = await ok<StatusOptions>('sync-config/options', { integrationId: sup.id, part: 'statuses', issueTypeId: '10100' });
    expect(options.jiraStatuses.find((status) => status.name === 'New')).toMatchObject({ category: 'new', bucket: 'new', reachable: false });
    expect(options.jiraStatuses.find((status) => status.name === 'Waiting for customer')).toMatchObject({ bucket: 'waiting', reachable: true });
  });

  test('the proposal maps every status both ways, to statuses transitions lead to', async () => {
    const proposal = await ok<{ toJira: Record<string, string> }>('sync-config/propose-statuses', { integrationId: sup.id, issueTypeId: '10100' });
    expect(proposal.toJira).toMatchObject({ '2': '4', '3': '10011', '4': '5', '5': '6' });
    expect(Object.values(proposal.toJira)).not.toContain('10010');
  });

  test("a service desk's saved bucket map decides its statuses' buckets, and so the proposal", async () => {
    const buckets = { '10010': 'new', '3': 'in-progress', '10011': 'in-progress', '5': 'resolved', '6': 'resolved', '4': 'new' };
    await ok('jsm/bucket-map/save', { serviceDeskId: '1', buckets });
    const options = await ok<StatusOptions>('sync-config/options', { integrationId: sup.id, part: 'statuses', issueTypeId: '10100' });
    expect(options.jiraStatuses.find((status) => status.name === 'Waiting for customer')?.bucket).toBe('in-progress');
    const proposal = await ok<{ toHelpdesk: Record<string, string> }>('sync-config/propose-statuses', { integrationId: sup.id, issueTypeId: '10100' });
    expect(proposal.toHelpdesk['10011']).toBe('7'); // Waiting on Third Party: Freshdesk's in-progress status
  });

  test('without a connection the editor is told why the help desk’s side is missing', async () => {
    const options = await ok<LinkingOptions>('sync-config/options', { integrationId: engWithoutConnection.id, part: 'linking' });
    expect(options.helpdesk).toMatchObject({ available: false, note: expect.stringContaining('no help-desk connection') });
    await expect(call('sync-config/options', { integrationId: sup.id, part: 'fields' })).resolves.toEqual({
      ok: false,
      error: { kind: 'invalid', message: 'issueTypeId: Pick an issue type first (step What links).' },
    });
  });
});
