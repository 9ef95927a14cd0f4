/**
 * The access-control issue as people see it: each role, on the page where it works, sees exactly
 * the integrations and actions DESIGN.md §2 gives it. Integrations are seeded through the
 * resolvers (as their owners), then every check goes through the browser. Saves
 * test-results/access-<role>.png per role.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { startLocalDeskbridge, type LocalDeskbridge } from '../../local/local-deskbridge';
import { SEED_PROJECTS, SEED_USERS } from '../../local/sandbox/jira';
import type { IntegrationView } from '../../src/shared/integrations';
import { invokeOk, ROLES } from '../support/local-app';
import { launchChromium, newRecordingPage, openAs } from './browser';

const repoRoot = path.resolve(__dirname, '../..');
const screenshots = path.join(repoRoot, 'test-results');
const SUP = SEED_PROJECTS.SUP.id;
const ENG = SEED_PROJECTS.ENG.id;
const ACTIONS = ['rename', 'delete', 'transfer', 'logs'] as const;

let deskbridge: LocalDeskbridge;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];
/** Seeded integrations, by who owns them. */
const seeded = {} as Record<
  'adminFreshdeskSup' | 'adminZendeskEng' | 'adminOldZendesk' | 'adminVanishing' | 'priyaIntercomSup' | 'felixFreshdeskEng',
  IntegrationView
>;

beforeAll(async () => {
  fs.mkdirSync(screenshots, { recursive: true });
  deskbridge = await startLocalDeskbridge({ repoRoot, port: 0, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'deskbridge-access-e2e-')) });
  const create = (role: (typeof ROLES)[keyof typeof ROLES], name: string, tool: string, projectId: string) =>
    invokeOk<IntegrationView>(deskbridge, role, 'integrations/create', { name, tool, projectId });
  seeded.adminFreshdeskSup = await create(ROLES.jiraAdmin, 'Alana Freshdesk SUP', 'freshdesk', SUP);
  seeded.adminZendeskEng = await create(ROLES.jiraAdmin, 'Alana Zendesk ENG', 'zendesk', ENG);
  seeded.adminOldZendesk = await create(ROLES.jiraAdmin, 'Old Zendesk trial', 'zendesk', ENG);
  seeded.adminVanishing = await create(ROLES.jiraAdmin, 'Deleted elsewhere', 'zendesk', ENG);
  seeded.priyaIntercomSup = await create(ROLES.projectAdmin, 'Priya Intercom SUP', 'intercom', SUP);
  seeded.felixFreshdeskEng = await create(ROLES.toolMember, 'Felix Freshdesk ENG', 'freshdesk', ENG);
  // 50 renames + "created": more than one page (50) of log, for "Load more". A rename to the
  // same name changes nothing and is not logged, so the names alternate, ending on the original.
  for (let i = 1; i <= 50; i++) {
    await invokeOk(deskbridge, ROLES.jiraAdmin, 'integrations/update', { id: seeded.adminZendeskEng.id, name: i % 2 === 1 ? 'Alana Zendesk ENG (v2)' : 'Alana Zendesk ENG' });
  }
  browser = await launchChromium();
  page = await newRecordingPage(browser, consoleErrors);
}, 60000);

afterAll(async () => {
  await browser?.close();
  await deskbridge?.close();
});

async function open(user: string, pageKey: string): Promise<FrameLocator> {
  await page.setViewportSize({ width: 1280, height: 900 });
  return openAs(page, deskbridge.siteUrl, user, pageKey);
}

/** The whole app, however tall: the host page's iframe fills the viewport, so grow the viewport first. */
async function shoot(app: FrameLocator, name: string) {
  const height = await app.locator('body').evaluate((body) => {
    body.ownerDocument.defaultView?.scrollTo(0, 0);
    return body.ownerDocument.documentElement.scrollHeight;
  });
  await page.setViewportSize({ width: 1280, height: Math.min(height + 80, 4000) });
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

const rowIds = async (app: FrameLocator): Promise<string[]> => {
  await app.getByTestId('integrations-table').or(app.getByTestId('integrations-empty')).first().waitFor();
  return app.locator('[data-testid^="integration-row-"]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-integration-id') ?? ''));
};

