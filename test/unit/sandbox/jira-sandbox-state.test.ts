/** The sandbox's state file: what `npm start` relies on to keep sandbox Jira changes across restarts. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { basicAuthHeader, SEED_USERS, startJiraSandbox } from '../../../local/sandbox/jira';

const tempFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jira-sandbox-')), 'nested', 'jira.json');

const createGroup = (url: string, name: string) =>
  fetch(`${url}/rest/api/3/group`, {
    method: 'POST',
    headers: { authorization: basicAuthHeader(SEED_USERS.admin.accountId), 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });

test('a mutating request is saved at once and loaded by the next sandbox', async () => {
  const statePath = tempFile();
  const first = await startJiraSandbox({ statePath });
  expect((await createGroup(first.url, 'deskbridge-jira-zendesk')).status).toBe(201);
  // Saved before close: a crash after the request must not lose it.
  expect(fs.readFileSync(statePath, 'utf8')).toContain('deskbridge-jira-zendesk');
  await first.close();

  const second = await startJiraSandbox({ statePath });
  try {
    expect(second.site.groups.map((group) => group.name)).toContain('deskbridge-jira-zendesk');
  } finally {
    await second.close();
  }
});

test('a refused request saves nothing; no state path means nothing is written', async () => {
  const statePath = tempFile();
  const sandbox = await startJiraSandbox({ statePath });
  expect((await createGroup(sandbox.url, 'jira-users')).status).toBe(400);
  expect(fs.existsSync(statePath)).toBe(false);
  await sandbox.close();
  expect(fs.existsSync(statePath)).toBe(true);

  const inMemory = await startJiraSandbox();
  await inMemory.close();
});

test('reset goes back to the seed and saves it', async () => {
  const statePath = tempFile();
  const sandbox = await startJiraSandbox({ statePath });
  try {
    await createGroup(sandbox.url, 'deskbridge-jira-intercom');
    expect((await fetch(`${sandbox.url}/__sandbox/reset`, { method: 'POST' })).status).toBe(200);
    expect(fs.readFileSync(statePath, 'utf8')).not.toContain('deskbridge-jira-intercom');
    expect(sandbox.site.groups).toHaveLength(3);
  } finally {
    await sandbox.close();
  }
});

test('a state file it cannot read is refused with what to do, not silently replaced', async () => {
  const statePath = tempFile();
  fs.mkdirSync(path.dirname(statePath), { recursive: true });
  fs.writeFileSync(statePath, '{"format":"something-else","version":9}');
  await expect(startJiraSandbox({ statePath })).rejects.toThrow(/Delete the file to start from the seed/);
  fs.writeFileSync(statePath, '{ not json');
  await expect(startJiraSandbox({ statePath })).rejects.toThrow(/not valid JSON/);
});
