/**
 * Gateway keys on the admin page's resolvers: a key is shown once and stored only as a keyed
 * hash; lists never carry it; rotate replaces the secret (the old one stops at once) and keeps
 * the settings; revoke is final; the panel learns the gateway URL, the desks and each key's last use.
 */
import { createHmac } from 'node:crypto';
import { runInvocation } from '../../../local/runtime/invocation-scope';
import { SEED_SERVICE_DESK, SEED_USERS } from '../../../local/sandbox/jira';
import type { GatewayInfo, GatewayKeyView, IssuedKey } from '../../../src/gateway/gateway-types';
import { PERSONAL_DATA_STORES } from '../../../src/identity/personal-data-stores';
import { invokeOk, invokeResolver, ROLES, useLocalDeskbridge } from '../../support/local-app';
import { callGateway, DESK, issueKey } from './support/gateway-harness';

const local = useLocalDeskbridge();
const admin = ROLES.jiraAdmin;
const list = () => invokeOk<GatewayKeyView[]>(local.deskbridge, admin, 'gateway/keys/list');
const scope = (token: string) => callGateway(local.deskbridge, { token, path: '/service-desks' });

test('a new key is shown once, shaped dbk_<id>_<secret>, and stored only as an HMAC under the secret-storage key', async () => {
  const issued = await issueKey(local.deskbridge, { name: 'Moveworks', operations: ['read', 'create'], rateLimitPerMinute: 30 });
  expect(issued.token).toMatch(new RegExp(`^dbk_${issued.key.id}_[A-Za-z0-9_-]{43}$`));
  expect(issued.key).toMatchObject({ name: 'Moveworks', serviceDeskIds: [DESK], operations: ['read', 'create'], rateLimitPerMinute: 30, status: 'active', createdBy: admin.accountId });
  expect(issued.key.hint).toBe(`dbk_${issued.key.id}_…`);
  const stored = JSON.stringify(local.deskbridge.runtime.kvs.snapshot());
  expect(stored).not.toContain(issued.token);
  expect(stored).not.toContain(issued.token.slice(21));
  const record = local.deskbridge.runtime.kvs.get(`entity:gateway-key`, issued.key.id)!.value as { hash: string };
  const hmacKey = local.deskbridge.runtime.kvs.get('secret', 'gateway-key-hmac')!.value as string;
  expect(record.hash).toBe(createHmac('sha256', Buffer.from(hmacKey, 'base64')).update(issued.token).digest('hex'));
  const listed = await list();
  expect(JSON.stringify(listed)).not.toContain(issued.token.slice(21));
  expect(JSON.stringify(listed)).not.toContain(record.hash);
  expect(listed.find((key) => key.id === issued.key.id)).toEqual(issued.key);
});

test('what a key may reach: its desks with their project, operations, rate and expiry', async () => {
  const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
  const { token } = await issueKey(local.deskbridge, { name: 'Scoped', operations: ['read'], expiresAt });
  const answer = await scope(token);
  expect(answer.status).toBe(200);
  expect(answer.body).toEqual({
    keyName: 'Scoped',
    serviceDesks: [{ id: DESK, projectId: SEED_SERVICE_DESK.projectId, projectKey: 'SUP', projectName: 'Support' }],
    operations: ['read'],
    rateLimitPerMinute: 60,
    expiresAt,
  });
});

test('rotate: the old key stops at once, the new one works, the settings and the id stay', async () => {
  const issued = await issueKey(local.deskbridge, { name: 'Forethought', operations: ['read'] });
  expect((await scope(issued.token)).status).toBe(200);
  const rotated = await invokeOk<IssuedKey>(local.deskbridge, admin, 'gateway/keys/rotate', { id: issued.key.id });
  expect(rotated.token).not.toBe(issued.token);
  expect(rotated.key).toMatchObject({ id: issued.key.id, name: 'Forethought', operations: ['read'], status: 'active', rotatedAt: expect.any(String) });
  expect(rotated.key.lastUsedAt).toBeDefined();
  expect((await scope(issued.token)).status).toBe(401);
  expect((await scope(rotated.token)).status).toBe(200);
});

