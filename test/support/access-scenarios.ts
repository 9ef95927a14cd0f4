import type { LocalDeskbridge } from '../../local/local-deskbridge';
import { FRESHDESK_SANDBOX } from '../../local/sandbox/freshdesk';
import { invokeOk, ROLES, type Role } from './local-app';
import { getIntegration, saveIntegration } from '../../src/integrations/integration-store';
import { writeSyncConfig } from '../../src/sync/config/sync-config-store';
import { minimalEngConfig, minimalSupConfig } from './sync-config-samples';
import { syncLinkFixtures, type SyncLinkFixtures } from './sync-link-fixtures';
import { backfillFixtures } from './backfill-fixtures';

/**
 * The access table of the access-control issue as data: one row per resolver and target, the
 * expected outcome per role. The matrix test checks the outcomes; the contract test replays the
 * same calls to check every Jira request they make against the vendor's API description.
 */
/** Integrations every scenario starts from (created fresh before each one). */
export interface Fixtures {
  /** freshdesk → SUP, owned by the freshdesk agent */
  agentsSup: string;
  /** freshdesk → ENG, owned by the Jira admin: the agent may see it but not change it */
  adminsEng: string;
  /** a Freshdesk connection (to the sandbox), used by no integration */
  connection: string;
  /** freshdesk → SUP with its own connection and saved sync settings, owned by the freshdesk agent */
  syncSup: string;
  /** a bot gateway key for SUP's service desk, issued by the Jira admin */
  gatewayKey: string;
  /** syncSup's sync turned on, with ticket 2 linked (stuck) and ticket 1 and a SUP issue free to link */
  links: SyncLinkFixtures;
}

export type Expect = Record<Role, 'allowed' | 'denied'>;
export interface Scenario {
  key: string;
  about: string;
  payload: (fixtures: Fixtures) => unknown;
  expect: Expect;
}

const all = (outcome: 'allowed' | 'denied'): Expect => ({ jiraAdmin: outcome, projectAdmin: outcome, toolMember: outcome, outsider: outcome });
const onlyAdmin: Expect = { ...all('denied'), jiraAdmin: 'allowed' };
const allButOutsider: Expect = { ...all('allowed'), outsider: 'denied' };
const SUP = '10000';
const ENG = '10001';

