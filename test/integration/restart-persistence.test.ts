/** `npm start` after Ctrl-C: what was saved in KVS and in the sandbox Jira is still there. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { kvs } from '@forge/kvs';
import { startLocalDeskbridge } from '../../local/local-deskbridge';
import { runInvocation } from '../../local/runtime/invocation-scope';
import { SEED_USERS } from '../../local/sandbox/jira';

const basic = (accountId: string) => `Basic ${Buffer.from(`${accountId}:forge-local`).toString('base64')}`;

const repoRoot = path.resolve(__dirname, '../..');
const asInvocation = <T>(fn: () => Promise<T>) =>
  runInvocation({ functionKey: 'resolver', moduleKey: 'deskbridge-admin-page', moduleType: 'jira:adminPage', timeoutMs: 5000 }, fn);

test('KVS values, secrets and sandbox Jira changes survive a restart', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'deskbridge-restart-'));
  const first = await startLocalDeskbridge({ repoRoot, port: 0, dataDir });
  await asInvocation(async () => {
    await kvs.set('settings:example', { saved: true });
    await kvs.setSecret('secret:example', 'not-in-plain-kvs');
  });
  const created = await fetch(`${first.jiraUrl}/rest/api/3/group`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: basic(SEED_USERS.admin.accountId) },
    body: JSON.stringify({ name: 'deskbridge-jira-zendesk' }),
  });
  expect(created.status).toBe(201);
  await first.close();

  const second = await startLocalDeskbridge({ repoRoot, port: 0, dataDir });
  try {
    await asInvocation(async () => {
      await expect(kvs.get('settings:example')).resolves.toEqual({ saved: true });
      await expect(kvs.getSecret('secret:example')).resolves.toBe('not-in-plain-kvs');
    });
    const found = await fetch(`${second.jiraUrl}/rest/api/3/group/bulk?groupName=deskbridge-jira-zendesk`, {
      headers: { authorization: basic(SEED_USERS.app.accountId) },
    });
    expect(((await found.json()) as { values: { name: string }[] }).values.map((group) => group.name)).toEqual(['deskbridge-jira-zendesk']);
  } finally {
    await second.close();
  }
});