test('revoke is final: the key is refused, stays listed as revoked, and cannot be rotated back', async () => {
  const issued = await issueKey(local.deskbridge, { name: 'Old bot' });
  const revoked = await invokeOk<GatewayKeyView>(local.deskbridge, admin, 'gateway/keys/revoke', { id: issued.key.id });
  expect(revoked).toMatchObject({ status: 'revoked', revokedAt: expect.any(String) });
  expect((await scope(issued.token)).status).toBe(401);
  expect((await list()).find((key) => key.id === issued.key.id)?.status).toBe('revoked');
  expect(await invokeResolver(local.deskbridge, admin, 'gateway/keys/rotate', { id: issued.key.id })).toEqual({
    ok: false,
    error: { kind: 'invalid', message: '"Old bot" is revoked: issue a new key instead of rotating this one.' },
  });
});

test('issuing refuses unknown desks, past expiries and empty choices, saying which field', async () => {
  const refuse = async (payload: Record<string, unknown>, message: RegExp) => {
    const before = local.deskbridge.runtime.kvs.snapshot();
    const answer = await invokeResolver(local.deskbridge, admin, 'gateway/keys/create', { name: 'Bot', serviceDeskIds: [DESK], operations: ['read'], ...payload });
    expect(answer).toEqual({ ok: false, error: { kind: 'invalid', message: expect.stringMatching(message) } });
    expect(local.deskbridge.runtime.kvs.snapshot()).toBe(before);
  };
  await refuse({ serviceDeskIds: ['999'] }, /^serviceDeskIds: This site has no service desk 999/);
  await refuse({ expiresAt: '2001-01-01T00:00:00Z' }, /^expiresAt: Pick a date in the future/);
  await refuse({ operations: [] }, /^operations: Pick at least one operation/);
  await refuse({ operations: ['delete'] }, /^operations\.0: Operations are create, read, comment, transition/);
  await refuse({ rateLimitPerMinute: 10_000 }, /^rateLimitPerMinute: At most 600/);
  await refuse({ name: '  ' }, /^name: Give the key a name/);
});

test('last use is recorded per call and shown in the list', async () => {
  const issued = await issueKey(local.deskbridge, { name: 'Used bot' });
  expect((await list()).find((key) => key.id === issued.key.id)?.lastUsedAt).toBeUndefined();
  const before = Date.now();
  await scope(issued.token);
  const used = (await list()).find((key) => key.id === issued.key.id)!;
  expect(Date.parse(used.lastUsedAt!)).toBeGreaterThanOrEqual(before - 5);
});

test('the panel learns the gateway URL (Forge makes it per installation) and the service desks', async () => {
  const info = await invokeOk<GatewayInfo>(local.deskbridge, admin, 'gateway/info');
  expect(info).toMatchObject({ url: `${local.deskbridge.siteUrl}/x1/bot-gateway`, maxBodyBytes: 65536, defaultRateLimitPerMinute: 60, maxRateLimitPerMinute: 600 });
  expect(info.serviceDesks).toContainEqual({ id: DESK, projectId: SEED_SERVICE_DESK.projectId, projectKey: 'SUP', projectName: 'Support' });
});

test('the gateway answers at that URL over HTTP, as a bot calls it', async () => {
  const { token } = await issueKey(local.deskbridge, { name: 'HTTP bot', operations: ['read'] });
  const { url } = await invokeOk<GatewayInfo>(local.deskbridge, admin, 'gateway/info');
  const response = await fetch(`${url}/service-desks`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/json');
  expect(await response.json()).toMatchObject({ keyName: 'HTTP bot', operations: ['read'] });
  const refused = await fetch(`${url}/service-desks`);
  expect(refused.status).toBe(401);
  expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer/);
});

test('the issuing admin is reported with personal data, and replaced by the app when their account closes', async () => {
  const issued = await issueKey(local.deskbridge, { name: 'Orphaned bot' });
  const store = PERSONAL_DATA_STORES.find((candidate) => candidate.entities.includes('gateway-key'))!;
  const inRuntime = <T>(fn: () => Promise<T>) => runInvocation({ functionKey: 'personal-data-consumer', moduleKey: 'test', moduleType: 'core:consumer', timeoutMs: 60_000 }, fn);
  const listed = await inRuntime(() => store.list(undefined, 90, Date.now()));
  expect(listed.accounts.map((account) => account.accountId)).toContain(admin.accountId);
  await inRuntime(() => store.erase(admin.accountId, SEED_USERS.app.accountId));
  const after = (await list()).find((key) => key.id === issued.key.id)!;
  expect(after).toMatchObject({ createdBy: SEED_USERS.app.accountId, status: 'active' });
  expect((await scope(issued.token)).status).toBe(200);
});