export const SCENARIOS: Scenario[] = [
  { key: 'app/identity', about: 'the app identity', payload: () => ({}), expect: all('allowed') },
  { key: 'app/me', about: "one's own role", payload: () => ({}), expect: all('allowed') },
  { key: 'integrations/list', about: 'on their own page', payload: () => ({}), expect: allButOutsider },
  { key: 'projects/list', about: 'to pick a target', payload: () => ({}), expect: allButOutsider },
  {
    key: 'integrations/create',
    about: 'freshdesk → SUP (the agent cannot browse SUP)',
    payload: () => ({ name: 'New', tool: 'freshdesk', projectId: SUP }),
    expect: { jiraAdmin: 'allowed', projectAdmin: 'allowed', toolMember: 'denied', outsider: 'denied' },
  },
  {
    key: 'integrations/create',
    about: 'freshdesk → ENG (the project admin of SUP puts another project in the payload)',
    payload: () => ({ name: 'New', tool: 'freshdesk', projectId: ENG }),
    expect: { jiraAdmin: 'allowed', projectAdmin: 'denied', toolMember: 'allowed', outsider: 'denied' },
  },
  {
    key: 'integrations/create',
    about: 'zendesk → ENG (not the agent’s tool)',
    payload: () => ({ name: 'New', tool: 'zendesk', projectId: ENG }),
    expect: onlyAdmin,
  },
  {
    key: 'integrations/update',
    about: "the agent's own SUP integration",
    payload: (f) => ({ id: f.agentsSup, name: 'Renamed' }),
    expect: allButOutsider,
  },
  {
    key: 'integrations/update',
    about: "the admin's ENG integration, by sending its id",
    payload: (f) => ({ id: f.adminsEng, name: 'Renamed' }),
    expect: onlyAdmin,
  },
  { key: 'integrations/delete', about: "the agent's own SUP integration", payload: (f) => ({ id: f.agentsSup }), expect: allButOutsider },
  { key: 'integrations/delete', about: "the admin's ENG integration", payload: (f) => ({ id: f.adminsEng }), expect: onlyAdmin },
  {
    key: 'integrations/transfer',
    about: "the agent's integration to the project admin",
    payload: (f) => ({ id: f.agentsSup, ownerAccountId: ROLES.projectAdmin.accountId }),
    expect: onlyAdmin,
  },
  { key: 'logs/read', about: "the agent's own SUP integration", payload: (f) => ({ integrationId: f.agentsSup }), expect: allButOutsider },
  { key: 'logs/read', about: "the admin's ENG integration (others' logs)", payload: (f) => ({ integrationId: f.adminsEng }), expect: onlyAdmin },
  { key: 'groups/list', about: 'deskbridge-jira-* groups', payload: () => ({}), expect: onlyAdmin },
  { key: 'groups/create', about: 'deskbridge-jira-zendesk', payload: () => ({ tool: 'zendesk' }), expect: onlyAdmin },
  { key: 'connections/specs', about: 'the connection forms', payload: () => ({}), expect: allButOutsider },
  { key: 'connections/list', about: 'connections to use', payload: () => ({}), expect: allButOutsider },
  { key: 'connections/create', about: 'the Freshdesk sandbox', payload: () => freshdeskForm(), expect: onlyAdmin },
  { key: 'connections/verify', about: 'an existing connection', payload: (f) => ({ id: f.connection }), expect: onlyAdmin },
  {
    key: 'connections/rotate-secret',
    about: 'an existing connection',
    payload: (f) => ({ id: f.connection, secret: FRESHDESK_SANDBOX.secret }),
    expect: onlyAdmin,
  },
  { key: 'connections/rename', about: 'an existing connection', payload: (f) => ({ id: f.connection, name: 'Renamed' }), expect: onlyAdmin },
  { key: 'connections/disconnect', about: 'an existing connection', payload: (f) => ({ id: f.connection }), expect: onlyAdmin },
  { key: 'connections/delete', about: 'an unused connection', payload: (f) => ({ id: f.connection }), expect: onlyAdmin },
  // Identity and personal data: Jira admins only (site.administer)
  { key: 'identity/status', about: 'directory, identity map and reporting status', payload: () => ({}), expect: onlyAdmin },
  { key: 'identity/sync-now', about: 'a directory sync on demand', payload: () => ({}), expect: onlyAdmin },
  { key: 'identity/links/list', about: 'the identity map', payload: () => ({}), expect: onlyAdmin },
  {
    key: 'identity/links/set',
    about: 'a Freshdesk contact → the freshdesk agent',
    payload: () => ({ tool: 'freshdesk', contactId: '42', accountId: ROLES.toolMember.accountId }),
    expect: onlyAdmin,
  },
  { key: 'identity/links/delete', about: 'a Freshdesk contact', payload: () => ({ tool: 'freshdesk', contactId: '42' }), expect: onlyAdmin },
  // Bot gateway: keys and their audit trail are for Jira admins only (gateway.manage)
  { key: 'gateway/info', about: 'the gateway URL and service desks', payload: () => ({}), expect: onlyAdmin },
  { key: 'gateway/keys/list', about: 'the gateway keys', payload: () => ({}), expect: onlyAdmin },
  { key: 'gateway/keys/create', about: 'a read key for SUP', payload: () => ({ name: 'Bot', serviceDeskIds: ['1'], operations: ['read'] }), expect: onlyAdmin },
  { key: 'gateway/keys/rotate', about: "the admin's key", payload: (f) => ({ id: f.gatewayKey }), expect: onlyAdmin },
  { key: 'gateway/keys/revoke', about: "the admin's key", payload: (f) => ({ id: f.gatewayKey }), expect: onlyAdmin },
  { key: 'gateway/audit/list', about: "the admin's key's calls", payload: (f) => ({ keyId: f.gatewayKey }), expect: onlyAdmin },
  {
    key: 'identity/links/import-csv',
    about: 'one Freshdesk contact → the freshdesk agent',
    payload: () => ({ csv: `tool,contactId,accountId\nfreshdesk,7,${ROLES.toolMember.accountId}\n` }),
    expect: onlyAdmin,
  },
];

