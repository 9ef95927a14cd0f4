/**
 * The issue panel (UI Kit) on the local site, in Chromium: the real app from
 * src/issue-panel/frontend sends its tree through the local host bridge, which draws it with
 * Atlaskit. A Jira admin sees the linked Freshdesk ticket, replies to the customer, sees the
 * panel say the help desk is down when it is, and unlinks after confirming; the freshdesk agent
 * (who may not edit the admin's integration) reads why they can't act. Saves
 * test-results/issue-panel-*.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startLocalDeskbridge, type LocalDeskbridge } from '../../local/local-deskbridge';
import { engConfig, freshdeskAgent, jiraUser, settle, setUpFreshdeskSync } from '../support/sync-harness';
import { launchChromium, newRecordingPage } from './browser';

const repoRoot = path.resolve(__dirname, '../..');
const screenshots = path.join(repoRoot, 'test-results');

let deskbridge: LocalDeskbridge;
let browser: Browser;
let page: Page;
let ticketId: number;
let issueKey: string;
const consoleErrors: string[] = [];

beforeAll(async () => {
  fs.mkdirSync(screenshots, { recursive: true });
  deskbridge = await startLocalDeskbridge({ repoRoot, port: 0, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'deskbridge-issue-panel-e2e-')) });
  await setUpFreshdeskSync(deskbridge, engConfig());
  const ticket = await freshdeskAgent(deskbridge).createTicket({ subject: 'Printer on fire', description: '<p>It really is.</p>', tags: ['vip'] });
  ticketId = ticket.id;
  await settle(deskbridge);
  const [issue] = await jiraUser(deskbridge).search(`issue.property[deskbridge].ticketId = "${ticketId}"`);
  issueKey = issue.key;
  browser = await launchChromium();
  page = await newRecordingPage(browser, consoleErrors);
  page.setDefaultTimeout(15000);
}, 60000);

afterAll(async () => {
  await browser?.close();
  await deskbridge?.close();
});

const openPanel = async (user: string) => {
  await page.goto(`${deskbridge.siteUrl}/__local/issue-panel?user=${user}&issue=${issueKey}`);
  await page.getByTestId('forge-tree').waitFor();
};
const text = async (testId: string) => (await page.getByTestId(testId).first().textContent()) ?? '';

test('the Jira admin sees the linked ticket: icon, id linking to Freshdesk, status, requester, fields and sync state', async () => {
  await openPanel('admin');
  await page.getByTestId(`ticket-${ticketId}`).waitFor();
  await expect(page.locator(`[data-testid="ticket-${ticketId}"] img[alt="Freshdesk"]`).count()).resolves.toBe(1);
  await expect(page.locator(`a[href="https://acme.freshdesk.com/a/tickets/${ticketId}"]`).textContent()).resolves.toMatch(new RegExp(`^#${ticketId}\\b`));
  await expect(text(`ticket-status-${ticketId}`)).resolves.toBe('Open');
  await expect(text(`ticket-sync-${ticketId}`)).resolves.toBe('In sync');
  await expect(text(`ticket-meta-${ticketId}`)).resolves.toContain('Requester:');
  await expect(text(`ticket-field-${ticketId}`)).resolves.toMatch(/Priority|Tags/);
  await page.screenshot({ path: path.join(screenshots, 'issue-panel-linked.png'), fullPage: true });
});

test('a public reply typed in the panel reaches the Freshdesk ticket', async () => {
  await page.getByTestId(`ticket-reply-${ticketId}`).click();
  await page.getByTestId(`reply-text-${ticketId}`).fill('We are on it, a technician is on the way.');
  await page.getByTestId(`reply-send-${ticketId}`).click();
  await expect(text('panel-message')).resolves.toBe(`Reply sent to Freshdesk ticket ${ticketId}.`);
  const conversations = await freshdeskAgent(deskbridge).conversations(ticketId);
  expect(conversations.map((c) => [c.body.replace(/<[^>]+>/g, '').trim(), c.private])).toEqual([['We are on it, a technician is on the way.', false]]);
});

test('with Freshdesk down the panel shows the last known data and says so', async () => {
  deskbridge.helpDesks.freshdesk.faults.plan({ mode: 'server-error', status: 503, count: 20 });
  await openPanel('admin');
  await page.getByTestId('panel-degraded').waitFor();
  await expect(text('panel-degraded')).resolves.toContain("Freshdesk can't be reached right now");
  await expect(text(`ticket-unavailable-${ticketId}`)).resolves.toContain('Last known data');
  await page.screenshot({ path: path.join(screenshots, 'issue-panel-help-desk-down.png'), fullPage: true });
  deskbridge.helpDesks.freshdesk.faults.clear();
});

test('the freshdesk agent may not act on the admin’s integration, and reads why', async () => {
  await openPanel('freshdesk-agent');
  await page.getByTestId(`ticket-refusal-${ticketId}`).waitFor();
  await expect(text(`ticket-refusal-${ticketId}`)).resolves.toContain('owner');
  await expect(page.getByTestId(`ticket-reply-${ticketId}`).count()).resolves.toBe(0);
});

test('unlink asks first, then leaves the panel empty and both sides’ content in place', async () => {
  await openPanel('admin');
  await page.getByTestId(`ticket-unlink-${ticketId}`).click();
  await page.getByTestId(`unlink-dialog-${ticketId}`).waitFor();
  await page.screenshot({ path: path.join(screenshots, 'issue-panel-unlink.png'), fullPage: true });
  await page.getByTestId(`unlink-confirm-${ticketId}`).click();
  await page.getByTestId('panel-empty').waitFor();
  await expect(text('panel-message')).resolves.toContain('both keep their content');
  expect((await freshdeskAgent(deskbridge).conversations(ticketId)).length).toBe(1);
  expect(consoleErrors).toEqual([]);
});
