/**
 * Backfill and the sync log on the local site, as a Jira admin: open an integration's sync area,
 * estimate a backfill of the Freshdesk sandbox's history, start it, pause and resume it, and
 * watch the progress bar reach the end; then read the sync log, filter it and export it as CSV.
 * Saves test-results/backfill-*.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { startLocalDeskbridge, type LocalDeskbridge } from '../../local/local-deskbridge';
import type { FreshdeskState } from '../../local/sandbox/freshdesk';
import { seedBackfillTickets } from '../support/backfill-data';
import { engConfig, setUpFreshdeskSync } from '../support/sync-harness';
import { launchChromium, newRecordingPage, openAs, screenshotApp } from './browser';

const repoRoot = path.resolve(__dirname, '../..');
const screenshots = path.join(repoRoot, 'test-results');
const TICKETS = 120;

let deskbridge: LocalDeskbridge;
let browser: Browser;
let page: Page;
let app: FrameLocator;
let integrationId: string;
const consoleErrors: string[] = [];

beforeAll(async () => {
  fs.mkdirSync(screenshots, { recursive: true });
  deskbridge = await startLocalDeskbridge({ repoRoot, port: 0, queueDelayScale: 0.01, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'deskbridge-backfill-e2e-')) });
  ({ integrationId } = await setUpFreshdeskSync(deskbridge, engConfig(), { webhooks: false }));
  const state = deskbridge.helpDesks.freshdesk.state as FreshdeskState;
  seedBackfillTickets(state, { count: TICKETS, replies: 2 });
  state.rate_limit_per_minute = 100_000;
  browser = await launchChromium();
  page = await newRecordingPage(browser, consoleErrors);
  page.setDefaultTimeout(20000);
  app = await openAs(page, deskbridge.siteUrl, 'admin', 'admin');
}, 60000);

afterAll(async () => {
  await browser?.close();
  await deskbridge?.close();
});

const shoot = (name: string) => screenshotApp(page, app, path.join(screenshots, `${name}.png`));

const attribute = (testId: string, name: string) => app.getByTestId(testId).getAttribute(name);

/** Waits until the page shows `expected` (the panel polls the server every two seconds). */
async function until(read: () => Promise<string | null>, expected: string, timeoutMs: number) {
  const end = Date.now() + timeoutMs;
  let seen: string | null = null;
  while (Date.now() < end) {
    seen = await read();
    if (seen === expected) return;
    await page.waitForTimeout(200);
  }
  throw new Error(`Waited ${timeoutMs} ms for ${expected}; the page shows ${seen}`);
}

test('estimate: what the filter selects and what it costs, before anything is brought over', async () => {
  await app.getByTestId(`integration-sync-${integrationId}`).click();
  await app.getByTestId('backfill-panel').waitFor();
  await app.getByTestId('backfill-estimate').click();
  await app.getByTestId('backfill-estimate-result').waitFor();
  await expect(app.getByTestId('backfill-estimate-tickets').textContent()).resolves.toBe(String(TICKETS));
  await expect(app.getByTestId('backfill-estimate-cost').textContent()).resolves.toMatch(/Jira calls/);
  await shoot('backfill-estimate');
});

test('start, pause, resume: the progress bar runs to the end', async () => {
  await app.getByTestId('backfill-start').click();
  await app.getByTestId('backfill-pause').click();
  await until(() => attribute('backfill-state', 'data-state'), 'paused', 20000);
  await shoot('backfill-paused');
  await app.getByTestId('backfill-resume').click();
  await until(() => attribute('backfill-state', 'data-state'), 'done', 30000);
  await expect(attribute('backfill-progress-bar', 'data-done')).resolves.toBe(String(TICKETS));
  await expect(attribute('backfill-progress-bar', 'aria-valuenow')).resolves.toBe(String(TICKETS));
  await expect(app.getByTestId('backfill-counts').textContent()).resolves.toContain(`${TICKETS} of ${TICKETS} brought over`);
  await shoot('backfill-done');
});

test('the sync log lists each ticket brought over, filters by result, and exports CSV', async () => {
  await app.getByTestId(`integration-logs-${integrationId}`).click();
  await app.getByTestId('sync-log').waitFor();
  await app.getByTestId('sync-log-entry-0').waitFor();
  await expect(app.getByTestId('sync-log-entry-0').textContent()).resolves.toContain('backfill.item');
  await app.getByTestId('sync-log-filter-result').selectOption('error');
  await app.getByText('Nothing synced yet').waitFor();
  await app.getByTestId('sync-log-filter-result').selectOption('');
  await app.getByTestId('sync-log-entry-0').waitFor();
  const download = page.waitForEvent('download');
  await app.getByTestId('sync-log-export').click();
  const csv = fs.readFileSync(await (await download).path(), 'utf8').trim().split('\r\n');
  expect(csv[0]).toBe('at,direction,action,result,ticketId,issueKey,issueId,title,errorKind,reason');
  expect(csv.filter((line) => line.includes(',backfill.item,ok,'))).toHaveLength(TICKETS);
  await app.getByTestId('sync-log-retention-days').fill('7');
  await app.getByTestId('sync-log-retention-save').click();
  await shoot('backfill-sync-log');
  expect(consoleErrors).toEqual([]);
});
