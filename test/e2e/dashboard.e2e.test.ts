/**
 * The admin page's new sections in Chromium: the sync overview (links per help desk, stuck
 * links, seven days of activity as bars, the link to the JQL docs), the issue panel's field
 * choice, and an integration's notifications with their preview. Saves test-results/dashboard-*.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { startLocalDeskbridge, type LocalDeskbridge } from '../../local/local-deskbridge';
import { invokeOk, ROLES } from '../support/local-app';
import { engConfig, freshdeskAgent, settle, setUpFreshdeskSync } from '../support/sync-harness';
import { launchChromium, newRecordingPage, openAs } from './browser';

const repoRoot = path.resolve(__dirname, '../..');
const screenshots = path.join(repoRoot, 'test-results');

let deskbridge: LocalDeskbridge;
let browser: Browser;
let page: Page;
let app: FrameLocator;
let integrationId: string;
const consoleErrors: string[] = [];

beforeAll(async () => {
  fs.mkdirSync(screenshots, { recursive: true });
  deskbridge = await startLocalDeskbridge({ repoRoot, port: 0, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'deskbridge-dashboard-e2e-')) });
  ({ integrationId } = await setUpFreshdeskSync(deskbridge, engConfig()));
  await freshdeskAgent(deskbridge).createTicket({ subject: 'Dashboard ticket', description: '<p>x</p>' });
  await settle(deskbridge);
  browser = await launchChromium();
  page = await newRecordingPage(browser, consoleErrors, 1400);
  page.setDefaultTimeout(15000);
  app = await openAs(page, deskbridge.siteUrl, 'admin', 'admin');
}, 60000);

afterAll(async () => {
  await browser?.close();
  await deskbridge?.close();
});

const text = async (testId: string) => (await app.getByTestId(testId).first().textContent()) ?? '';

test('the sync overview counts the links per help desk, charts seven days and shows JQL to search with', async () => {
  await app.getByTestId('dashboard-panel').waitFor();
  await expect(text('dashboard-totals')).resolves.toBe('1 linked ticket in 1 integration');
  await expect(app.getByTestId('dashboard-stuck').getAttribute('data-count')).resolves.toBe('0');
  await expect(text('dashboard-tools')).resolves.toContain('Freshdesk');
  await expect(app.locator('[data-testid="dashboard-activity"] rect').count()).resolves.toBe(14);
  await expect(text('dashboard-jql-examples')).resolves.toContain('issue.property[deskbridge].syncState = "stuck"');
  await app.getByTestId('dashboard-panel').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(screenshots, 'dashboard-overview.png'), fullPage: true });
});

test('the issue panel’s fields are chosen per help desk and saved', async () => {
  await app.getByTestId('panel-fields-freshdesk-custom').fill('cf_region');
  await app.getByTestId('panel-fields-save').click();
  await app.getByTestId('panel-fields-saved').waitFor();
  const saved = await invokeOk(deskbridge, ROLES.jiraAdmin, 'issue-panel/fields/get');
  expect(saved.freshdesk).toEqual(['priority', 'tags', 'custom:cf_region']);
});

test('an integration’s notifications: a rule, its preview as it will be sent, saved', async () => {
  await app.getByTestId(`integration-sync-${integrationId}`).click();
  await app.getByTestId('notifications-section').waitFor();
  await app.getByTestId('notifications-add').click();
  await app.getByTestId('notifications-enabled').check();
  await app.getByTestId('notification-rule-0-template').fill('Good news: {issue.key} is {issue.status}.');
  await expect(text('notification-rule-0-preview')).resolves.toBe('Good news: ENG-123 is Done.');
  await app.getByTestId('notifications-save').click();
  await app.getByTestId('notifications-saved').waitFor();
  const state = await invokeOk(deskbridge, ROLES.jiraAdmin, 'notifications/get', { integrationId });
  expect(state.settings).toEqual({ enabled: true, rules: [{ id: 'rule-1', when: { kind: 'status', statusId: '10021' }, visibility: 'public', template: 'Good news: {issue.key} is {issue.status}.' }] });
  await app.getByTestId('notifications-section').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(screenshots, 'dashboard-notifications.png'), fullPage: true });
  expect(consoleErrors).toEqual([]);
});
