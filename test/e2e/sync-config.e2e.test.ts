/**
 * The integration editor as a Jira admin uses it on the admin page: open an integration's sync
 * settings, walk the six steps, see the server refuse a status no transition leads to (under the
 * step it belongs to), fix it, review, save and enable. Then the freshdesk agent sees the same
 * settings read-only. Saves test-results/sync-config-*.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { startLocalDeskbridge, type LocalDeskbridge } from '../../local/local-deskbridge';
import { FRESHDESK_SANDBOX } from '../../local/sandbox/freshdesk';
import { SEED_PROJECTS } from '../../local/sandbox/jira';
import type { IntegrationView } from '../../src/shared/integrations';
import type { SyncConfigState } from '../../src/sync/config/editor-views';
import { invokeOk, ROLES } from '../support/local-app';
import { launchChromium, newRecordingPage, openAs, screenshotApp } from './browser';

const repoRoot = path.resolve(__dirname, '../..');
const screenshots = path.join(repoRoot, 'test-results');

let deskbridge: LocalDeskbridge;
let browser: Browser;
let page: Page;
let integration: IntegrationView;
const consoleErrors: string[] = [];

beforeAll(async () => {
  fs.mkdirSync(screenshots, { recursive: true });
  deskbridge = await startLocalDeskbridge({ repoRoot, port: 0, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'deskbridge-sync-config-e2e-')) });
  const form = { tool: 'freshdesk', name: 'Acme', domain: FRESHDESK_SANDBOX.domain, secret: FRESHDESK_SANDBOX.secret };
  const connection = await invokeOk(deskbridge, ROLES.jiraAdmin, 'connections/create', form);
  integration = await invokeOk<IntegrationView>(deskbridge, ROLES.jiraAdmin, 'integrations/create', {
    name: 'Freshdesk support',
    tool: 'freshdesk',
    projectId: SEED_PROJECTS.SUP.id,
    connectionId: connection.id,
  });
  browser = await launchChromium();
  page = await newRecordingPage(browser, consoleErrors);
  page.setDefaultTimeout(15000);
}, 60000);

afterAll(async () => {
  await browser?.close();
  await deskbridge?.close();
});

const shoot = (app: FrameLocator, name: string) => screenshotApp(page, app, path.join(screenshots, `${name}.png`));

/** Picks an option of an Atlaskit select by typing its label. */
async function pick(app: FrameLocator, selectTestId: string, label: string) {
  await app.getByTestId(`${selectTestId}-select--input`).fill(label);
  await app.getByTestId(`${selectTestId}-select--input`).press('Enter');
}

const text = async (app: FrameLocator, testId: string) => (await app.getByTestId(testId).textContent()) ?? '';

