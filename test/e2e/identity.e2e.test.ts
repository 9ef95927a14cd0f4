/**
 * The Identity panel as a Jira admin uses it: the directory status of a site never synced, "Sync
 * now" showing Running and then Done with the seeded site's users, a CSV with a bad line refused
 * by line with nothing imported, a good CSV listed in the identity map, a manual mapping and a
 * removal, the personal data report counting what erasing a closed account removed, and paging.
 * Saves test-results/identity-admin.png and test-results/identity-csv-errors.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { startLocalDeskbridge, type LocalDeskbridge } from '../../local/local-deskbridge';
import type { DeliveredEvent } from '../../local/runtime/queue-runner';
import { SEED_USERS } from '../../local/sandbox/jira';
import type { IdentityLinkPage, IdentityStatus } from '../../src/shared/identity';
import { QUEUE } from '../../src/storage/keys';
import { invokeOk, ROLES } from '../support/local-app';
import { launchChromium, newRecordingPage, openAs } from './browser';

const repoRoot = path.resolve(__dirname, '../..');
const screenshots = path.join(repoRoot, 'test-results');
const HEADER = 'tool,contactId,accountId';
/** The scheduledTrigger of manifest.yml that runs the personal data reporting cycle. */
const PERSONAL_DATA_TRIGGER = 'identity-personal-data-report';

let deskbridge: LocalDeskbridge;
let browser: Browser;
let page: Page;
let app: FrameLocator;
const consoleErrors: string[] = [];

beforeAll(async () => {
  fs.mkdirSync(screenshots, { recursive: true });
  deskbridge = await startLocalDeskbridge({ repoRoot, port: 0, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'deskbridge-identity-e2e-')) });
  browser = await launchChromium();
  page = await newRecordingPage(browser, consoleErrors);
  page.setDefaultTimeout(15000);
  app = await open();
}, 60000);

afterAll(async () => {
  await browser?.close();
  await deskbridge?.close();
});

async function open(): Promise<FrameLocator> {
  await page.setViewportSize({ width: 1280, height: 900 });
  const frame = await openAs(page, deskbridge.siteUrl, 'admin', 'admin');
  await frame.getByTestId('identity-status').waitFor();
  return frame;
}

/**
 * One part of the admin page (the Identity panel by default) with a margin around it. The host's
 * iframe fills the viewport, so the viewport first grows to the whole app.
 */
async function shoot(name: string, testId = 'identity-panel') {
  const height = await app.locator('body').evaluate((body) => body.ownerDocument.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1280, height: Math.min(height + 80, 6000) });
  await page.waitForTimeout(300);
  const box = await app.getByTestId(testId).boundingBox();
  if (!box) throw new Error(`${testId} is not on the page`);
  const margin = 16;
  const clip = { x: Math.max(0, box.x - margin), y: Math.max(0, box.y - margin), width: box.width + 2 * margin, height: box.height + 2 * margin };
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), clip });
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Holds the directory consumer's events until released, so "Running" can be seen on the page. */
function holdDirectoryChunks() {
  const queue = deskbridge.runtime.queue as unknown as { deliver: (functionKey: string, event: DeliveredEvent) => Promise<unknown> };
  const original = queue.deliver;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  queue.deliver = async (functionKey, event) => {
    if (event.queueName === QUEUE.directory) await gate;
    return original(functionKey, event);
  };
  return () => {
    queue.deliver = original;
    release();
  };
}

const linksOf = async () => (await invokeOk<IdentityLinkPage>(deskbridge, ROLES.jiraAdmin, 'identity/links/list')).links;
const text = (testId: string) => app.getByTestId(testId).textContent();

async function importCsv(csv: string) {
  await app.getByTestId('identity-csv-text').fill(csv);
  await app.getByTestId('identity-csv-submit').click();
}

test('the Identity panel sits between Connections and Integrations and shows a directory never synced', async () => {
  const order = await app
    .locator('[data-testid="connections-panel"], [data-testid="identity-panel"], [data-testid="integrations-panel"]')
    .evaluateAll((panels) => panels.map((panel) => panel.getAttribute('data-testid')));
  expect(order).toEqual(['connections-panel', 'identity-panel', 'integrations-panel']);
  await expect(app.getByTestId('identity-sync-state').getAttribute('data-state')).resolves.toBe('never');
  await expect(text('identity-users')).resolves.toBe('0');
  await expect(text('identity-mapped')).resolves.toBe('0 (0 by email, 0 manual)');
  await expect(text('identity-next-sync')).resolves.toContain('The time shows after the first scheduled run');
  await expect(text('personal-data-cycle')).resolves.toBe('Every 7 days');
  await app.getByTestId('identity-map-empty').waitFor();
});