const count = (app: FrameLocator, testId: string) => app.getByTestId(testId).count();

async function pick(app: FrameLocator, selectTestId: string, label: string) {
  await app.getByTestId(`${selectTestId}-select--input`).fill(label);
  await app.getByTestId(`${selectTestId}-select--input`).press('Enter');
}

describe('Jira admin on the admin page', () => {
  let app: FrameLocator;
  beforeAll(async () => {
    app = await open('admin', 'admin');
  });

  test('sees every integration, each with every action including transfer', async () => {
    expect((await rowIds(app)).sort()).toEqual(Object.values(seeded).map(({ id }) => id).sort());
    for (const { id } of Object.values(seeded)) {
      for (const action of ACTIONS) await expect(count(app, `integration-${action}-${id}`)).resolves.toBe(1);
      await expect(count(app, `read-only-${id}`)).resolves.toBe(0);
    }
  });

  test('sees the Access panel: freshdesk exists with one member, the others are missing', async () => {
    const panel = app.getByTestId('tool-groups-admin');
    await expect(panel.textContent()).resolves.toContain('deskbridge-jira-<tool>');
    await expect(app.getByTestId('tool-group-status-freshdesk').textContent()).resolves.toBe('Exists');
    await expect(app.getByTestId('tool-group-members-freshdesk').textContent()).resolves.toBe('1');
    await expect(count(app, 'create-group-freshdesk')).resolves.toBe(0);
    for (const tool of ['zendesk', 'intercom', 'servicenow', 'jsm']) {
      await expect(app.getByTestId(`tool-group-status-${tool}`).textContent()).resolves.toBe('Missing');
      await expect(count(app, `create-group-${tool}`)).resolves.toBe(1);
    }
    await shoot(app, 'access-jira-admin');
  });

  test('creates a missing group, which then shows as existing and empty', async () => {
    await app.getByTestId('create-group-zendesk').click();
    await app.locator('[data-testid="tool-group-status-zendesk"][data-exists="true"]').waitFor();
    await expect(app.getByTestId('tool-group-members-zendesk').textContent()).resolves.toBe('0');
    await expect(count(app, 'create-group-zendesk')).resolves.toBe(0);
    await expect(app.getByTestId('tool-group-status-intercom').textContent()).resolves.toBe('Missing');
  });

  test('creates an integration in a project found by typing part of its name', async () => {
    await app.getByTestId('create-integration-name').fill('Alana ServiceNow ENG');
    await pick(app, 'create-integration-tool', 'ServiceNow');
    await app.getByTestId('create-integration-project-select--input').fill('Eng');
    await app.getByText('Engineering (ENG)', { exact: true }).waitFor();
    await app.getByTestId('create-integration-project-select--input').press('Enter');
    await app.getByTestId('create-integration-submit').click();
    await expect(app.getByTestId('create-integration-success').textContent()).resolves.toContain('Alana ServiceNow ENG');
    const row = app.getByText('Alana ServiceNow ENG', { exact: true }).locator('xpath=ancestor::tr');
    await expect(row.textContent()).resolves.toContain('ENG');
    await expect(row.textContent()).resolves.toContain('ServiceNow');
  });

  test('reads a log a page at a time', async () => {
    await app.getByTestId(`integration-logs-${seeded.adminZendeskEng.id}`).click();
    const log = app.getByTestId('integration-log');
    await log.getByTestId('integration-log-entry-49').waitFor();
    await expect(log.locator('[data-testid^="integration-log-entry-"]').count()).resolves.toBe(50);
    await expect(log.getByTestId('integration-log-entry-0').textContent()).resolves.toContain('integration.renamed');
    await expect(log.getByTestId('integration-log-entry-0').textContent()).resolves.toContain('you');
    await log.getByTestId('integration-log-more').click();
    await log.getByTestId('integration-log-entry-50').waitFor();
    await expect(log.getByTestId('integration-log-entry-50').textContent()).resolves.toContain('integration.created');
    await expect(log.getByTestId('integration-log-more').count()).resolves.toBe(0);
  });

  test('renames, with the server refusing a name of 81 characters first', async () => {
    const id = seeded.adminFreshdeskSup.id;
    await app.getByTestId(`integration-rename-${id}`).click();
    await app.getByTestId('rename-integration-name').fill('x'.repeat(81));
    await app.getByTestId('rename-integration-submit').click();
    await expect(app.getByTestId('form-error-name').textContent()).resolves.toBe('Keep the name under 80 characters.');
    await app.getByTestId('rename-integration-name').fill('Alana Freshdesk Support');
    await app.getByTestId('rename-integration-submit').click();
    await app.getByTestId(`integration-row-${id}`).getByText('Alana Freshdesk Support').waitFor();
    await expect(count(app, 'integration-work-area')).resolves.toBe(0);
  });

  test('transfers ownership, refusing an inactive account and one that could not use the integration', async () => {
    const id = seeded.adminOldZendesk.id;
    await app.getByTestId(`integration-transfer-${id}`).click();
    await app.getByTestId('transfer-integration-owner').fill(SEED_USERS.gdprClosed.accountId);
    await app.getByTestId('transfer-integration-submit').click();
    await expect(app.getByTestId('form-error-ownerAccountId').textContent()).resolves.toContain('active Jira user');
    // Priya administers SUP only: a Zendesk integration of ENG is not hers to own.
    await app.getByTestId('transfer-integration-owner').fill(SEED_USERS.projectAdmin.accountId);
    await app.getByTestId('transfer-integration-submit').click();
    await expect(app.getByTestId('form-error-ownerAccountId').textContent()).resolves.toContain('could not see or edit this integration');
    await app.getByTestId('transfer-integration-cancel').click();
    // One of SUP's is.
    const sup = seeded.adminFreshdeskSup.id;
    await app.getByTestId(`integration-transfer-${sup}`).click();
    await app.getByTestId('transfer-integration-owner').fill(SEED_USERS.projectAdmin.accountId);
    await app.getByTestId('transfer-integration-submit').click();
    await app.getByTestId(`integration-row-${sup}`).locator('xpath=ancestor::tr').getByText(SEED_USERS.projectAdmin.accountId).waitFor();
  });

  test('deletes after a confirmation that says what goes and what stays', async () => {
    const id = seeded.adminOldZendesk.id;
    await app.getByTestId(`integration-delete-${id}`).click();
    const consequences = await app.getByTestId('delete-integration-consequences').textContent();
    expect(consequences).toContain('deletes the integration and its log');
    expect(consequences).toContain('keep their content');
    await app.getByTestId('delete-integration-confirm').click();
    await app.getByTestId(`integration-row-${id}`).waitFor({ state: 'detached' });
    expect(await rowIds(app)).not.toContain(id);
  });

  test("shows the server's message when the integration was deleted meanwhile", async () => {
    const { id } = seeded.adminVanishing;
    await app.getByTestId(`integration-rename-${id}`).click();
    await invokeOk(deskbridge, ROLES.jiraAdmin, 'integrations/delete', { id });
    await app.getByTestId('rename-integration-name').fill('Too late');
    await app.getByTestId('rename-integration-submit').click();
    await expect(app.getByTestId('form-error').getAttribute('data-error-kind')).resolves.toBe('not-found');
    await expect(app.getByTestId('form-error-text').textContent()).resolves.toBe('This integration no longer exists. Reload the page to see the current list.');
    await shoot(app, 'access-jira-admin-form-error');
    await app.getByTestId('rename-integration-cancel').click();
  });
});

