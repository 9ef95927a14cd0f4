/**
 * The admin page's Service desks panel for SUP on the local site, as the Jira admin: the readiness
 * report (workflow, resolve screen, permissions, bucket map; each ✓/✗/? with its fix), saving the
 * proposed bucket map, and a workflow without "Any → Resolved" showing up with the fix.
 * Saves test-results/service-desks-ready.png and test-results/service-desks-not-ready.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { startLocalDeskbridge, type LocalDeskbridge } from '../../local/local-deskbridge';
import { basicAuthHeader, SEED_SERVICE_DESK, SEED_USERS } from '../../local/sandbox/jira';
import { SERVICE_DESK_STATUSES, SERVICE_DESK_TRANSITIONS } from '../../local/sandbox/jira/seed/seed-workflows';
import { launchChromium, newRecordingPage, openAs } from './browser';

const repoRoot = path.resolve(__dirname, '../..');
const screenshots = path.join(repoRoot, 'test-results');

let deskbridge: LocalDeskbridge;
let browser: Browser;
let page: Page;
let app: FrameLocator;
const consoleErrors: string[] = [];

beforeAll(async () => {
  fs.mkdirSync(screenshots, { recursive: true });
  deskbridge = await startLocalDeskbridge({ repoRoot, port: 0, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'deskbridge-desks-e2e-')) });
  browser = await launchChromium();
  page = await newRecordingPage(browser, consoleErrors);
  page.setDefaultTimeout(15000);
  app = await openAs(page, deskbridge.siteUrl, 'admin', 'admin');
  await app.getByTestId('jsm-readiness-state').waitFor();
}, 60000);

afterAll(async () => {
  await browser?.close();
  await deskbridge?.close();
});

const check = (id: string) => app.getByTestId(`readiness-check-${id}`);
const outcome = (id: string) => check(id).getAttribute('data-outcome');
const workflowCheck = (move: string) => app.locator(`[data-testid^="readiness-check-workflow:"][data-testid$=":${move}"]`);

async function checkAgain() {
  await app.getByTestId('jsm-readiness-refresh').click();
  // The button is disabled while both parts reload.
  await app.locator('[data-testid="jsm-readiness-refresh"]:not([disabled])').waitFor();
}

async function shoot(name: string) {
  const height = await app.locator('body').evaluate((body) => body.ownerDocument.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1280, height: Math.min(height + 80, 8000) });
  await page.waitForTimeout(300);
  const box = (await app.getByTestId('service-desks-panel').boundingBox())!;
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), clip: { x: box.x - 16, y: box.y - 16, width: box.width + 32, height: box.height + 32 } });
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('SUP is picked; its workflow and the app’s permissions pass, the bucket map is only proposed, the resolve screen is unknown', async () => {
  await expect(app.getByTestId('jsm-desk-picker').textContent()).resolves.toContain('Support (SUP)');
  await expect(app.getByTestId('jsm-readiness-state').getAttribute('data-ready')).resolves.toBe('false');
  await expect(app.getByTestId('jsm-readiness-workflows').textContent()).resolves.toContain('SUP: Support workflow, used by Get IT help, Report a bug');
  for (const move of ['resolve', 'start', 'reopen']) await expect(workflowCheck(move).getAttribute('data-outcome')).resolves.toBe('pass');
  for (const key of ['BROWSE_PROJECTS', 'CREATE_ISSUES', 'TRANSITION_ISSUES', 'ADD_COMMENTS', 'ASSIGN_ISSUES']) await expect(outcome(`permission:${key}`)).resolves.toBe('pass');
  await expect(outcome('permission:add-customers')).resolves.toBe('pass');
  await expect(outcome('buckets:all-mapped')).resolves.toBe('fail');
  await expect(app.getByTestId('readiness-fix-buckets:all-mapped').textContent()).resolves.toContain('Review the bucket map below and save it');
  await expect(outcome('screen:resolve')).resolves.toBe('unknown');
  await expect(check('screen:resolve').textContent()).resolves.toContain('Raise a request in the desk');
  await expect(app.getByTestId('jsm-bucket-10011').getAttribute('data-bucket')).resolves.toBe('waiting');
  await expect(app.getByTestId('jsm-bucket-saved-at').textContent()).resolves.toBe('Proposed by Deskbridge; not saved yet.');
});

test('saving the bucket map and raising a first request make SUP ready', async () => {
  await app.getByTestId('jsm-bucket-save').click();
  await app.locator('[data-testid="readiness-check-buckets:all-mapped"][data-outcome="pass"]').waitFor();
  await expect(app.getByTestId('jsm-bucket-saved-at').textContent()).resolves.toContain('Saved');
  const raised = await fetch(`${deskbridge.jiraUrl}/rest/servicedeskapi/request`, {
    method: 'POST',
    headers: { authorization: basicAuthHeader(SEED_USERS.customerCasey.accountId), 'content-type': 'application/json' },
    body: JSON.stringify({ serviceDeskId: SEED_SERVICE_DESK.id, requestTypeId: SEED_SERVICE_DESK.requestTypes.getItHelp.id, requestFieldValues: { summary: 'Monitor flickers' } }),
  });
  expect(raised.status).toBe(201);
  await checkAgain();
  await app.locator('[data-testid="jsm-readiness-state"][data-ready="true"]').waitFor();
  await expect(outcome('screen:assignee')).resolves.toBe('pass');
  await expect(outcome('screen:required')).resolves.toBe('pass');
  await expect(app.getByTestId('jsm-readiness-summary').textContent()).resolves.toMatch(/Ready: all \d+ checks pass\./);
  await shoot('service-desks-ready');
});

test('a workflow without "Any → Resolved" shows the stuck status and the fix', async () => {
  const transitions = SERVICE_DESK_TRANSITIONS.map((transition) => (transition.id === '41' ? { ...transition, from: ['10010', '3', '4'] } : transition));
  const replaced = await fetch(`${deskbridge.jiraUrl}/__sandbox/projects/SUP/workflow`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ statuses: SERVICE_DESK_STATUSES, transitions }),
  });
  expect(replaced.status).toBe(200);
  await checkAgain();
  await app.locator('[data-testid="jsm-readiness-state"][data-ready="false"]').waitFor();
  const resolve = workflowCheck('resolve');
  await expect(resolve.getAttribute('data-outcome')).resolves.toBe('fail');
  await expect(resolve.textContent()).resolves.toContain('"Waiting for customer" has no transition to "Resolved" or "Closed"');
  await expect(resolve.textContent()).resolves.toContain('add a transition from any status to "Resolved"');
  await shoot('service-desks-not-ready');
});

test('a bucket changed in the editor is saved and kept', async () => {
  await app.getByTestId('jsm-bucket-10011-select--input').fill('In Progress');
  await app.getByTestId('jsm-bucket-10011-select--input').press('Enter');
  await expect(app.getByTestId('jsm-bucket-10011').getAttribute('data-bucket')).resolves.toBe('in-progress');
  await app.getByTestId('jsm-bucket-save').click();
  await app.locator('[data-testid="jsm-bucket-save"][disabled]').waitFor();
  const reopened = await openAs(page, deskbridge.siteUrl, 'admin', 'admin');
  await reopened.locator('[data-testid="jsm-bucket-10011"][data-bucket="in-progress"]').waitFor();
});

test('no page logged a console error', () => {
  expect(consoleErrors).toEqual([]);
});
