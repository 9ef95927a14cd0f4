import type { LocalDeskbridge } from '../../local/local-deskbridge';
import { FRESHDESK_SANDBOX } from '../../local/sandbox/freshdesk';
import { invokeOk, ROLES, type Role } from './local-app';

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
  {
    key: 'identity/links/import-csv',
    about: 'one Freshdesk contact → the freshdesk agent',
    payload: () => ({ csv: `tool,contactId,accountId\nfreshdesk,7,${ROLES.toolMember.accountId}\n` }),
    expect: onlyAdmin,
  },
];

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
  return { agentsSup: agentsSup.id, adminsEng: adminsEng.id, connection: connection.id };
}