describe('project admin on the settings page of SUP', () => {
  let app: FrameLocator;
  beforeAll(async () => {
    app = await open('project-admin', 'project');
  });

  test("sees exactly SUP's integrations, all manageable, none transferable", async () => {
    expect((await rowIds(app)).sort()).toEqual([seeded.adminFreshdeskSup.id, seeded.priyaIntercomSup.id].sort());
    for (const id of [seeded.adminFreshdeskSup.id, seeded.priyaIntercomSup.id]) {
      for (const action of ['rename', 'delete', 'logs']) await expect(count(app, `integration-${action}-${id}`)).resolves.toBe(1);
      await expect(count(app, `integration-transfer-${id}`)).resolves.toBe(0);
    }
    await expect(app.getByTestId(`integration-row-${seeded.priyaIntercomSup.id}`).locator('xpath=ancestor::tr').textContent()).resolves.toContain('you');
  });

  test('shows the server\'s validation message on the create form', async () => {
    await app.getByTestId('create-integration-name').fill('y'.repeat(81));
    await pick(app, 'create-integration-tool', 'Zendesk');
    await app.getByTestId('create-integration-submit').click();
    await expect(app.getByTestId('form-error-name').textContent()).resolves.toBe('Keep the name under 80 characters.');
  });

  test('creates an integration for SUP, the project preselected and fixed', async () => {
    const project = app.getByTestId('create-integration-project');
    await expect(project.textContent()).resolves.toContain('SUP');
    await expect(app.getByTestId('create-integration-project-select--input').isDisabled()).resolves.toBe(true);
    await app.getByTestId('create-integration-name').fill('Priya Zendesk SUP');
    await app.getByTestId('create-integration-submit').click();
    await expect(app.getByTestId('create-integration-success').textContent()).resolves.toContain('Priya Zendesk SUP');
    await app.getByText('Priya Zendesk SUP', { exact: true }).waitFor();
    expect(await rowIds(app)).toHaveLength(3);
    await shoot(app, 'access-project-admin');
  });
});

