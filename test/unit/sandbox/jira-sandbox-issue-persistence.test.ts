/** Issues in the state file: kept across restarts, gone on reset, and older files upgraded. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { basicAuthHeader, SEED_ISSUE_TYPES, SEED_USERS, startJiraSandbox } from '../../../local/sandbox/jira';
import { seedSite } from '../../../local/sandbox/jira/seed/seed-site';

const tempFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jira-issues-')), 'jira.json');

const createIssue = (url: string, summary: string) =>
  fetch(`${url}/rest/api/3/issue`, {
    method: 'POST',
    headers: { authorization: basicAuthHeader(SEED_USERS.app.accountId), 'content-type': 'application/json' },
    body: JSON.stringify({ fields: { project: { key: 'ENG' }, issuetype: { id: SEED_ISSUE_TYPES.task.id }, summary } }),
  }).then((response) => response.json() as Promise<{ id: string; key: string }>);

test('issues and their counters survive a restart; reset empties them', async () => {
  const statePath = tempFile();
  const first = await startJiraSandbox({ statePath });
  expect(await createIssue(first.url, 'kept')).toMatchObject({ key: 'ENG-1' });
  await first.close();

  const second = await startJiraSandbox({ statePath });
  try {
    expect(second.site.issues.map((issue) => issue.summary)).toEqual(['kept']);
    expect(await createIssue(second.url, 'next')).toEqual(expect.objectContaining({ id: '10002', key: 'ENG-2' }));
    await fetch(`${second.url}/__sandbox/reset`, { method: 'POST' });
    expect(second.site.issues).toEqual([]);
    expect(await createIssue(second.url, 'fresh')).toEqual(expect.objectContaining({ id: '10001', key: 'ENG-1' }));
  } finally {
    await second.close();
  }
});

test('a version 1 file (before issues) loads with the seeded fields, screens and workflows, and keeps its own data', async () => {
  const statePath = tempFile();
  const old = seedSite() as unknown as Record<string, unknown>;
  for (const key of ['priorities', 'resolutions', 'fields', 'issues', 'counters']) delete old[key];
  for (const project of old.projects as Record<string, unknown>[]) {
    delete project.screens;
    for (const transition of project.transitions as Record<string, unknown>[]) delete transition.fields;
    delete (project.permissions as Record<string, unknown>).EDIT_OWN_COMMENTS;
  }
  (old.groups as { name: string }[])[2].name = 'renamed-locally';
  fs.writeFileSync(statePath, JSON.stringify({ format: 'deskbridge-jira-sandbox', version: 1, site: old }));

  const sandbox = await startJiraSandbox({ statePath });
  try {
    expect(sandbox.site.groups[2].name).toBe('renamed-locally');
    expect(sandbox.site.priorities).toHaveLength(5);
    expect(sandbox.site.projects[0].screens).toEqual(seedSite().projects[0].screens);
    expect(sandbox.site.projects[0].transitions.find((transition) => transition.id === '41')?.fields).toEqual(expect.arrayContaining([{ fieldId: 'resolution', required: true }]));
    expect(sandbox.site.projects[0].permissions.EDIT_OWN_COMMENTS).toBeDefined();
    expect(await createIssue(sandbox.url, 'after upgrade')).toMatchObject({ id: '10001', key: 'ENG-1' });
  } finally {
    await sandbox.close();
  }
});
