/**
 * The identity map: exact email matches against the directory (only where Jira showed the email),
 * manual links that win over them, and the resolvers that maintain the map.
 */
import { SEED_USERS } from '../../../local/sandbox/jira';
import { matchContact } from '../../../src/identity/match-contact';
import type { IdentityLinkPage, IdentityStatus } from '../../../src/shared/identity';
import { invokeOk, invokeResolver, ROLES, useLocalDeskbridge } from '../../support/local-app';
import { inInvocation, syncDirectory } from './support/identity-harness';
import { captureLogs, personalStrings } from './support/log-capture';

const logs = captureLogs();
const local = useLocalDeskbridge({ log: logs.runtimeLog });
const match = (tool: 'zendesk' | 'freshdesk', contact: { id: string; email?: string }) => inInvocation(() => matchContact(tool, contact));
const AGENT = SEED_USERS.freshdeskAgent.accountId;
const OUTSIDER = SEED_USERS.outsider.accountId;

beforeAll(async () => {
  await invokeOk(local.deskbridge, ROLES.jiraAdmin, 'integrations/create', { name: 'Support desk', tool: 'zendesk', projectId: '10000' });
  await syncDirectory(local.deskbridge);
});

test('an exact email match (case and spaces aside) maps the contact and is remembered as an email link', async () => {
  expect(await match('zendesk', { id: 'z-1', email: '  CustomerCasey@Customers.Example ' })).toEqual({ accountId: SEED_USERS.customerCasey.accountId, source: 'email' });
  const page = await invokeOk<IdentityLinkPage>(local.deskbridge, ROLES.jiraAdmin, 'identity/links/list', { tool: 'zendesk' });
  expect(page.links).toEqual([{ tool: 'zendesk', contactId: 'z-1', accountId: SEED_USERS.customerCasey.accountId, source: 'email', updatedAt: expect.any(String) }]);
  // Known now: no email needed the next time.
  expect(await match('zendesk', { id: 'z-1' })).toEqual({ accountId: SEED_USERS.customerCasey.accountId, source: 'email' });
});

test('no match where Jira never showed the email, for an unknown email, or without one: the caller acts as the app', async () => {
  expect(await match('zendesk', { id: 'z-2', email: 'outsider@deskbridge-local.example' })).toBeUndefined(); // hidden by the profile
  expect(await match('zendesk', { id: 'z-3', email: 'nobody@example.com' })).toBeUndefined();
  expect(await match('zendesk', { id: 'z-4' })).toBeUndefined();
});

test('an email link goes when the contact turns up with another email that matches nobody', async () => {
  expect(await match('zendesk', { id: 'z-1', email: 'casey.new@elsewhere.example' })).toBeUndefined();
  expect((await invokeOk<IdentityLinkPage>(local.deskbridge, ROLES.jiraAdmin, 'identity/links/list', { tool: 'zendesk' })).links).toEqual([]);
});

test('a manual link wins over an email match, and deleting it unmaps the contact', async () => {
  const set = await invokeOk(local.deskbridge, ROLES.jiraAdmin, 'identity/links/set', { tool: 'freshdesk', contactId: 'f-9', accountId: OUTSIDER });
  expect(set).toMatchObject({ tool: 'freshdesk', contactId: 'f-9', accountId: OUTSIDER, source: 'manual' });
  // The agent's email is visible and matches the agent, but the admin said f-9 is the outsider.
  expect(await match('freshdesk', { id: 'f-9', email: 'freshdeskagent@deskbridge-local.example' })).toEqual({ accountId: OUTSIDER, source: 'manual' });
  expect(await invokeOk(local.deskbridge, ROLES.jiraAdmin, 'identity/links/delete', { tool: 'freshdesk', contactId: 'f-9' })).toEqual({ deleted: true });
  expect(await invokeOk(local.deskbridge, ROLES.jiraAdmin, 'identity/links/delete', { tool: 'freshdesk', contactId: 'f-9' })).toEqual({ deleted: false });
  expect(await match('freshdesk', { id: 'f-9', email: 'freshdeskagent@deskbridge-local.example' })).toEqual({ accountId: AGENT, source: 'email' });
});

test('links/set refuses accounts that are unknown, deactivated or apps, and malformed ids, saying which field', async () => {
  const attempts = {
    unknown: { tool: 'zendesk', contactId: 'z-5', accountId: '5b10ac8d82e05b22cc7d0000' },
    closed: { tool: 'zendesk', contactId: 'z-5', accountId: SEED_USERS.gdprClosed.accountId },
    app: { tool: 'zendesk', contactId: 'z-5', accountId: SEED_USERS.app.accountId },
    malformed: { tool: 'zendesk', contactId: 'z-5', accountId: 'not an id!' },
    noContact: { tool: 'zendesk', contactId: '  ', accountId: OUTSIDER },
    badTool: { tool: 'jsm', contactId: 'z-5', accountId: OUTSIDER },
  };
  for (const [why, payload] of Object.entries(attempts)) {
    const answer = await invokeResolver(local.deskbridge, ROLES.jiraAdmin, 'identity/links/set', payload);
    expect([why, answer]).toEqual([why, { ok: false, error: { kind: 'invalid', message: expect.stringMatching(/^(accountId|contactId|tool): /) } }]);
  }
});

test('the status counts the map by source; no answer carries an email or a name', async () => {
  await invokeOk(local.deskbridge, ROLES.jiraAdmin, 'identity/links/set', { tool: 'intercom', contactId: 'i-1', accountId: OUTSIDER });
  const status = await invokeOk<IdentityStatus>(local.deskbridge, ROLES.jiraAdmin, 'identity/status');
  expect(status.identityMap).toEqual({ byEmail: 1, manual: 1 });
  const answers = JSON.stringify([status, await invokeOk(local.deskbridge, ROLES.jiraAdmin, 'identity/links/list')]);
  for (const text of personalStrings(local.deskbridge.sandbox!.site.users)) expect(answers).not.toContain(text);
});

test('no email address or display name appeared in any log line of this file', () => {
  const logged = logs.lines.join('\n');
  for (const text of personalStrings(local.deskbridge.sandbox!.site.users)) expect(logged).not.toContain(text);
  expect(logged).not.toMatch(/@[\w-]+\.example/);
});