describe('freshdesk agent on the global page', () => {
  let app: FrameLocator;
  beforeAll(async () => {
    app = await open('freshdesk-agent', 'global');
  });

  test('sees the freshdesk integrations only: their own editable, the admin\'s read-only', async () => {
    const own = seeded.felixFreshdeskEng.id;
    const admins = seeded.adminFreshdeskSup.id;
    expect((await rowIds(app)).sort()).toEqual([own, admins].sort());
    for (const action of ['rename', 'delete', 'logs']) await expect(count(app, `integration-${action}-${own}`)).resolves.toBe(1);
    await expect(count(app, `integration-transfer-${own}`)).resolves.toBe(0);
    await expect(count(app, `read-only-${own}`)).resolves.toBe(0);
    for (const action of ACTIONS) await expect(count(app, `integration-${action}-${admins}`)).resolves.toBe(0);
    await expect(count(app, `read-only-${admins}`)).resolves.toBe(1);
  });

  test('can create freshdesk integrations only, and reads their own log', async () => {
    await expect(app.getByTestId('create-integration-tool').textContent()).resolves.toContain('Freshdesk');
    await app.getByTestId(`integration-logs-${seeded.felixFreshdeskEng.id}`).click();
    await expect(app.getByTestId('integration-log-entry-0').textContent()).resolves.toContain('integration.created');
    await shoot(app, 'access-freshdesk-agent');
  });
});

describe('outsider on the global page', () => {
  test('is told there is no access, and sees no integration', async () => {
    const app = await open('outsider', 'global');
    await expect(app.getByTestId('no-access').textContent()).resolves.toContain("You don't have access to Deskbridge");
    await expect(count(app, 'integrations-panel')).resolves.toBe(0);
    await shoot(app, 'access-outsider');
  });
});

test('no page logged a console error', () => {
  expect(consoleErrors).toEqual([]);
});
