/**
 * Group membership as the source of access: a change shows on the next request (in /user/groups,
 * /permissions/check and project search) and survives a restart through the state file, which is
 * what the local runtime relies on when someone is given or loses `deskbridge-jira-<tool>` access.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { basicAuthHeader, SEED_GROUPS, SEED_PROJECTS, SEED_USERS, startJiraSandbox, type JiraSandbox, type SeedUserKey } from '../../../local/sandbox/jira';

const SUP = Number(SEED_PROJECTS.SUP.id);
const ENG = Number(SEED_PROJECTS.ENG.id);
const account = (key: SeedUserKey) => SEED_USERS[key].accountId;
const tempFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jira-sandbox-groups-')), 'jira.json');

async function call(sandbox: JiraSandbox, who: SeedUserKey, method: string, url: string, body?: unknown) {
  const response = await fetch(`${sandbox.url}${url}`, {
    method,
    headers: { authorization: basicAuthHeader(account(who)), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** What Deskbridge reads to decide a role: the groups, global ADMINISTER, and per-project permissions. */
async function accessOf(sandbox: JiraSandbox, who: SeedUserKey) {
  const groups = await call(sandbox, 'app', 'GET', `/rest/api/3/user/groups?accountId=${account(who)}`);
  const check = await call(sandbox, 'app', 'POST', '/rest/api/3/permissions/check', {
    accountId: account(who),
    globalPermissions: ['ADMINISTER'],
    projectPermissions: [{ permissions: ['ADMINISTER_PROJECTS', 'BROWSE_PROJECTS'], projects: [SUP, ENG] }],
  });
  const search = await call(sandbox, who, 'GET', '/rest/api/3/project/search');
  const grants = Object.fromEntries(check.body.projectPermissions.map((grant: { permission: string; projects: number[] }) => [grant.permission, grant.projects.sort()]));
  return {
    groups: groups.body.map((group: { name: string }) => group.name),
    global: check.body.globalPermissions,
    grants,
    projects: search.body.values.map((project: { key: string }) => project.key),
  };
}

const ADMIN = { groups: ['jira-admins', 'jira-users'], global: ['ADMINISTER'], grants: { ADMINISTER_PROJECTS: [SUP, ENG], BROWSE_PROJECTS: [SUP, ENG] }, projects: ['ENG', 'SUP'] };
const FORMER_ADMIN = { groups: ['jira-users'], global: [], grants: { BROWSE_PROJECTS: [ENG] }, projects: ['ENG'] };
const removeFromAdmins = (who: SeedUserKey) => `/rest/api/3/group/user?groupId=${SEED_GROUPS.jiraAdmins.groupId}&accountId=${account(who)}`;

let sandboxes: JiraSandbox[] = [];
const start = async (statePath?: string) => {
  const sandbox = await startJiraSandbox({ statePath });
  sandboxes.push(sandbox);
  return sandbox;
};
afterEach(async () => {
  await Promise.all(sandboxes.map((sandbox) => sandbox.close()));
  sandboxes = [];
});

test('a Jira admin removed from jira-admins loses ADMINISTER on the next call, and stays removed after a restart', async () => {
  const statePath = tempFile();
  const first = await start(statePath);
  expect(await accessOf(first, 'admin')).toEqual(ADMIN);
  expect((await call(first, 'app', 'DELETE', removeFromAdmins('admin'))).status).toBe(200);
  expect(await accessOf(first, 'admin')).toEqual(FORMER_ADMIN);
  // Saved at once, not only on close: a crash right after the request keeps the change.
  const saved = JSON.parse(fs.readFileSync(statePath, 'utf8'));
  expect(saved.site.groups.find((group: { name: string }) => group.name === 'jira-admins').memberIds).toEqual([]);
  await first.close();

  const second = await start(statePath);
  expect(await accessOf(second, 'admin')).toEqual(FORMER_ADMIN);
});

test('added back, the admin is an admin again on the next call; the restart keeps that too', async () => {
  const statePath = tempFile();
  const first = await start(statePath);
  await call(first, 'app', 'DELETE', removeFromAdmins('admin'));
  const added = await call(first, 'app', 'POST', `/rest/api/3/group/user?groupname=jira-admins`, { accountId: account('admin') });
  expect(added).toMatchObject({ status: 201, body: { name: 'jira-admins', users: { size: 1 } } });
  expect(await accessOf(first, 'admin')).toEqual(ADMIN);
  await first.close();
  expect(await accessOf(await start(statePath), 'admin')).toEqual(ADMIN);
});

test('a tool group given and taken away: /user/groups follows, across a restart', async () => {
  const statePath = tempFile();
  const first = await start(statePath);
  expect((await call(first, 'admin', 'POST', '/rest/api/3/group', { name: 'deskbridge-jira-zendesk' })).status).toBe(201);
  expect((await call(first, 'admin', 'POST', '/rest/api/3/group/user?groupname=deskbridge-jira-zendesk', { accountId: account('outsider') })).status).toBe(201);
  expect((await accessOf(first, 'outsider')).groups).toEqual(['deskbridge-jira-zendesk', 'jira-users']);
  await first.close();

  const second = await start(statePath);
  expect((await accessOf(second, 'outsider')).groups).toEqual(['deskbridge-jira-zendesk', 'jira-users']);
  expect((await call(second, 'app', 'DELETE', '/rest/api/3/group?groupname=deskbridge-jira-zendesk')).status).toBe(200);
  await second.close();

  const third = await start(statePath);
  expect((await accessOf(third, 'outsider')).groups).toEqual(['jira-users']);
  expect(third.site.groups.map((group) => group.name)).not.toContain('deskbridge-jira-zendesk');
});

test('refused changes change nothing and write nothing', async () => {
  const statePath = tempFile();
  const sandbox = await start(statePath);
  expect((await call(sandbox, 'outsider', 'DELETE', removeFromAdmins('admin'))).status).toBe(403);
  // An admin may not remove their own admin rights: it would lock them out of the site.
  expect((await call(sandbox, 'admin', 'DELETE', removeFromAdmins('admin'))).status).toBe(400);
  expect((await call(sandbox, 'admin', 'DELETE', `/rest/api/3/group?groupId=${SEED_GROUPS.jiraAdmins.groupId}`)).status).toBe(400);
  expect((await call(sandbox, 'app', 'POST', '/rest/api/3/group/user?groupname=jira-users', { accountId: account('outsider') })).status).toBe(400);
  expect(fs.existsSync(statePath)).toBe(false);
  expect(await accessOf(sandbox, 'admin')).toEqual(ADMIN);
});

test('another admin may still take an admin out of jira-admins', async () => {
  const sandbox = await start();
  expect((await call(sandbox, 'app', 'POST', '/rest/api/3/group/user?groupname=jira-admins', { accountId: account('projectAdmin') })).status).toBe(201);
  expect((await call(sandbox, 'projectAdmin', 'DELETE', removeFromAdmins('admin'))).status).toBe(200);
  expect(await accessOf(sandbox, 'admin')).toEqual(FORMER_ADMIN);
});