// Sync settings: seen by whoever sees the integration, changed by whoever may edit it
const SYNC_ISSUE_TYPE = '10100';
SCENARIOS.push(
  { key: 'sync-config/get', about: "the agent's SUP integration", payload: (f) => ({ integrationId: f.syncSup }), expect: allButOutsider },
  {
    key: 'sync-config/get',
    about: "the admin's ENG integration (read-only for the agent)",
    payload: (f) => ({ integrationId: f.adminsEng }),
    expect: { jiraAdmin: 'allowed', projectAdmin: 'denied', toolMember: 'allowed', outsider: 'denied' },
  },
  { key: 'sync-config/options', about: 'issue and request types', payload: (f) => ({ integrationId: f.syncSup, part: 'linking' }), expect: allButOutsider },
  { key: 'sync-config/options', about: 'fields and priorities', payload: (f) => ({ integrationId: f.syncSup, part: 'fields', issueTypeId: SYNC_ISSUE_TYPE }), expect: allButOutsider },
  { key: 'sync-config/options', about: 'statuses', payload: (f) => ({ integrationId: f.syncSup, part: 'statuses', issueTypeId: SYNC_ISSUE_TYPE }), expect: allButOutsider },
  { key: 'sync-config/propose-statuses', about: 'SUP × Freshdesk', payload: (f) => ({ integrationId: f.syncSup, issueTypeId: SYNC_ISSUE_TYPE }), expect: allButOutsider },
  { key: 'sync-config/save', about: "the agent's SUP integration", payload: (f) => ({ integrationId: f.syncSup, config: minimalSupConfig() }), expect: allButOutsider },
  { key: 'sync-config/save', about: "the admin's ENG integration", payload: (f) => ({ integrationId: f.adminsEng, config: minimalEngConfig() }), expect: onlyAdmin },
  { key: 'sync-config/enable', about: "the agent's saved SUP settings", payload: (f) => ({ integrationId: f.syncSup }), expect: allButOutsider },
  { key: 'sync-config/disable', about: "the agent's SUP integration", payload: (f) => ({ integrationId: f.syncSup }), expect: allButOutsider },
  { key: 'sync-config/disable', about: "the admin's ENG integration", payload: (f) => ({ integrationId: f.adminsEng }), expect: onlyAdmin },
);

// Sync links and webhooks: listed by whoever sees the integration, changed by whoever may edit it
SCENARIOS.push(
  { key: 'sync-links/list', about: "the agent's SUP links", payload: (f) => ({ integrationId: f.syncSup }), expect: allButOutsider },
  {
    key: 'sync-links/list',
    about: "the admin's ENG links (read-only for the agent)",
    payload: (f) => ({ integrationId: f.adminsEng }),
    expect: { jiraAdmin: 'allowed', projectAdmin: 'denied', toolMember: 'allowed', outsider: 'denied' },
  },
  {
    key: 'sync-links/create',
    about: 'ticket 1 ↔ a free SUP issue',
    payload: (f) => ({ integrationId: f.syncSup, ticketId: f.links.freeTicketId, issueKey: f.links.freeIssueKey }),
    expect: allButOutsider,
  },
  { key: 'sync-links/retry', about: 'the stuck link of ticket 2', payload: (f) => ({ integrationId: f.syncSup, ticketId: f.links.linkedTicketId }), expect: allButOutsider },
  { key: 'sync-links/delete', about: 'the link of ticket 2', payload: (f) => ({ integrationId: f.syncSup, ticketId: f.links.linkedTicketId }), expect: allButOutsider },
  { key: 'sync-webhook/get', about: "the agent's SUP webhook", payload: (f) => ({ integrationId: f.syncSup }), expect: allButOutsider },
  { key: 'sync-webhook/set-up', about: "the agent's SUP webhook", payload: (f) => ({ integrationId: f.syncSup }), expect: allButOutsider },
  { key: 'sync-webhook/regenerate-secret', about: "the agent's SUP webhook secret", payload: (f) => ({ integrationId: f.syncSup }), expect: allButOutsider },
  {
    key: 'sync-webhook/set-signing-secret',
    about: "the agent's SUP webhook signing secret",
    payload: (f) => ({ integrationId: f.syncSup, secret: 'pasted-client-secret-0001' }),
    expect: allButOutsider,
  },
);

// JSM service desks: readiness and bucket maps are for Jira admins only (desks.manage)
const SUP_DESK = '1';
SCENARIOS.push(
  { key: 'jsm/desks', about: 'the service desks to check', payload: () => ({}), expect: onlyAdmin },
  { key: 'jsm/readiness', about: "SUP's workflow readiness", payload: () => ({ serviceDeskId: SUP_DESK }), expect: onlyAdmin },
  { key: 'jsm/readiness/resolve-screen', about: "SUP's resolve screen", payload: () => ({ serviceDeskId: SUP_DESK }), expect: onlyAdmin },
  { key: 'jsm/bucket-map/get', about: "SUP's status buckets", payload: () => ({ serviceDeskId: SUP_DESK }), expect: onlyAdmin },
  {
    key: 'jsm/bucket-map/save',
    about: "SUP's status buckets, as proposed",
    payload: () => ({ serviceDeskId: SUP_DESK, buckets: { '10010': 'new', '3': 'in-progress', '10011': 'waiting', '5': 'resolved', '6': 'resolved', '4': 'new' } }),
    expect: onlyAdmin,
  },
);

