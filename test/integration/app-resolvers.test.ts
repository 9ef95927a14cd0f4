/**
 * The foundation resolvers, end to end on the local runtime: the same src/ code, invoked the way
 * a Custom UI `invoke` reaches it on Forge, calling the sandbox Jira as the app.
 */
import path from 'node:path';
import { startLocalDeskbridge, type LocalDeskbridge } from '../../local/local-deskbridge';
import { SEED_SITE, SEED_USERS } from '../../local/sandbox/jira';
import { LOCAL_PAGES } from '../../local/site/local-pages';

const repoRoot = path.resolve(__dirname, '../..');
let deskbridge: LocalDeskbridge;

beforeAll(async () => {
  deskbridge = await startLocalDeskbridge({ repoRoot, port: 0 });
});
afterAll(() => deskbridge.close());

const pageOf = (key: string) => LOCAL_PAGES.find((page) => page.key === key)!;
const moduleOf = (type: string) => deskbridge.runtime.manifest.uiModules.find((module) => module.type === type)!;

function invoke(functionKey: string, accountId: string, pageKey = 'admin', payload: unknown = {}) {
  const page = pageOf(pageKey);
  return deskbridge.runtime.invokeResolver({ moduleKey: moduleOf(page.moduleType).key, functionKey, payload, accountId, extension: page.extension });
}

test('app/identity returns the app account Deskbridge acts as, read as the app', async () => {
  await expect(invoke('app/identity', SEED_USERS.admin.accountId)).resolves.toEqual({
    ok: true,
    data: {
      app: { accountId: SEED_USERS.app.accountId, displayName: SEED_USERS.app.displayName, accountType: 'app' },
      site: { url: SEED_SITE.url },
      callerAccountId: SEED_USERS.admin.accountId,
    },
  });
});

test('app/me resolves each seeded role on the server', async () => {
  const me = async (accountId: string, pageKey: string) => ((await invoke('app/me', accountId, pageKey)) as any).data;
  expect(await me(SEED_USERS.admin.accountId, 'admin')).toMatchObject({ isJiraAdmin: true, isOutsider: false });
  expect(await me(SEED_USERS.admin.accountId, 'project')).toMatchObject({ isJiraAdmin: true, adminOfProject: 'SUP' });
  expect(await me(SEED_USERS.projectAdmin.accountId, 'project')).toMatchObject({ isJiraAdmin: false, adminOfProject: 'SUP', isOutsider: false });
  expect(await me(SEED_USERS.projectAdmin.accountId, 'global')).toMatchObject({ adminOfProject: null, isOutsider: true });
  expect(await me(SEED_USERS.freshdeskAgent.accountId, 'global')).toMatchObject({ toolGroups: ['freshdesk'], isOutsider: false });
  expect(await me(SEED_USERS.outsider.accountId, 'global')).toMatchObject({ isJiraAdmin: false, adminOfProject: null, toolGroups: [], isOutsider: true });
});

test('a bad payload gets a clear error naming the field, not a stack trace', async () => {
  const answer = (await invoke('app/identity', SEED_USERS.admin.accountId, 'admin', { surprise: 1 })) as any;
  expect(answer).toEqual({ ok: false, error: { kind: 'invalid', message: expect.stringContaining('surprise') } });
  expect(JSON.stringify(answer)).not.toMatch(/at .*\.ts:\d+/);
});

test('an unreachable Jira becomes an "unavailable" answer a person can act on', async () => {
  const broken = await startLocalDeskbridge({ repoRoot, port: 0, jiraUrl: 'http://127.0.0.1:9' });
  try {
    const page = pageOf('admin');
    const answer = await broken.runtime.invokeResolver({
      moduleKey: moduleOf(page.moduleType).key,
      functionKey: 'app/identity',
      payload: {},
      accountId: SEED_USERS.admin.accountId,
      extension: page.extension,
    });
    expect(answer).toEqual({ ok: false, error: { kind: 'unavailable', message: expect.stringContaining('Jira could not be reached') } });
    expect(JSON.stringify(answer)).not.toContain('127.0.0.1');
  } finally {
    await broken.close();
  }
});
