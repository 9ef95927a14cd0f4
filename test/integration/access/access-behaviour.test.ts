/**
 * What each role sees and keeps seeing: read-only views of others' integrations, page-scoped
 * lists, logs sealed at rest, and access that follows Jira group membership from one call to the next.
 */
import { SEED_USERS, basicAuthHeader } from '../../../local/sandbox/jira';
import type { IntegrationView, LogPage } from '../../../src/shared/integrations';
import { invokeOk, invokeResolver, ROLES, useLocalDeskbridge } from '../../support/local-app';

const local = useLocalDeskbridge();
const SUP = '10000';
const ENG = '10001';

let agents: IntegrationView;
let adminsEng: IntegrationView;
let zendesk: IntegrationView;

beforeAll(async () => {
  const { deskbridge } = local;
  agents = await invokeOk(deskbridge, ROLES.toolMember, 'integrations/create', { name: 'Agent ENG', tool: 'freshdesk', projectId: ENG });
  adminsEng = await invokeOk(deskbridge, ROLES.jiraAdmin, 'integrations/create', { name: 'Admin ENG', tool: 'freshdesk', projectId: ENG });
  zendesk = await invokeOk(deskbridge, ROLES.jiraAdmin, 'integrations/create', { name: 'Zendesk SUP', tool: 'zendesk', projectId: SUP });
});

test("a tool-group member sees their tool's integrations, others' read-only, and no other tool's", async () => {
  const list = await invokeOk<IntegrationView[]>(local.deskbridge, ROLES.toolMember, 'integrations/list');
  const byId = new Map(list.map((view) => [view.id, view]));
  expect(byId.get(agents.id)?.access).toEqual({ canEdit: true, canReadLogs: true, canTransferOwnership: false });
  expect(byId.get(adminsEng.id)?.access).toEqual({ canEdit: false, canReadLogs: false, canTransferOwnership: false });
  expect(byId.has(zendesk.id)).toBe(false);
});

test("a project admin sees exactly their project's integrations on its settings page", async () => {
  const list = await invokeOk<IntegrationView[]>(local.deskbridge, ROLES.projectAdmin, 'integrations/list');
  expect(list.map((view) => view.id)).toEqual([zendesk.id]);
  expect(list[0].access).toEqual({ canEdit: true, canReadLogs: true, canTransferOwnership: false });
});

test('a Jira admin sees every integration and may transfer ownership', async () => {
  const list = await invokeOk<IntegrationView[]>(local.deskbridge, ROLES.jiraAdmin, 'integrations/list');
  expect(list.map((view) => view.id).sort()).toEqual([agents.id, adminsEng.id, zendesk.id].sort());
  expect(list.every((view) => view.access.canTransferOwnership)).toBe(true);
});

test('logs are sealed at rest and readable only through logs/read', async () => {
  const snapshot = local.deskbridge.runtime.kvs.snapshot();
  expect(snapshot).not.toContain('Created \\"Agent ENG\\"');
  expect(snapshot).not.toContain('integration.created');
  expect(snapshot).toContain('"sealed":"v1.');
  const log = await invokeOk<LogPage>(local.deskbridge, ROLES.toolMember, 'logs/read', { integrationId: agents.id });
  expect(log.entries).toEqual([
    expect.objectContaining({ action: 'integration.created', result: 'ok', actorAccountId: ROLES.toolMember.accountId, detail: 'Created "Agent ENG" for ENG' }),
  ]);
});

test('an invalid payload is refused with what to fix, and nothing is saved', async () => {
  const before = local.deskbridge.runtime.kvs.snapshot();
  const answer = await invokeResolver(local.deskbridge, ROLES.jiraAdmin, 'integrations/create', { name: '  ', tool: 'slack', projectId: 'ENG' });
  expect(answer).toEqual({ ok: false, error: { kind: 'invalid', message: expect.stringMatching(/name: Give the integration a name.*tool: Pick a tool.*projectId: Pick a Jira project/) } });
  expect(local.deskbridge.runtime.kvs.snapshot()).toBe(before);
});

test('a member removed from deskbridge-jira-freshdesk loses access on the next call', async () => {
  const member = { accountId: SEED_USERS.freshdeskAgent.accountId, page: 'global' };
  await expect(invokeResolver(local.deskbridge, member, 'integrations/update', { id: agents.id, name: 'Still mine' })).resolves.toMatchObject({ ok: true });
  const removed = await fetch(
    `${local.deskbridge.jiraUrl}/rest/api/3/group/user?groupname=deskbridge-jira-freshdesk&accountId=${member.accountId}`,
    { method: 'DELETE', headers: { authorization: basicAuthHeader(SEED_USERS.admin.accountId) } },
  );
  expect(removed.status).toBe(200);
  await expect(invokeResolver(local.deskbridge, member, 'integrations/update', { id: agents.id, name: 'Not any more' })).resolves.toMatchObject({
    ok: false,
    error: { kind: 'forbidden' },
  });
  await expect(invokeResolver(local.deskbridge, member, 'integrations/list')).resolves.toMatchObject({ ok: false, error: { kind: 'forbidden' } });
});