test('Sync now shows the run in progress, then Done with the users of the seeded site', async () => {
  const sandbox = (await (await fetch(`${deskbridge.jiraUrl}/__sandbox/users`)).json()) as { users: { accountType: string; active: boolean }[] };
  // Everyone who can be a help-desk contact: people and JSM customers; not the app, not closed accounts.
  const expected = sandbox.users.filter((user) => user.active && user.accountType !== 'app').length;
  const release = holdDirectoryChunks();
  try {
    await app.getByTestId('identity-sync-now').click();
    await app.locator('[data-testid="identity-sync-state"][data-state="running"]').waitFor();
    await expect(text('identity-sync-progress')).resolves.toBe('0 accounts read so far');
    await expect(text('identity-sync-notice')).resolves.toContain('Directory sync started');
    await expect(app.getByTestId('identity-sync-now').isDisabled()).resolves.toBe(true);
  } finally {
    release();
  }
  // Polling every 2 s picks the end up without a reload.
  await app.locator('[data-testid="identity-sync-state"][data-state="done"]').waitFor();
  await expect(text('identity-users')).resolves.toBe(String(expected));
  await expect(text('identity-with-email')).resolves.toBe('2');
  await expect(text('identity-email-note')).resolves.toContain('matching relies on the identity map below');
  await expect(text('identity-last-sync')).resolves.toContain('just now');
  await expect(app.getByTestId('identity-sync-notice').count()).resolves.toBe(0);
  await expect(app.getByTestId('identity-sync-now').isEnabled()).resolves.toBe(true);
});

test('a CSV with a bad line is refused by line, and nothing is imported', async () => {
  const csv = [HEADER, `freshdesk,1001,${SEED_USERS.admin.accountId}`, `helpscout,1002,${SEED_USERS.admin.accountId}`, `zendesk,77,${SEED_USERS.outsider.accountId}`].join('\n');
  await importCsv(csv);
  await app.getByTestId('csv-errors').waitFor();
  await expect(text('csv-errors')).resolves.toContain('Nothing was imported');
  const lines = await app.getByTestId('csv-error').evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-line'))));
  expect(lines).toEqual([3]);
  await expect(text('csv-error')).resolves.toContain('Line 3: "helpscout" is not a tool Deskbridge connects to');
  // The text stays, to be fixed in place; the map is still empty.
  await expect(app.getByTestId('identity-csv-text').inputValue()).resolves.toBe(csv);
  await expect(linksOf()).resolves.toEqual([]);
  await expect(app.getByTestId('identity-map-empty').count()).resolves.toBe(1);
  await shoot('identity-csv-errors', 'identity-csv-import');
});

test('a good CSV is imported and listed in the identity map', async () => {
  await importCsv([HEADER, `freshdesk,1001,${SEED_USERS.admin.accountId}`, `zendesk,389204,${SEED_USERS.outsider.accountId}`].join('\r\n'));
  await app.getByTestId('identity-csv-success').getByText('Imported 2 mappings').waitFor();
  await app.getByTestId('identity-link-row-freshdesk-1001').waitFor();
  await expect(text(`identity-link-account-freshdesk-1001`)).resolves.toBe(`${SEED_USERS.admin.accountId} (you)`);
  await expect(app.getByTestId('identity-link-source-zendesk-389204').getAttribute('data-source')).resolves.toBe('manual');
  await expect(app.getByTestId('identity-csv-text').inputValue()).resolves.toBe('');
  await expect(text('identity-mapped')).resolves.toBe('2 (0 by email, 2 manual)');
  await expect(linksOf()).resolves.toHaveLength(2);
});

test('a CSV file picked from disk is read in the browser and imported', async () => {
  await app.getByTestId('identity-csv-file').setInputFiles({ name: 'intercom.csv', mimeType: 'text/csv', buffer: Buffer.from(`${HEADER}\nintercom,6512abc,${SEED_USERS.projectAdmin.accountId}\n`) });
  await expect(text('identity-csv-file-note')).resolves.toContain('Loaded "intercom.csv"');
  await expect(app.getByTestId('identity-csv-text').inputValue()).resolves.toContain('intercom,6512abc,');
  await app.getByTestId('identity-csv-submit').click();
  await app.getByTestId('identity-link-row-intercom-6512abc').waitFor();
});

