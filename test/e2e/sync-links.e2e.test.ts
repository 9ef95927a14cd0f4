/**
 * The Links view of an integration that syncs Freshdesk ⇄ ENG (set up through the resolvers, as
 * the two-way-sync walkthrough does by hand): a pair stuck on a workflow without the needed
 * transition shows its reason, "Stuck only" finds it, and Retry after the fix brings it back; an
 * unlink asks first and keeps both sides; "Link a ticket" answers at the field and links again;
 * the freshdesk agent sees it all read-only. Saves test-results/sync-links-*.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { startLocalDeskbridge, type LocalDeskbridge } from '../../local/local-deskbridge';
import { engConfig, ENG_STATUS, freshdeskAgent, FRESHDESK_STATUS, jiraUser, settle, setUpFreshdeskSync } from '../support/sync-harness';
import { launchChromium, newRecordingPage, openAs, screenshotApp } from './browser';

const repoRoot = path.resolve(__dirname, '../..');
const screenshots = path.join(repoRoot, 'test-results');

let deskbridge: LocalDeskbridge;
let browser: Browser;
let page: Page;
let app: FrameLocator;
const consoleErrors: string[] = [];
let integrationId = '';
/** `stuck` is parked on ENG's workflow; `fine` keeps syncing. */
const tickets = { stuck: '', fine: '' };
let fineIssueKey = '';

/** ENG's workflow, with or without its way to In Progress (an admin edited it after the mapping was saved). */
const setEngWorkflow = (withInProgress: boolean) =>
  fetch(`${deskbridge.jiraUrl}/__sandbox/projects/ENG/workflow`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      transitions: [
        { id: '11', name: 'To Do', from: [], to: ENG_STATUS.todo },
        ...(withInProgress ? [{ id: '21', name: 'In Progress', from: [], to: ENG_STATUS.inProgress }] : []),
        { id: '31', name: 'Done', from: [], to: ENG_STATUS.done },
      ],
    }),
  });

beforeAll(async () => {
  fs.mkdirSync(screenshots, { recursive: true });
  deskbridge = await startLocalDeskbridge({ repoRoot, port: 0, queueDelayScale: 0.001, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'deskbridge-links-e2e-')) });
  ({ integrationId } = await setUpFreshdeskSync(deskbridge, engConfig()));
  const agent = freshdeskAgent(deskbridge);
  tickets.stuck = String((await agent.createTicket({ subject: 'Links: will get stuck', description: '<p>a</p>' })).id);
  tickets.fine = String((await agent.createTicket({ subject: 'Links: keeps syncing', description: '<p>b</p>' })).id);
  await settle(deskbridge);
  await setEngWorkflow(false);
  await agent.update(Number(tickets.stuck), { status: Number(FRESHDESK_STATUS.pending) });
  await settle(deskbridge);
  browser = await launchChromium();
  page = await newRecordingPage(browser, consoleErrors);
  page.setDefaultTimeout(15000);
  app = await openAs(page, deskbridge.siteUrl, 'admin', 'admin');
  await app.getByTestId(`integration-links-${integrationId}`).click();
  await app.getByTestId('sync-links').waitFor();
}, 60000);

afterAll(async () => {
  await browser?.close();
  await deskbridge?.close();
});

const shoot = (name: string) => screenshotApp(page, app, path.join(screenshots, `sync-links-${name}.png`));

const text = async (testId: string) => (await app.getByTestId(testId).textContent()) ?? '';
const state = (ticketId: string) => app.getByTestId(`sync-link-state-${ticketId}`).getAttribute('data-state');

