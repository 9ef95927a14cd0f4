/**
 * The Forge seam: @forge/api, @forge/kvs and @forge/events must work unchanged on the local
 * runtime. If a @forge/* upgrade changes how the SDKs reach the platform, these tests fail
 * loudly instead of the local site quietly diverging from Forge.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import api, { route } from '@forge/api';
import { kvs, WhereConditions } from '@forge/kvs';
import { Queue } from '@forge/events';
import { createLocalRuntime, type LocalRuntime } from '../../../local/runtime/local-runtime';
import { runInvocation } from '../../../local/runtime/invocation-scope';

const repoRoot = path.resolve(__dirname, '../../..');
const APP = 'app-account-id';
let runtime: LocalRuntime;
let jira: http.Server;
const seen: { path: string; authorization?: string; method?: string }[] = [];

beforeAll(async () => {
  jira = http.createServer((req, res) => {
    seen.push({ path: req.url!, authorization: req.headers.authorization, method: req.method });
    const [user] = Buffer.from(String(req.headers.authorization).replace('Basic ', ''), 'base64').toString().split(':');
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ accountId: user }));
  });
  await new Promise<void>((resolve) => jira.listen(0, '127.0.0.1', resolve));
  runtime = createLocalRuntime({
    repoRoot,
    jiraUrl: `http://127.0.0.1:${(jira.address() as AddressInfo).port}`,
    appAccountId: APP,
    cloudId: 'cloud-1',
    siteUrl: 'https://example.atlassian.net',
  });
});

afterAll(async () => {
  await runtime.close();
  await new Promise((resolve) => jira.close(resolve));
});

const asInvocation = <T>(fn: () => Promise<T>, accountId?: string) =>
  runInvocation({ functionKey: 'resolver', moduleKey: 'm', moduleType: 'jira:adminPage', accountId, timeoutMs: 5000 }, fn);

test('@forge/api requestJira reaches the product as the app and as the user', async () => {
  const asApp = await asInvocation(async () => (await api.asApp().requestJira(route`/rest/api/3/myself`)).json());
  const asUser = await asInvocation(async () => (await api.asUser().requestJira(route`/rest/api/3/myself?x=${'a b'}`)).json(), 'user-1');
  expect(asApp).toEqual({ accountId: APP });
  expect(asUser).toEqual({ accountId: 'user-1' });
  expect(seen.map((request) => request.path)).toEqual(['/rest/api/3/myself', '/rest/api/3/myself?x=a%20b']);
});

test('asUser() fails like Forge where the invocation has no user', async () => {
  await expect(asInvocation(() => api.asUser().requestJira(route`/rest/api/3/myself`))).rejects.toThrow(/Authentication Required/);
});

test('@forge/kvs get/set/delete/query and secrets work through the seam', async () => {
  await asInvocation(async () => {
    await kvs.set('seam:a', { n: 1 });
    await kvs.set('seam:b', { n: 2 });
    await kvs.set('other', 'x');
    await kvs.setSecret('seam:secret', 's3cr3t');
    expect(await kvs.get('seam:a')).toEqual({ n: 1 });
    expect(await kvs.get('missing')).toBeUndefined();
    const page = await kvs.query().where('key', WhereConditions.beginsWith('seam:')).limit(1).getMany();
    expect(page.results).toEqual([{ key: 'seam:a', value: { n: 1 } }]);
    const next = await kvs.query().where('key', WhereConditions.beginsWith('seam:')).cursor(page.nextCursor!).getMany();
    expect(next.results.map((r) => r.key)).toEqual(['seam:b']);
    expect(await kvs.getSecret('seam:secret')).toBe('s3cr3t');
    expect(await kvs.get('seam:secret')).toBeUndefined(); // secrets live apart from plain keys
    await kvs.delete('seam:a');
    expect(await kvs.get('seam:a')).toBeUndefined();
  });
});

test('@forge/kvs transactions apply all or nothing', async () => {
  await asInvocation(async () => {
    const tooMany = kvs.transact();
    for (let i = 0; i < 26; i++) tooMany.set(`tx:${i}`, i);
    await expect(tooMany.execute()).rejects.toThrow();
    expect(await kvs.get('tx:0')).toBeUndefined();
  });
});

test('@forge/events Queue.push is accepted and validated like Forge', async () => {
  await asInvocation(async () => {
    const queue = new Queue({ key: 'no-consumer-queue' });
    await expect(queue.push([{ body: { a: 1 } }])).rejects.toThrow(/No consumer/);
    await expect(queue.push(Array.from({ length: 51 }, () => ({ body: {} })))).rejects.toThrow();
  });
});

test('the runtime a function sees is per invocation', async () => {
  const { getAppContext } = await import('@forge/api');
  const [a, b] = await Promise.all([asInvocation(async () => getAppContext().invocationId), asInvocation(async () => getAppContext().invocationId)]);
  expect(a).not.toEqual(b);
  expect(() => getAppContext()).toThrow(/Forge runtime not found/);
});

test('the @forge/* packages are pinned to the versions the seam was written against', () => {
  const pkg = require('../../../package.json');
  const pins = { '@forge/api': '8.3.0', '@forge/kvs': '1.6.5', '@forge/events': '3.0.8', '@forge/resolver': '2.0.1', '@forge/bridge': '7.2.0' };
  for (const [name, version] of Object.entries(pins)) {
    expect(pkg.dependencies[name]).toBe(version);
    const installed = JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules', name, 'package.json'), 'utf8'));
    expect(installed.version).toBe(version);
  }
});
