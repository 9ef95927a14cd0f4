/**
 * Connecting a help desk from the admin page, end to end: resolvers on the local runtime, the
 * Freshdesk adapter through the manifest's egress to the sandbox. Connect verifies before it
 * saves; every failure says what to fix and saves nothing; the secret never comes back.
 */
import { FRESHDESK_SANDBOX } from '../../../local/sandbox/freshdesk';
import type { ConnectionView } from '../../../src/shared/connections';
import type { IntegrationView } from '../../../src/shared/integrations';
import { invokeOk, invokeResolver, ROLES, useLocalDeskbridge } from '../../support/local-app';

const local = useLocalDeskbridge();
const admin = ROLES.jiraAdmin;
const form = (changes: Record<string, unknown> = {}) => ({ tool: 'freshdesk', name: 'Acme support', domain: 'acme', secret: FRESHDESK_SANDBOX.secret, ...changes });

beforeEach(() => {
  local.deskbridge.runtime.kvs.clear();
  local.deskbridge.helpDesks.freshdesk.reset();
});

async function refusedWithoutSaving(payload: unknown, error: { kind: string; message: string | RegExp }) {
  const before = local.deskbridge.runtime.kvs.snapshot();
  const answer = await invokeResolver(local.deskbridge, admin, 'connections/create', payload);
  expect(answer).toEqual({ ok: false, error: { kind: error.kind, message: expect.stringMatching(error.message) } });
  expect(local.deskbridge.runtime.kvs.snapshot()).toBe(before);
}

test('valid credentials connect: Connected, with the account and agent, and no secret in the answer', async () => {
  const connection = await invokeOk<ConnectionView>(local.deskbridge, admin, 'connections/create', form());
  expect(connection).toMatchObject({ tool: 'freshdesk', name: 'Acme support', domain: 'acme.freshdesk.com', status: 'connected', connectedBy: admin.accountId });
  expect(connection.account).toBeTruthy();
  expect(connection.secretSetAt).toBeTruthy();
  expect(JSON.stringify(connection)).not.toContain(FRESHDESK_SANDBOX.secret);
  expect(local.deskbridge.runtime.kvs.entries('entity:connection').map(([, item]) => JSON.stringify(item))).not.toContainEqual(expect.stringContaining(FRESHDESK_SANDBOX.secret));
  const list = await invokeOk<ConnectionView[]>(local.deskbridge, admin, 'connections/list');
  expect(list.map((view) => view.id)).toEqual([connection.id]);
});

test('a wrong key is refused with what to do, and nothing is saved', () =>
  refusedWithoutSaving(form({ secret: 'not-the-key-at-all' }), { kind: 'auth', message: /API key was rejected by Freshdesk \(401\)/ }));

test('an unknown account is refused, and nothing is saved', () =>
  refusedWithoutSaving(form({ domain: 'nosuchcompany.freshdesk.com' }), { kind: 'not-found', message: /No Freshdesk account at nosuchcompany\.freshdesk\.com/ }));

test('a key without admin rights is refused with the missing permission', () =>
  refusedWithoutSaving(form({ secret: FRESHDESK_SANDBOX.limitedSecret }), { kind: 'forbidden', message: /permission/i }));

test('rate limiting says when to try again', async () => {
  local.deskbridge.helpDesks.freshdesk.faults.plan({ mode: 'rate-limit', retryAfterSeconds: 42 });
  await refusedWithoutSaving(form(), { kind: 'rate-limited', message: /try again in 42 s/ });
});

test.each([['http://169.254.169.254'], ['169.254.169.254'], ['evil.com/.freshdesk.com'], ['acme.freshdesk.com.evil.com'], ['acme.freshdesk.com:8443'], ['user@acme.freshdesk.com'], ['[::1]']])(
  'the domain %s is refused before any request',
  (domain) => refusedWithoutSaving(form({ domain }), { kind: 'invalid', message: /^domain: / }),
);

test('rotating to a bad key keeps the working one; a good key replaces it', async () => {
  const connection = await invokeOk<ConnectionView>(local.deskbridge, admin, 'connections/create', form());
  const bad = await invokeResolver(local.deskbridge, admin, 'connections/rotate-secret', { id: connection.id, secret: 'typo-in-the-new-key' });
  expect(bad).toMatchObject({ ok: false, error: { kind: 'auth' } });
  await expect(invokeOk<ConnectionView>(local.deskbridge, admin, 'connections/verify', { id: connection.id })).resolves.toMatchObject({ status: 'connected' });
  const rotated = await invokeOk<ConnectionView>(local.deskbridge, admin, 'connections/rotate-secret', { id: connection.id, secret: FRESHDESK_SANDBOX.secret });
  expect(rotated.status).toBe('connected');
});

test('re-verify records an Error with the reason when the help desk refuses', async () => {
  const connection = await invokeOk<ConnectionView>(local.deskbridge, admin, 'connections/create', form());
  local.deskbridge.helpDesks.freshdesk.faults.plan({ mode: 'server-error', count: 5 });
  const verified = await invokeOk<ConnectionView>(local.deskbridge, admin, 'connections/verify', { id: connection.id });
  expect(verified).toMatchObject({ status: 'error', statusReason: expect.stringMatching(/Freshdesk/) });
});

test('disconnect forgets the key; delete is refused while an integration uses the connection', async () => {
  const connection = await invokeOk<ConnectionView>(local.deskbridge, admin, 'connections/create', form());
  const integration = await invokeOk<IntegrationView>(local.deskbridge, admin, 'integrations/create', {
    name: 'Acme → ENG',
    tool: 'freshdesk',
    projectId: '10001',
    connectionId: connection.id,
  });
  const refused = await invokeResolver(local.deskbridge, admin, 'connections/delete', { id: connection.id });
  expect(refused).toEqual({ ok: false, error: { kind: 'invalid', message: expect.stringContaining('"Acme → ENG"') } });
  const disconnected = await invokeOk<ConnectionView>(local.deskbridge, admin, 'connections/disconnect', { id: connection.id });
  expect(disconnected).toMatchObject({ status: 'disconnected' });
  expect(disconnected.secretSetAt).toBeUndefined();
  expect(local.deskbridge.runtime.kvs.entries('secret').map(([key]) => key)).not.toContain(`connection-secret:${connection.id}`);
  await invokeOk(local.deskbridge, admin, 'integrations/delete', { id: integration.id });
  await expect(invokeOk(local.deskbridge, admin, 'connections/delete', { id: connection.id })).resolves.toEqual({ id: connection.id });
});

test('an integration cannot use a connection of another tool', async () => {
  const connection = await invokeOk<ConnectionView>(local.deskbridge, admin, 'connections/create', form());
  const answer = await invokeResolver(local.deskbridge, admin, 'integrations/create', { name: 'X', tool: 'zendesk', projectId: '10001', connectionId: connection.id });
  expect(answer).toEqual({ ok: false, error: { kind: 'invalid', message: 'connectionId: Pick a zendesk connection for a zendesk integration.' } });
});

test('tool-group members see only their tools’ connections, outsiders none', async () => {
  await invokeOk(local.deskbridge, admin, 'connections/create', form());
  await expect(invokeOk<ConnectionView[]>(local.deskbridge, ROLES.toolMember, 'connections/list')).resolves.toHaveLength(1);
  await expect(invokeResolver(local.deskbridge, ROLES.outsider, 'connections/list')).resolves.toMatchObject({ ok: false, error: { kind: 'forbidden' } });
});