test('lists both pairs, newest first; the stuck one says why, and "Stuck only" finds it', async () => {
  const rows = await app.locator('[data-testid^="sync-link-row-"]').evaluateAll((found) => found.map((row) => row.getAttribute('data-testid')));
  expect(rows).toEqual([`sync-link-row-${tickets.fine}`, `sync-link-row-${tickets.stuck}`]);
  await expect(state(tickets.stuck)).resolves.toBe('stuck');
  await expect(text(`sync-link-reason-${tickets.stuck}`)).resolves.toMatch(/workflow has no transition/);
  await expect(state(tickets.fine)).resolves.toBe('ok');
  await expect(app.getByTestId(`sync-link-retry-${tickets.fine}`).count()).resolves.toBe(0);
  fineIssueKey = (await text(`sync-link-issue-${tickets.fine}`)).trim();
  await app.getByTestId('sync-links-stuck-only').check();
  await app.getByTestId(`sync-link-row-${tickets.fine}`).waitFor({ state: 'detached' });
  await expect(app.locator('[data-testid^="sync-link-row-"]').count()).resolves.toBe(1);
  await shoot('stuck');
});

test('Retry, once the workflow is fixed, brings the stuck pair back', async () => {
  await setEngWorkflow(true);
  await app.getByTestId(`sync-link-retry-${tickets.stuck}`).click();
  await app.getByTestId('sync-links-empty').waitFor();
  await expect(text('sync-links-empty')).resolves.toContain('Nothing is stuck');
  await settle(deskbridge);
  await app.getByTestId('sync-links-stuck-only').uncheck();
  await app.getByTestId(`sync-link-row-${tickets.stuck}`).waitFor();
  await expect(state(tickets.stuck)).resolves.toBe('ok');
  const issueKey = (await text(`sync-link-issue-${tickets.stuck}`)).trim();
  expect((await jiraUser(deskbridge).issue(issueKey)).fields.status.id).toBe(ENG_STATUS.inProgress);
});

test('Unlink asks first; after it both sides keep their content', async () => {
  await app.getByTestId(`sync-link-unlink-${tickets.fine}`).click();
  await expect(text('sync-link-unlink-consequences')).resolves.toContain('Both sides keep their content');
  await shoot('unlink');
  await app.getByTestId('sync-link-unlink-confirm').click();
  await app.getByTestId(`sync-link-row-${tickets.fine}`).waitFor({ state: 'detached' });
  const issue = await jiraUser(deskbridge).issue(fineIssueKey);
  expect(issue.properties?.deskbridge).toBeUndefined();
  expect(issue.fields.summary).toBe('Links: keeps syncing');
});

test('"Link a ticket" answers under the field, then links the pair again', async () => {
  await app.getByTestId('sync-link-ticket-id').fill(tickets.fine);
  await app.getByTestId('sync-link-issue-key').fill('ENG-999');
  await app.getByTestId('sync-link-submit').click();
  await app.getByTestId('form-error-issueKey').waitFor();
  await expect(text('form-error-issueKey')).resolves.toContain('ENG-999');
  await expect(app.getByTestId('form-error').count()).resolves.toBe(0);
  await app.getByTestId('sync-link-issue-key').fill(fineIssueKey.toLowerCase());
  await app.getByTestId('sync-link-submit').click();
  await app.getByTestId('sync-link-success').waitFor();
  await expect(text(`sync-link-issue-${tickets.fine}`)).resolves.toBe(fineIssueKey);
  await shoot('linked');
});

test('the freshdesk agent sees the links read-only, and no Webhook action', async () => {
  app = await openAs(page, deskbridge.siteUrl, 'freshdesk-agent', 'global');
  await app.getByTestId(`integration-links-${integrationId}`).click();
  await app.getByTestId('sync-links-read-only').waitFor();
  await app.getByTestId(`sync-link-row-${tickets.fine}`).waitFor();
  await expect(app.getByTestId(`sync-link-unlink-${tickets.fine}`).count()).resolves.toBe(0);
  await expect(app.getByTestId('sync-link-form').count()).resolves.toBe(0);
  await expect(app.getByTestId(`integration-webhook-${integrationId}`).count()).resolves.toBe(0);
  await shoot('read-only');
});

test('no page logged a console error', () => {
  expect(consoleErrors).toEqual([]);
});
