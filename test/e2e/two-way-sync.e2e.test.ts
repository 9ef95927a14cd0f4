/**
 * Two-way sync set up and tried the way a Jira admin does it on the local site: connect the
 * Freshdesk sandbox, create an integration on ENG, walk its sync settings to the review (new
 * tickets create issues), save and enable; generate the webhook secret and paste the webhook into
 * Freshdesk through the Sandboxes console; create a ticket there and see it linked to an ENG
 * issue in the Links view; comment on that issue as a person and see the reply on the ticket.
 * Saves test-results/two-way-sync-*.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { startLocalDeskbridge, type LocalDeskbridge } from '../../local/local-deskbridge';
import { FRESHDESK_SANDBOX } from '../../local/sandbox/freshdesk';
import { launchChromium, newRecordingPage, openAs, screenshotApp } from './browser';

const repoRoot = path.resolve(__dirname, '../..');
const screenshots = path.join(repoRoot, 'test-results');
const SUBJECT = 'Two-way sync: the printer prints only blank pages';
const COMMENT = 'Replaced the toner cartridge; please try again.';

let deskbridge: LocalDeskbridge;
let browser: Browser;
let page: Page;
let consolePage: Page;
let app: FrameLocator;
const consoleErrors: string[] = [];
/** What the steps learn and the later ones use. */
const found = { integrationId: '', secret: '', url: '', payload: '', ticketId: '', issueKey: '' };

beforeAll(async () => {
  fs.mkdirSync(screenshots, { recursive: true });
  deskbridge = await startLocalDeskbridge({ repoRoot, port: 0, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'deskbridge-two-way-e2e-')) });
  browser = await launchChromium();
  page = await newRecordingPage(browser, consoleErrors);
  consolePage = await newRecordingPage(browser, consoleErrors);
  page.setDefaultTimeout(15000);
  consolePage.setDefaultTimeout(15000);
  app = await openAs(page, deskbridge.siteUrl, 'admin', 'admin');
}, 60000);

afterAll(async () => {
  await browser?.close();
  await deskbridge?.close();
});

const shoot = (name: string) => screenshotApp(page, app, path.join(screenshots, `two-way-sync-${name}.png`));

/** Picks the option of an Atlaskit select whose label contains `typed` (options may load as one types). */
async function pick(selectTestId: string, typed: string) {
  await app.getByTestId(`${selectTestId}-select--input`).fill(typed);
  await app.getByRole('option', { name: typed }).first().click();
}

const text = async (testId: string) => (await app.getByTestId(testId).textContent()) ?? '';

