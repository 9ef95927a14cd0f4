/**
 * The three pages, as a person sees them on the local site: each renders for the right user,
 * the admin page shows the app's own identity, and an outsider is told how to get access.
 * Saves a screenshot per page under test-results/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startLocalDeskbridge, type LocalDeskbridge } from '../../local/local-deskbridge';
import { SEED_USERS } from '../../local/sandbox/jira';
import { launchChromium, newRecordingPage, openAs } from './browser';

const repoRoot = path.resolve(__dirname, '../..');
const screenshots = path.join(repoRoot, 'test-results');
let deskbridge: LocalDeskbridge;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  fs.mkdirSync(screenshots, { recursive: true });
  deskbridge = await startLocalDeskbridge({ repoRoot, port: 0, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'deskbridge-e2e-')) });
  browser = await launchChromium();
  page = await newRecordingPage(browser, consoleErrors, 800);
});

afterAll(async () => {
  await browser?.close();
  await deskbridge?.close();
});

async function open(user: string, pageKey: string) {
  return openAs(page, deskbridge.siteUrl, user, pageKey);
}

async function shoot(name: string) {
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

test('the admin page shows the identity Deskbridge acts as in Jira', async () => {
  const app = await open('admin', 'admin');
  const identity = app.getByTestId('app-identity');
  await expect(identity.textContent()).resolves.toContain(
    `Deskbridge acts in Jira as ${SEED_USERS.app.displayName}; issues it creates show this reporter.`,
  );
  await expect(identity.textContent()).resolves.toContain(SEED_USERS.app.accountId);
  await expect(app.getByTestId('page-admin').isVisible()).resolves.toBe(true);
  await shoot('admin-page');
});

test('the project settings page of SUP opens for its project admin', async () => {
  const app = await open('project-admin', 'project');
  await expect(app.getByTestId('project-integrations').textContent()).resolves.toContain('SUP');
  await expect(app.getByTestId('page-project-settings').textContent()).resolves.toContain('SUP');
  await expect(app.getByTestId('no-access').count()).resolves.toBe(0);
  await shoot('project-settings-page');
});

test('the project settings page refuses a user who does not administer the project', async () => {
  const app = await open('freshdesk-agent', 'project');
  await expect(app.getByTestId('no-access').textContent()).resolves.toMatch(/SUP/);
});

test('the global page shows a tool-group member their groups', async () => {
  const app = await open('freshdesk-agent', 'global');
  await expect(app.getByTestId('tool-groups').textContent()).resolves.toContain('deskbridge-jira-freshdesk');
  await expect(app.getByTestId('no-access').count()).resolves.toBe(0);
  await shoot('global-page');
});

test('an outsider sees "no access" and which group to ask for', async () => {
  const app = await open('outsider', 'global');
  const noAccess = app.getByTestId('no-access');
  await expect(noAccess.textContent()).resolves.toContain("You don't have access to Deskbridge");
  await expect(noAccess.textContent()).resolves.toContain('deskbridge-jira-freshdesk');
  await shoot('global-page-outsider');
});

test('the switcher bar changes the acting user and the page', async () => {
  await page.goto(`${deskbridge.siteUrl}/?user=outsider&page=global`);
  await page.selectOption('[data-testid="local-user"]', 'admin');
  await page.waitForURL(/user=admin/);
  await page.selectOption('[data-testid="local-page"]', 'admin');
  await page.waitForURL(/page=admin/);
  await page.frameLocator('[data-testid="forge-app"]').getByTestId('app-identity').waitFor();
});

test('no page logged a console error', () => {
  expect(consoleErrors).toEqual([]);
});