describe('Jira admin on the admin page', () => {
  let app: FrameLocator;
  beforeAll(async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    app = await openAs(page, deskbridge.siteUrl, 'admin', 'admin');
  });

  test('opens the editor from the integration row, with the defaults and the sync off', async () => {
    await app.getByTestId(`integration-sync-${integration.id}`).click();
    await app.getByTestId('sync-editor').waitFor();
    await expect(app.getByTestId('sync-enabled').getAttribute('data-enabled')).resolves.toBe('false');
    await expect(text(app, 'sync-status')).resolves.toContain('Not saved yet');
    await expect(text(app, 'sync-direction')).resolves.toContain('Both ways (Freshdesk ⇄ Jira)');
  });

  test('step 2: the request type is preselected; new tickets with status Open create issues', async () => {
    await app.getByTestId('sync-next').click();
    await app.getByTestId('sync-step-linking').waitFor();
    await expect(text(app, 'sync-request-type')).resolves.toContain('Get IT help');
    await app.getByTestId('sync-tickets-create-issues').check();
    await pick(app, 'sync-filter-statuses', 'Open');
    await expect(text(app, 'sync-filter-statuses')).resolves.toContain('Open');
  });

  test('step 3: maps the Freshdesk field cf_region to the Jira field Region', async () => {
    await app.getByTestId('sync-next').click();
    await app.getByTestId('sync-step-fields').waitFor();
    await expect(text(app, 'sync-priority-urgent')).resolves.toContain('Highest');
    await app.getByTestId('sync-custom-add').click();
    await app.getByTestId('sync-custom-0-ticket-field').fill('cf_region');
    await pick(app, 'sync-custom-0-jira-field', 'Region');
    await expect(text(app, 'sync-custom-0-jira-field')).resolves.toContain('Region (text)');
  });

  test('step 4: the status mapping is proposed; Open is pointed at New, which no transition leads to', async () => {
    await app.getByTestId('sync-next').click();
    await app.getByTestId('sync-step-statuses').waitFor();
    await expect(app.getByTestId('sync-status-to-jira-2').getAttribute('data-value')).resolves.toBe('4');
    await expect(text(app, 'sync-status-to-jira-3')).resolves.toContain('Waiting for customer');
    await pick(app, 'sync-status-to-jira-2', 'New (no transition');
    await expect(app.getByTestId('sync-status-to-jira-2').getAttribute('data-value')).resolves.toBe('10010');
  });

  test('steps 5 and 6: comments, then a plain summary of everything', async () => {
    await app.getByTestId('sync-next').click();
    await app.getByTestId('sync-step-comments').waitFor();
    await expect(app.getByTestId('sync-comments-out').isChecked()).resolves.toBe(true);
    await app.getByTestId('sync-next').click();
    await app.getByTestId('sync-step-review').waitFor();
    await expect(text(app, 'sync-review-linking')).resolves.toContain('New issues are raised as the request type Get IT help (Service Request).');
    await expect(text(app, 'sync-review-linking')).resolves.toContain('New Freshdesk tickets create issues: only those with status Open.');
    await expect(text(app, 'sync-review-fields')).resolves.toContain('cf_region ↔ Region (text): Both ways');
    await expect(text(app, 'sync-review-statuses')).resolves.toContain('Open → New');
  });

  test("saving shows the server's problem under its step, and nothing is saved", async () => {
    await app.getByTestId('sync-save').click();
    await app.getByTestId('sync-problems-statuses').waitFor();
    await expect(text(app, 'sync-problems-statuses')).resolves.toContain("Status mapping: no transition leads to 'New' in SUP's workflow");
    await expect(text(app, 'sync-stepper-problems-statuses')).resolves.toBe('1');
    await shoot(app, 'sync-config-review-problem');
    const state = await invokeOk<SyncConfigState>(deskbridge, ROLES.jiraAdmin, 'sync-config/get', { integrationId: integration.id });
    expect(state.saved).toBe(false);
  });

  test('fixes the mapping on its step, then saves and enables from the review', async () => {
    await app.getByTestId('sync-stepper-statuses').click();
    await app.getByTestId('sync-step-problems-statuses').waitFor();
    await pick(app, 'sync-status-to-jira-2', 'Reopened');
    await app.getByTestId('sync-stepper-review').click();
    await app.getByTestId('sync-save-enable').click();
    await app.getByTestId('sync-saved').waitFor();
    await expect(text(app, 'sync-saved')).resolves.toBe('Saved. The sync is on.');
    await expect(app.getByTestId('sync-enabled').getAttribute('data-enabled')).resolves.toBe('true');
    await expect(app.getByTestId('sync-problems-statuses').count()).resolves.toBe(0);
    await shoot(app, 'sync-config-saved');
    const state = await invokeOk<SyncConfigState>(deskbridge, ROLES.jiraAdmin, 'sync-config/get', { integrationId: integration.id });
    expect(state).toMatchObject({ saved: true, config: { enabled: true, requestTypeId: '10', issueTypeId: '10100' } });
    expect(state.config.linking).toMatchObject({ ticketsCreateIssues: true, ticketFilter: { statusIds: ['2'] } });
    expect(state.config.fields.custom).toEqual([{ ticketField: 'cf_region', jiraFieldId: 'customfield_10100', type: 'text', direction: 'both' }]);
    expect(state.config.statuses.toJira['2']).toBe('4');
  });

  test('the editor opens again on the saved settings', async () => {
    await app.getByTestId('integration-work-area-close').click();
    await app.getByTestId(`integration-sync-${integration.id}`).click();
    await expect(text(app, 'sync-status')).resolves.toContain('Settings saved');
    await expect(app.getByTestId('sync-enabled').getAttribute('data-enabled')).resolves.toBe('true');
  });
});

describe('freshdesk agent on the global page', () => {
  test("sees the admin's settings read-only: no save, no switch", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const app = await openAs(page, deskbridge.siteUrl, 'freshdesk-agent', 'global');
    await app.getByTestId(`integration-sync-${integration.id}`).click();
    await app.getByTestId('sync-read-only').waitFor();
    await expect(app.getByTestId('sync-disable').count()).resolves.toBe(0);
    await app.getByTestId('sync-stepper-review').click();
    await expect(text(app, 'sync-review-direction')).resolves.toContain('The sync is on.');
    await expect(app.getByTestId('sync-save').count()).resolves.toBe(0);
    await shoot(app, 'sync-config-read-only');
    await app.getByTestId('sync-stepper-direction').click();
    await expect(app.getByTestId('sync-direction-select--input').isDisabled()).resolves.toBe(true);
  });
});

test('no page logged a console error', () => {
  expect(consoleErrors).toEqual([]);
});