/** Checks until `check` holds, for at most 30 s (the sync runs through queues), refreshing the page between tries. */
async function eventually(what: string, check: () => Promise<boolean>, refresh: () => Promise<unknown>) {
  for (const until = Date.now() + 30000; !(await check()); await refresh()) {
    if (Date.now() > until) throw new Error(`Gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 750));
  }
}

test('connects the Freshdesk sandbox and creates an integration on ENG', async () => {
  await pick('add-connection-tool', 'Freshdesk');
  await app.getByTestId('connection-field-domain').fill(FRESHDESK_SANDBOX.domain);
  await app.getByTestId('connection-field-secret').fill(FRESHDESK_SANDBOX.secret);
  await app.getByTestId('connection-name').fill('Acme support');
  await app.getByTestId('connect-submit').click();
  await app.getByTestId('add-connection-success').waitFor();

  await app.getByTestId('create-integration-name').fill('Acme ⇄ ENG');
  await pick('create-integration-tool', 'Freshdesk');
  await pick('create-integration-project', 'ENG');
  await pick('create-integration-connection', 'Acme support');
  await app.getByTestId('create-integration-submit').click();
  await app.getByTestId('create-integration-success').waitFor();
  found.integrationId = (await app.locator('[data-testid^="integration-row-"]').first().getAttribute('data-integration-id')) ?? '';
  expect(found.integrationId).toMatch(/^[0-9a-f-]{36}$/);
  await expect(app.getByTestId(`integration-links-${found.integrationId}`).isVisible()).resolves.toBe(true);
});

test('walks the sync settings to the review, new tickets create issues, then saves and enables', async () => {
  await app.getByTestId(`integration-sync-${found.integrationId}`).click();
  await app.getByTestId('sync-editor').waitFor();
  await app.getByTestId('sync-next').click();
  await app.getByTestId('sync-step-linking').waitFor();
  if (!(await app.getByTestId('sync-tickets-create-issues').isChecked())) await app.getByTestId('sync-tickets-create-issues').check();
  for (const step of ['fields', 'statuses', 'comments', 'review']) {
    await app.getByTestId('sync-next').click();
    await app.getByTestId(`sync-step-${step}`).waitFor();
  }
  await expect(text('sync-review-linking')).resolves.toContain('New Freshdesk tickets create issues');
  await app.getByTestId('sync-save-enable').click();
  await app.getByTestId('sync-saved').waitFor();
  await expect(text('sync-saved')).resolves.toBe('Saved. The sync is on.');
  await app.getByTestId('integration-work-area-close').click();
});

test('the Webhook view generates the secret header and shows it once', async () => {
  await app.getByTestId(`integration-webhook-${found.integrationId}`).click();
  await app.getByTestId('webhook-setup').waitFor();
  await expect(app.getByTestId('webhook-header-0').textContent()).resolves.toContain('X-Deskbridge-Secret: <the secret Deskbridge shows once');
  await app.getByTestId('webhook-generate-secret').click();
  if (await app.getByTestId('webhook-generate-confirm').isVisible()) await app.getByTestId('webhook-generate-confirm').click();
  await app.getByTestId('webhook-secret-revealed').waitFor();
  found.secret = (await text('webhook-secret-value')).trim();
  found.url = (await text('webhook-url')).trim();
  found.payload = (await text('webhook-payload')).trim();
  expect(found.secret.length).toBeGreaterThanOrEqual(32);
  expect(found.url).toContain(`/helpdesk-webhook/${found.integrationId}`);
  await expect(text('webhook-header-0')).resolves.toBe(`X-Deskbridge-Secret: ${found.secret}`);
  await expect(text('webhook-secret-warning')).resolves.toContain('the previous secret stopped working');
  await shoot('webhook');
});

test('after a reload the secret is gone from the view', async () => {
  app = await openAs(page, deskbridge.siteUrl, 'admin', 'admin');
  await app.getByTestId(`integration-webhook-${found.integrationId}`).click();
  await app.getByTestId('webhook-setup').waitFor();
  await expect(app.getByTestId('webhook-status').getAttribute('data-has-secret')).resolves.toBe('true');
  await expect(app.getByTestId('webhook-secret-revealed').count()).resolves.toBe(0);
  await expect(app.locator('html').evaluate((root) => root.outerHTML)).resolves.not.toContain(found.secret);
  await expect(text('webhook-generate')).resolves.toContain('the one in use stops working');
});

test('pastes the webhook into the Freshdesk sandbox through the Sandboxes console', async () => {
  await consolePage.goto(`${deskbridge.siteUrl}/__local/sandboxes`);
  const form = consolePage.getByTestId('fd-webhook-paste');
  await form.locator('input[name=url]').fill(found.url);
  await form.locator('input[name=headerValue]').fill(found.secret);
  await form.locator('textarea[name=payloadTemplate]').fill('{"ticket_id": {{ticket.id}');
  await form.getByRole('button', { name: 'Paste webhook' }).click();
  await consolePage.waitForURL(/error=/);
  await expect(consolePage.getByTestId('console-error').textContent()).resolves.toContain('Content must be JSON');
  await expect(consolePage.getByTestId('fd-webhooks-empty').count()).resolves.toBe(1);
  await form.locator('input[name=url]').fill(found.url);
  await expect(form.locator('input[name=headerName]').inputValue()).resolves.toBe('X-Deskbridge-Secret');
  await form.locator('input[name=headerValue]').fill(found.secret);
  await form.locator('textarea[name=payloadTemplate]').fill(found.payload);
  await form.getByRole('button', { name: 'Paste webhook' }).click();
  await consolePage.waitForURL(/notice=Webhook\+pasted/);
  const target = consolePage.getByTestId('fd-webhook-target');
  await expect(target.count()).resolves.toBe(1);
  await expect(target.textContent()).resolves.toContain(found.url);
  await expect(target.textContent()).resolves.toContain('headers: X-Deskbridge-Secret (values not shown)');
  await expect(consolePage.content()).resolves.not.toContain(found.secret);
});

test('a ticket created in the console shows in the Links view, linked to an ENG issue', async () => {
  const create = consolePage.getByTestId('fd-create');
  await create.locator('input[name=subject]').fill(SUBJECT);
  await create.locator('textarea[name=description]').fill('Since this morning, every page comes out blank.');
  await create.getByRole('button', { name: 'Create ticket' }).click();
  await consolePage.waitForURL(/notice=Ticket/);
  found.ticketId = /Ticket #(\d+) created/.exec((await consolePage.getByTestId('console-notice').textContent()) ?? '')![1];

  await app.getByTestId(`integration-links-${found.integrationId}`).click();
  await app.getByTestId('sync-links').waitFor();
  const row = app.getByTestId(`sync-link-row-${found.ticketId}`);
  await eventually('the ticket listed in the Links view', async () => (await row.count()) > 0, () => app.getByTestId('sync-links-refresh').click());
  found.issueKey = (await text(`sync-link-issue-${found.ticketId}`)).trim();
  expect(found.issueKey).toMatch(/^ENG-\d+$/);
  await expect(app.getByTestId(`sync-link-state-${found.ticketId}`).getAttribute('data-state')).resolves.toBe('ok');
  await expect(app.getByTestId(`sync-link-ticket-${found.ticketId}`).getAttribute('href')).resolves.toBe(`https://${FRESHDESK_SANDBOX.domain}/a/tickets/${found.ticketId}`);
  await expect(row.textContent()).resolves.toContain('Open');
  await shoot('links');
});

test('a comment on the issue in the console reaches the ticket as a public reply', async () => {
  await consolePage.goto(`${deskbridge.siteUrl}/__local/sandboxes?as=admin`);
  const issue = consolePage.locator(`[data-testid="jira-issue"][data-key="${found.issueKey}"]`);
  await expect(issue.getByTestId('jira-link').textContent()).resolves.toContain(`freshdesk ticket ${found.ticketId}`);
  await issue.locator('textarea[name=body]').fill(COMMENT);
  await issue.locator('select[name=visibility]').selectOption('public');
  await issue.getByRole('button', { name: 'Comment' }).click();
  await consolePage.waitForURL(/notice=Alana\+Admin\+commented/);

  const ticket = consolePage.locator(`[data-testid="fd-ticket"][data-ticket-id="${found.ticketId}"]`);
  const reply = ticket.getByTestId('fd-conversation').filter({ hasText: COMMENT });
  await eventually('the comment on the Freshdesk ticket', async () => (await reply.count()) > 0, () => consolePage.goto(`${deskbridge.siteUrl}/__local/sandboxes?as=admin`));
  await expect(reply.getAttribute('data-private')).resolves.toBe('false');
  const deliveries = consolePage.getByTestId('fd-webhook-delivery');
  await expect(deliveries.first().getAttribute('data-outcome')).resolves.toBe('ok');
  await expect(consolePage.locator('[data-testid="fd-webhook-delivery"][data-outcome="refused"]').count()).resolves.toBe(0);
  await consolePage.screenshot({ path: path.join(screenshots, 'two-way-sync-console.png'), fullPage: true });
});

test('no page logged a console error', () => {
  expect(consoleErrors).toEqual([]);
});