// Backfill: watched by whoever sees the integration, run by whoever may edit it (the fixtures' runs: backfill-fixtures.ts)
SCENARIOS.push(
  { key: 'backfill/status', about: "the agent's SUP backfill", payload: (f) => ({ integrationId: f.syncSup }), expect: allButOutsider },
  {
    key: 'backfill/status',
    about: "the admin's ENG backfill (read-only for the agent)",
    payload: (f) => ({ integrationId: f.adminsEng }),
    expect: { jiraAdmin: 'allowed', projectAdmin: 'denied', toolMember: 'allowed', outsider: 'denied' },
  },
  {
    key: 'backfill/estimate',
    about: "the agent's SUP integration, new tickets only",
    payload: (f) => ({ integrationId: f.syncSup, filter: { createdFrom: '2999-01-01' } }),
    expect: allButOutsider,
  },
  { key: 'backfill/start', about: "the agent's estimated SUP backfill", payload: (f) => ({ integrationId: f.syncSup }), expect: allButOutsider },
  { key: 'backfill/pause', about: "the agent's running backfill", payload: (f) => ({ integrationId: f.agentsSup }), expect: allButOutsider },
  { key: 'backfill/cancel', about: "the agent's running backfill", payload: (f) => ({ integrationId: f.agentsSup }), expect: allButOutsider },
  { key: 'backfill/retry-failures', about: "the agent's running backfill", payload: (f) => ({ integrationId: f.agentsSup }), expect: allButOutsider },
  { key: 'backfill/resume', about: "the admin's paused ENG backfill", payload: (f) => ({ integrationId: f.adminsEng }), expect: onlyAdmin },
);

// Sync logs: read like the integration log (owner, project admins, Jira admins); retention changed by editors
SCENARIOS.push(
  { key: 'sync-logs/read', about: "the agent's SUP sync log", payload: (f) => ({ integrationId: f.syncSup, result: 'error' }), expect: allButOutsider },
  { key: 'sync-logs/read', about: "the admin's ENG sync log (others' logs)", payload: (f) => ({ integrationId: f.adminsEng }), expect: onlyAdmin },
  { key: 'sync-logs/settings/get', about: "the agent's SUP log retention", payload: (f) => ({ integrationId: f.syncSup }), expect: allButOutsider },
  { key: 'sync-logs/settings/get', about: "the admin's ENG log retention", payload: (f) => ({ integrationId: f.adminsEng }), expect: onlyAdmin },
  { key: 'sync-logs/settings/save', about: "the agent's SUP log retention", payload: (f) => ({ integrationId: f.syncSup, retentionDays: 7 }), expect: allButOutsider },
  { key: 'sync-logs/settings/save', about: "the admin's ENG log retention", payload: (f) => ({ integrationId: f.adminsEng, retentionDays: 30 }), expect: onlyAdmin },
);

// Issue panel: seen by whoever may browse the issue's project; its actions need the right to edit the link's integration
SCENARIOS.push(
  {
    key: 'issue-panel/load',
    about: 'a SUP issue (the agent cannot browse SUP)',
    payload: (f) => ({ issue: f.links.freeIssueKey }),
    expect: { jiraAdmin: 'allowed', projectAdmin: 'allowed', toolMember: 'denied', outsider: 'denied' },
  },
  {
    key: 'issue-panel/reply',
    about: 'a private note on ticket 2 of the agent’s SUP integration',
    payload: (f) => ({ integrationId: f.syncSup, ticketId: f.links.linkedTicketId, text: 'Checked the logs.', visibility: 'private' }),
    expect: allButOutsider,
  },
  { key: 'issue-panel/retry', about: 'the stuck link of ticket 2', payload: (f) => ({ integrationId: f.syncSup, ticketId: f.links.linkedTicketId }), expect: allButOutsider },
  { key: 'issue-panel/unlink', about: 'the link of ticket 2', payload: (f) => ({ integrationId: f.syncSup, ticketId: f.links.linkedTicketId }), expect: allButOutsider },
  {
    key: 'issue-panel/link',
    about: 'ticket 1 to a free SUP issue',
    payload: (f) => ({ integrationId: f.syncSup, issue: f.links.freeIssueKey, ticket: f.links.freeTicketId }),
    expect: allButOutsider,
  },
  { key: 'issue-panel/create-ticket', about: 'from a free SUP issue', payload: (f) => ({ integrationId: f.syncSup, issue: f.links.freeIssueKey }), expect: allButOutsider },
  { key: 'issue-panel/fields/get', about: 'the fields the panel shows', payload: () => ({}), expect: onlyAdmin },
  {
    key: 'issue-panel/fields/save',
    about: 'Freshdesk priority and tags',
    payload: () => ({ fields: { freshdesk: ['priority', 'tags'], zendesk: [], intercom: [], servicenow: [] } }),
    expect: onlyAdmin,
  },
);