test('a manual mapping shows field errors, then saves; the tool filter narrows the table', async () => {
  await app.getByTestId('identity-link-contact-id').fill('C-42');
  await app.getByTestId('identity-link-account-id').fill('not an account id');
  await app.getByTestId('identity-link-submit').click();
  await app.getByTestId('form-error-tool').waitFor();
  await expect(text('form-error-accountId')).resolves.toContain('not an Atlassian accountId');
  await app.getByTestId('identity-link-tool-select--input').fill('ServiceNow');
  await app.getByTestId('identity-link-tool-select--input').press('Enter');
  await app.getByTestId('identity-link-account-id').fill(SEED_USERS.freshdeskAgent.accountId);
  await app.getByTestId('identity-link-submit').click();
  await app.getByTestId('identity-link-success').waitFor();
  await app.getByTestId('identity-link-row-servicenow-C-42').waitFor();
  await app.getByTestId('identity-map-tool-filter-select--input').fill('ServiceNow');
  await app.getByTestId('identity-map-tool-filter-select--input').press('Enter');
  await app.getByTestId('identity-link-row-freshdesk-1001').waitFor({ state: 'detached' });
  const rows = await app.locator('[data-testid^="identity-link-row-"]').count();
  expect(rows).toBe(1);
  await app.getByTestId('identity-map-tool-filter-select--input').fill('All tools');
  await app.getByTestId('identity-map-tool-filter-select--input').press('Enter');
  await app.getByTestId('identity-link-row-freshdesk-1001').waitFor();
});

test('Remove asks first, then unmaps the contact', async () => {
  await app.getByTestId('identity-link-remove-intercom-6512abc').click();
  await expect(text('identity-link-remove-consequences')).resolves.toContain('arrive as the app');
  await app.getByTestId('identity-link-remove-confirm').click();
  await app.getByTestId('identity-link-row-intercom-6512abc').waitFor({ state: 'detached' });
  expect((await linksOf()).map((link) => `${link.tool}-${link.contactId}`).sort()).toEqual(['freshdesk-1001', 'servicenow-C-42', 'zendesk-389204']);
});

test('after an account in the map closes, the personal data report shows what was erased', async () => {
  await expect(app.getByTestId('erased-closedAccounts').getAttribute('data-count')).resolves.toBe('0');
  const closed = await fetch(`${deskbridge.jiraUrl}/__sandbox/accounts/${SEED_USERS.outsider.accountId}/close`, { method: 'POST' });
  expect(closed.status).toBe(200);
  await deskbridge.runtime.runScheduledTrigger(PERSONAL_DATA_TRIGGER);
  app = await open();
  const count = (key: string) => app.getByTestId(`erased-${key}`).getAttribute('data-count');
  await expect(count('closedAccounts')).resolves.toBe('1');
  await expect(count('identityLinks')).resolves.toBe('1');
  await expect(count('directoryUsers')).resolves.toBe('1');
  // Its mapping is gone from the table; the others stay.
  await app.getByTestId('identity-link-row-freshdesk-1001').waitFor();
  await expect(app.getByTestId('identity-link-row-zendesk-389204').count()).resolves.toBe(0);
  await expect(text('identity-mapped')).resolves.toBe('2 (0 by email, 2 manual)');
  const status = await invokeOk<IdentityStatus>(deskbridge, ROLES.jiraAdmin, 'identity/status');
  expect(status.personalData.lastReportAt).toBeDefined();
  await expect(text('personal-data-reported')).resolves.toBe(String(status.personalData.reported));
  await expect(text('personal-data-last-report')).resolves.not.toBe('Not reported yet');
  // Counts only: the closed account appears nowhere on the page.
  await expect(app.locator('body').innerText()).resolves.not.toContain(SEED_USERS.outsider.accountId);
  await shoot('identity-admin');
});

test('the map lists 50 rows a page; Load more brings the rest', async () => {
  const listed = app.locator('[data-testid^="identity-link-row-"]');
  const before = await listed.count();
  const rows = Array.from({ length: 55 }, (_, i) => `zendesk,bulk-${String(i).padStart(2, '0')},${SEED_USERS.projectAdmin.accountId}`);
  await importCsv([HEADER, ...rows].join('\n'));
  await app.getByTestId('identity-csv-success').getByText('Imported 55 mappings').waitFor();
  await app.getByTestId('identity-link-row-zendesk-bulk-54').waitFor();
  await expect(listed.count()).resolves.toBe(50);
  await app.getByTestId('identity-map-more').click();
  await app.getByTestId('identity-map-more').waitFor({ state: 'detached' });
  await expect(listed.count()).resolves.toBe(before + 55);
});

test('no page logged a console error', () => {
  expect(consoleErrors).toEqual([]);
});
