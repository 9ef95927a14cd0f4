/**
 * The sandbox console as a person uses it to try two-way sync by hand: as a Freshdesk agent,
 * create a ticket and reply to it; as the Jira admin, create an issue and comment on it, each
 * time seeing the result listed after the redirect. Then the host page bar: the Sandboxes link
 * and "Run sync poll now". Whether sync copies anything is tested elsewhere; this only drives
 * the sandboxes. Saves test-results/sandbox-console-*.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startLocalDeskbridge, type LocalDeskbridge } from '../../local/local-deskbridge';
import { FRESHDESK_SANDBOX } from '../../local/sandbox/freshdesk';
import { SEED_USERS } from '../../local/sandbox/jira';
import { launchChromium, newRecordingPage } from './browser';

const repoRoot = path.resolve(__dirname, '../..');
const screenshots = path.join(repoRoot, 'test-results');
let deskbridge: LocalDeskbridge;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  fs.mkdirSync(screenshots, { recursive: true });
  deskbridge = await startLocalDeskbridge({ repoRoot, port: 0, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'deskbridge-console-e2e-')) });
  browser = await launchChromium();
  page = await newRecordingPage(browser, consoleErrors);
  page.setDefaultTimeout(15000);
});

afterAll(async () => {
  await browser?.close();
  await deskbridge?.close();
});

const shoot = (name: string) => page.screenshot({ path: path.join(screenshots, `sandbox-console-${name}.png`), fullPage: true });

test('as a Freshdesk agent: create a ticket, reply to it, and see both listed', async () => {
  await page.goto(`${deskbridge.siteUrl}/__local/sandboxes`);
  const create = page.getByTestId('fd-create');
  await create.locator('input[name=subject]').fill('Console smoke: invoices missing');
  await create.locator('input[name=email]').fill('casey@customer.example');
  await create.locator('select[name=priority]').selectOption('3');
  await create.locator('input[name=tags]').fill('billing, vip');
  await create.locator('textarea[name=description]').fill('The March invoices are not in the portal.');
  await create.getByRole('button', { name: 'Create ticket' }).click();

  await page.waitForURL(/notice=Ticket/);
  await expect(page.getByTestId('console-notice').textContent()).resolves.toMatch(/^Ticket #\d+ created\.$/);
  const ticket = page.getByTestId('fd-ticket').filter({ hasText: 'Console smoke: invoices missing' });
  await expect(ticket.count()).resolves.toBe(1);
  await expect(ticket.getByTestId('fd-ticket-status').textContent()).resolves.toBe('Open');

  await ticket.locator('textarea[name=body]').fill('Thanks Casey, we are re-sending them now.');
  await ticket.locator('select[name=kind]').selectOption('reply');
  await ticket.getByRole('button', { name: 'Add' }).click();
  await page.waitForURL(/notice=Public\+reply/);

  const replied = page.getByTestId('fd-ticket').filter({ hasText: 'Console smoke: invoices missing' });
  const reply = replied.getByTestId('fd-conversation').filter({ hasText: 'we are re-sending them now' });
  await expect(reply.getAttribute('data-private')).resolves.toBe('false');
  await expect(reply.locator('.badge').textContent()).resolves.toBe('Public reply');
  // The change went through the sandbox's API, under the account the console signs in to.
  const stored = deskbridge.helpDesks.freshdesk.state as { tickets: { id: number; subject: string }[] };
  expect(stored.tickets.some((entry) => entry.subject === 'Console smoke: invoices missing')).toBe(true);
  await expect(page.content()).resolves.not.toContain(FRESHDESK_SANDBOX.secret);
  await shoot('freshdesk');
});

test('as the Jira admin: create an issue, comment on it, and see the comment listed', async () => {
  await page.goto(`${deskbridge.siteUrl}/__local/sandboxes`);
  await page.getByTestId('jira-actor').selectOption('admin');
  const create = page.getByTestId('jira-create');
  await create.locator('select[name=type]').selectOption('SUP:10100');
  await create.locator('input[name=summary]').fill('Console smoke: VPN drops');
  await create.getByRole('button', { name: 'Create issue' }).click();
  await page.waitForURL(/notice=Alana\+Admin\+created\+SUP-\d+/);
  const key = /created\+(SUP-\d+)/.exec(page.url())![1];

  const issue = page.locator(`[data-testid="jira-issue"][data-key="${key}"]`);
  await expect(issue.getByTestId('jira-link').textContent()).resolves.toBe('Not linked by Deskbridge');
  await issue.locator('textarea[name=body]').fill('Looking at the VPN logs now.');
  await issue.locator('select[name=visibility]').selectOption('internal');
  await issue.getByRole('button', { name: 'Comment' }).click();
  await page.waitForURL(/notice=Alana\+Admin\+commented/);

  const comment = page.locator(`[data-testid="jira-issue"][data-key="${key}"]`).getByTestId('jira-comment').filter({ hasText: 'Looking at the VPN logs now.' });
  await expect(comment.getAttribute('data-kind')).resolves.toBe('internal');
  await expect(comment.textContent()).resolves.toContain('Alana Admin');
  // Made as the person, so Jira names them as the author (and in the product event), not the app.
  const stored = deskbridge.sandbox!.site.issues.find((candidate) => candidate.key === key)!;
  expect(stored.comments.map((entry) => entry.authorAccountId)).toEqual([SEED_USERS.admin.accountId]);
  await shoot('jira');
});

test('a refused action shows the reason in the page', async () => {
  await page.goto(`${deskbridge.siteUrl}/__local/sandboxes`);
  const create = page.getByTestId('fd-create');
  await create.locator('input[name=subject]').fill('No requester');
  await create.locator('textarea[name=description]').fill('x');
  // Bypass the browser's own email check: the server must refuse it too.
  await create.locator('input[name=email]').evaluate((input: HTMLInputElement) => (input.type = 'text'));
  await create.locator('input[name=email]').fill('not-an-email');
  await create.getByRole('button', { name: 'Create ticket' }).click();
  await page.waitForURL(/error=/);
  await expect(page.getByTestId('console-error').textContent()).resolves.toBe('Requester email must be an email address.');
});

test('the host page bar links to the console and runs the sync poll', async () => {
  await page.goto(`${deskbridge.siteUrl}/?user=admin&page=admin`);
  const polled = page.waitForRequest((request) => request.method() === 'POST' && request.url().endsWith('/__local/scheduled/sync-poll-every-five-minutes'));
  await page.getByTestId('local-poll').click();
  await polled;
  await page.getByTestId('local-poll-status').filter({ hasText: /^Poll (done|failed)/ }).waitFor();
  await expect(page.getByTestId('local-poll-status').textContent()).resolves.toBe('Poll done');
  await page.getByTestId('local-sandboxes').click();
  await page.waitForURL(/\/__local\/sandboxes$/);
  await page.getByTestId('freshdesk-section').waitFor();
});

test('no page logged a console error', () => {
  expect(consoleErrors).toEqual([]);
});