// Notifications: seen like the integration's sync settings, changed by whoever may edit it; the dashboard is for Jira admins
SCENARIOS.push(
  { key: 'notifications/get', about: "the agent's SUP integration", payload: (f) => ({ integrationId: f.syncSup }), expect: allButOutsider },
  {
    key: 'notifications/get',
    about: "the admin's ENG integration (read-only for the agent)",
    payload: (f) => ({ integrationId: f.adminsEng }),
    expect: { jiraAdmin: 'allowed', projectAdmin: 'denied', toolMember: 'allowed', outsider: 'denied' },
  },
  { key: 'notifications/save', about: "the agent's SUP integration", payload: (f) => ({ integrationId: f.syncSup, settings: { enabled: true, rules: [] } }), expect: allButOutsider },
  { key: 'dashboard/summary', about: 'links, stuck links and sync activity', payload: () => ({}), expect: onlyAdmin },
);

function freshdeskForm() {
  return { tool: 'freshdesk', name: 'Acme', domain: FRESHDESK_SANDBOX.domain, secret: FRESHDESK_SANDBOX.secret };
}

/** Empties storage, resets the sandbox Jira, and creates the fixtures as the Jira admin. */
export async function freshFixtures(deskbridge: LocalDeskbridge): Promise<Fixtures> {
  deskbridge.runtime.kvs.clear();
  await fetch(`${deskbridge.jiraUrl}/__sandbox/reset`, { method: 'POST' });
  const agentsSup = await invokeOk(deskbridge, ROLES.jiraAdmin, 'integrations/create', { name: 'Agent SUP', tool: 'freshdesk', projectId: SUP });
  const adminsEng = await invokeOk(deskbridge, ROLES.jiraAdmin, 'integrations/create', { name: 'Admin ENG', tool: 'freshdesk', projectId: ENG });
  await invokeOk(deskbridge, ROLES.jiraAdmin, 'integrations/transfer', { id: agentsSup.id, ownerAccountId: ROLES.toolMember.accountId });
  deskbridge.helpDesks.freshdesk.reset();
  const connection = await invokeOk(deskbridge, ROLES.jiraAdmin, 'connections/create', freshdeskForm());
  const syncSup = await syncedIntegration(deskbridge);
  const gateway = await invokeOk(deskbridge, ROLES.jiraAdmin, 'gateway/keys/create', { name: 'Fixture bot', serviceDeskIds: ['1'], operations: ['read'] });
  const links = await syncLinkFixtures(deskbridge, syncSup);
  await backfillFixtures({ syncSup, agentsSup: agentsSup.id, adminsEng: adminsEng.id });
  return { agentsSup: agentsSup.id, adminsEng: adminsEng.id, connection: connection.id, gatewayKey: gateway.key.id, syncSup, links };
}

/**
 * An integration with its own connection and saved sync settings, owned by the freshdesk agent.
 * Ownership and settings go straight into storage (the resolvers that write them are tested on
 * their own), which keeps this fixture cheap enough to build before every scenario.
 */
async function syncedIntegration(deskbridge: LocalDeskbridge): Promise<string> {
  const connection = await invokeOk(deskbridge, ROLES.jiraAdmin, 'connections/create', { ...freshdeskForm(), name: 'Acme sync' });
  const created = await invokeOk(deskbridge, ROLES.jiraAdmin, 'integrations/create', { name: 'Agent SUP sync', tool: 'freshdesk', projectId: SUP, connectionId: connection.id });
  const integration = (await getIntegration(created.id))!;
  await saveIntegration({ ...integration, ownerAccountId: ROLES.toolMember.accountId });
  await writeSyncConfig(integration.id, minimalSupConfig());
  return integration.id;
}
