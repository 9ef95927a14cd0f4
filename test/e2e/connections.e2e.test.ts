/**
 * The Connections panel as a Jira admin uses it: connecting each help-desk sandbox through the
 * forms its connector spec describes, a wrong key refused with the vendor's reason, re-verify
 * while the help desk fails, disconnect, reconnect, rename and delete. After every step the
 * page is searched for the sandbox secrets: none may ever show. Saves test-results/connection-*.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { startLocalDeskbridge, type LocalDeskbridge } from '../../local/local-deskbridge';
import { FRESHDESK_SANDBOX } from '../../local/sandbox/freshdesk';
import { SEED_PROJECTS } from '../../local/sandbox/jira';
import { INTERCOM_SANDBOX } from '../../local/sandbox/intercom';
import { SERVICENOW_SANDBOX } from '../../local/sandbox/servicenow';
import { ZENDESK_SANDBOX } from '../../local/sandbox/zendesk';
import type { ConnectionView } from '../../src/shared/connections';
import type { IntegrationView } from '../../src/shared/integrations';
import { invokeOk, ROLES } from '../support/local-app';
import { launchChromium, newRecordingPage, openAs, screenshotApp } from './browser';

const repoRoot = path.resolve(__dirname, '../..');
const screenshots = path.join(repoRoot, 'test-results');
const SECRETS = [FRESHDESK_SANDBOX, ZENDESK_SANDBOX, INTERCOM_SANDBOX, SERVICENOW_SANDBOX].flatMap(({ secret, limitedSecret }) => [secret, limitedSecret]);
const WRONG_KEY = 'fdThisIsNotTheKey999';

let deskbridge: LocalDeskbridge;
let browser: Browser;
let page: Page;
let app: FrameLocator;
const consoleErrors: string[] = [];
/** The Freshdesk connection made in the first test, used by the later ones. */
let freshdeskId = '';

beforeAll(async () => {
  fs.mkdirSync(screenshots, { recursive: true });
  deskbridge = await startLocalDeskbridge({ repoRoot, port: 0, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'deskbridge-connections-e2e-')) });
  browser = await launchChromium();
  page = await newRecordingPage(browser, consoleErrors);
  page.setDefaultTimeout(15000);
  app = await open('admin', 'admin');
}, 60000);

afterAll(async () => {
  await browser?.close();
  await deskbridge?.close();
});

async function open(user: string, pageKey: string): Promise<FrameLocator> {
  await page.setViewportSize({ width: 1280, height: 900 });
  return openAs(page, deskbridge.siteUrl, user, pageKey);
}

/** The whole app, however tall: the host page's iframe fills the viewport, so grow the viewport first. */
const shoot = (name: string) => screenshotApp(page, app, path.join(screenshots, `${name}.png`));

/** Neither the text of the frame nor its markup may contain any sandbox secret. */
async function expectNoSecretShown() {
  const [text, html] = await Promise.all([app.locator('body').innerText(), app.locator('html').evaluate((root) => root.outerHTML)]);
  for (const secret of SECRETS) {
    expect(text).not.toContain(secret);
    expect(html).not.toContain(secret);
  }
}

async function pick(selectTestId: string, label: string) {
  await app.getByTestId(`${selectTestId}-select--input`).fill(label);
  await app.getByRole('option', { name: label, exact: true }).waitFor();
  await app.getByTestId(`${selectTestId}-select--input`).press('Enter');
}

const rowIds = (): Promise<string[]> =>
  app.locator('[data-testid^="connection-row-"]').evaluateAll((rows) => rows.map((row) => (row.getAttribute('data-testid') ?? '').replace('connection-row-', '')));

const status = (id: string) => app.getByTestId(`connection-status-${id}`);

/** Fills the connect form of `tool` and presses Connect; returns the new row's id once it is listed. */
async function connect(tool: string, fields: { domain: string; username?: string; secret: string }, name: string): Promise<string> {
  const before = await rowIds();
  await pick('add-connection-tool', tool);
  if (tool === 'Intercom') await pick('connection-field-domain', 'United States (app.intercom.com)');
  else await app.getByTestId('connection-field-domain').fill(fields.domain);
  if (fields.username !== undefined) await app.getByTestId('connection-field-username').fill(fields.username);
  await app.getByTestId('connection-field-secret').fill(fields.secret);
  await app.getByTestId('connection-name').fill(name);
  await app.getByTestId('connect-submit').click();
  await app.getByTestId('add-connection-success').waitFor();
  const id = (await rowIds()).find((candidate) => !before.includes(candidate));
  if (!id) throw new Error(`no new row for ${tool}`);
  return id;
}

test('the Connections panel sits above Integrations, empty, with a form per help desk', async () => {
  await app.getByTestId('connections-empty').waitFor();
  const order = await app.locator('[data-testid="connections-panel"], [data-testid="integrations-panel"]').evaluateAll((panels) => panels.map((panel) => panel.getAttribute('data-testid')));
  expect(order).toEqual(['connections-panel', 'integrations-panel']);
  await pick('add-connection-tool', 'Zendesk');
  const form = app.getByTestId('add-connection');
  for (const label of ['Zendesk address', 'Agent email', 'API token', 'Connection name']) await expect(form.textContent()).resolves.toContain(label);
  await expect(app.getByTestId('connection-field-domain').getAttribute('placeholder')).resolves.toBe('acme.zendesk.com');
  await expect(app.getByTestId('connection-field-secret').getAttribute('type')).resolves.toBe('password');
  await expect(app.getByTestId('connection-docs-link').getAttribute('href')).resolves.toMatch(/^https:\/\/developer\.zendesk\.com\//);
  await pick('add-connection-tool', 'Intercom');
  await app.getByTestId('connection-field-domain-select--input').click();
  await expect(app.getByRole('option').allTextContents()).resolves.toContain('United States (app.intercom.com)');
  await shoot('connection-add-form-intercom');
  await app.getByTestId('connection-field-domain-select--input').press('Escape');
  await pick('add-connection-tool', 'Freshdesk');
  await expect(app.getByTestId('connection-field-username').count()).resolves.toBe(0);
  await expect(form.textContent()).resolves.toContain('Profile settings → View API key');
});

test('a wrong Freshdesk key is refused with the reason; nothing is added and the typed key stays', async () => {
  await app.getByTestId('connection-field-domain').fill(FRESHDESK_SANDBOX.domain);
  await app.getByTestId('connection-field-secret').fill(WRONG_KEY);
  await app.getByTestId('connect-submit').click();
  await expect(app.getByTestId('form-error-text').textContent()).resolves.toMatch(/^The API key was rejected by Freshdesk \(401\)/);
  await expect(app.getByTestId('form-error').textContent()).resolves.toContain("Couldn't connect to Freshdesk");
  await expect(app.getByTestId('connection-field-secret').inputValue()).resolves.toBe(WRONG_KEY);
  // What is typed stays in the input, but never in the markup (no `value` attribute to read).
  await expect(app.locator('html').evaluate((root) => root.outerHTML)).resolves.not.toContain(WRONG_KEY);
  await expect(app.getByTestId('connections-empty').count()).resolves.toBe(1);
  await expect(rowIds()).resolves.toEqual([]);
  await shoot('connection-freshdesk-wrong-key');
});

test('a domain the server refuses is shown under the domain field', async () => {
  await app.getByTestId('connection-field-domain').fill('acme.freshdesk.com.evil.com');
  await app.getByTestId('connect-submit').click();
  await expect(app.getByTestId('form-error-domain').textContent()).resolves.toContain('is not a Freshdesk address');
  await expect(app.getByTestId('form-error').count()).resolves.toBe(0);
});

test('the Jira admin connects the Freshdesk sandbox and sees it Connected', async () => {
  // A slow first answer, so the progress is visible before the result.
  deskbridge.helpDesks.freshdesk.faults.plan({ mode: 'slow', delayMs: 1500 });
  await app.getByTestId('connection-field-domain').fill('acme');
  await app.getByTestId('connection-field-secret').fill(FRESHDESK_SANDBOX.secret);
  await app.getByTestId('connection-name').fill('Acme Freshdesk');
  await app.getByTestId('connect-submit').click();
  await app.getByTestId('connect-submit').getByText('Connecting to Freshdesk…').waitFor();
  await app.getByTestId('add-connection-success').waitFor();
  [freshdeskId] = await rowIds();
  await expect(status(freshdeskId).textContent()).resolves.toBe('Connected');
  const row = await app.getByTestId(`connection-row-${freshdeskId}`).textContent();
  expect(row).toContain('Acme Freshdesk');
  expect(row).toContain('acme.freshdesk.com');
  await expect(app.getByTestId(`connection-tool-${freshdeskId}`).textContent()).resolves.toBe('Freshdesk');
  expect(row).toContain('you');
  expect(row).toContain('Last verified just now');
  expect(row).toMatch(/API key •••• set on \w+/);
  await expect(app.getByTestId('local-flag').first().textContent()).resolves.toContain('Connected to Freshdesk');
  await expectNoSecretShown();
  await shoot('connection-freshdesk-connected');
});

test.each([
  ['Zendesk', 'zendesk', ZENDESK_SANDBOX],
  ['Intercom', 'intercom', INTERCOM_SANDBOX],
  ['ServiceNow', 'servicenow', SERVICENOW_SANDBOX],
] as const)('connects the %s sandbox and sees it Connected', async (label, tool, sandbox) => {
  const id = await connect(label, { domain: sandbox.domain, username: sandbox.username, secret: sandbox.secret }, `${label} sandbox`);
  await expect(status(id).textContent()).resolves.toBe('Connected');
  await expect(app.getByTestId(`connection-tool-${id}`).getAttribute('data-tool')).resolves.toBe(tool);
  await expect(app.getByTestId(`connection-domain-${id}`).textContent()).resolves.toBe(sandbox.domain);
  await expectNoSecretShown();
  await shoot(`connection-${tool}-connected`);
});

test('re-verify while Freshdesk fails shows Error with the reason', async () => {
  deskbridge.helpDesks.freshdesk.faults.plan({ mode: 'server-error', count: 5 });
  await app.getByTestId(`connection-verify-${freshdeskId}`).click();
  await app.locator(`[data-testid="connection-status-${freshdeskId}"][data-status="error"]`).waitFor();
  await expect(status(freshdeskId).textContent()).resolves.toBe('Error');
  await expect(app.getByTestId(`connection-status-reason-${freshdeskId}`).textContent()).resolves.toContain('Freshdesk is not answering properly');
  await expectNoSecretShown();
  await shoot('connection-freshdesk-error');
});

test('re-verify once Freshdesk answers again shows Connected', async () => {
  deskbridge.helpDesks.freshdesk.faults.clear();
  await app.getByTestId(`connection-verify-${freshdeskId}`).click();
  await app.locator(`[data-testid="connection-status-${freshdeskId}"][data-status="connected"]`).waitFor();
  await expect(app.getByTestId(`connection-status-reason-${freshdeskId}`).count()).resolves.toBe(0);
});

test('disconnect, after confirming, shows Disconnected and no stored key', async () => {
  await app.getByTestId(`connection-disconnect-${freshdeskId}`).click();
  await expect(app.getByTestId('connection-confirm-consequences').textContent()).resolves.toContain('Deskbridge forgets the API key');
  await app.getByTestId('connection-disconnect-confirm').click();
  await app.locator(`[data-testid="connection-status-${freshdeskId}"][data-status="disconnected"]`).waitFor();
  await expect(status(freshdeskId).textContent()).resolves.toBe('Disconnected');
  await expect(app.getByTestId(`connection-secret-${freshdeskId}`).textContent()).resolves.toBe('No API key stored');
  await expect(app.getByTestId(`connection-verify-${freshdeskId}`).count()).resolves.toBe(0);
  await expect(app.getByTestId(`connection-rotate-${freshdeskId}`).textContent()).resolves.toBe('Reconnect');
  await shoot('connection-freshdesk-disconnected');
});

test('reconnecting with a wrong key is refused; the right key reconnects', async () => {
  await app.getByTestId(`connection-rotate-${freshdeskId}`).click();
  const secret = app.getByTestId('connection-field-secret');
  await expect(secret.inputValue()).resolves.toBe('');
  await expect(secret.getAttribute('type')).resolves.toBe('password');
  await secret.fill(WRONG_KEY);
  await app.getByTestId('rotate-secret-submit').click();
  await expect(app.getByTestId('form-error-text').textContent()).resolves.toContain('The API key was rejected by Freshdesk (401)');
  await expect(status(freshdeskId).textContent()).resolves.toBe('Disconnected');
  await shoot('connection-freshdesk-reconnect-refused');
  await secret.fill(FRESHDESK_SANDBOX.secret);
  await app.getByTestId('rotate-secret-submit').click();
  await app.locator(`[data-testid="connection-status-${freshdeskId}"][data-status="connected"]`).waitFor();
  await expect(app.getByTestId('connection-work-area').count()).resolves.toBe(0);
  await expect(app.getByTestId(`connection-secret-${freshdeskId}`).textContent()).resolves.toMatch(/^API key •••• set on /);
  await expectNoSecretShown();
});

test('rotating the key offers only the secret field, with what happens to the current one', async () => {
  await app.getByTestId(`connection-rotate-${freshdeskId}`).click();
  const area = app.getByTestId('connection-work-area');
  await expect(area.textContent()).resolves.toContain('The new key replaces the current one only after it works');
  await expect(area.locator('input').count()).resolves.toBe(1);
  await app.getByTestId('connection-field-secret').fill(FRESHDESK_SANDBOX.secret);
  await app.getByTestId('rotate-secret-submit').click();
  await app.getByTestId('connection-work-area').waitFor({ state: 'detached' });
  await expect(status(freshdeskId).textContent()).resolves.toBe('Connected');
});

test('renames, and refuses to delete while an integration uses the connection', async () => {
  await app.getByTestId(`connection-rename-${freshdeskId}`).click();
  await app.getByTestId('rename-connection-name').fill('Acme support desk');
  await app.getByTestId('rename-connection-submit').click();
  await app.getByTestId(`connection-name-${freshdeskId}`).getByText('Acme support desk').waitFor();

  await invokeOk(deskbridge, ROLES.jiraAdmin, 'integrations/create', { name: 'Acme escalations', tool: 'freshdesk', projectId: SEED_PROJECTS.SUP.id, connectionId: freshdeskId });
  app = await open('admin', 'admin');
  await expect(app.getByTestId(`connection-used-by-${freshdeskId}`).textContent()).resolves.toBe('Acme escalations');
  await app.getByTestId(`connection-delete-${freshdeskId}`).click();
  await app.getByTestId('connection-delete-confirm').click();
  await expect(app.getByTestId('form-error-text').textContent()).resolves.toContain('is used by "Acme escalations"');
  await expect(rowIds()).resolves.toContain(freshdeskId);
  await shoot('connection-freshdesk-delete-refused');
  await app.getByTestId('connection-confirm-cancel').click();
});

test("the create-integration form offers only the chosen tool's connections, and links the one picked", async () => {
  const options = async () => {
    await app.getByTestId('create-integration-connection-select--input').click();
    const labels = await app.getByRole('option').allTextContents();
    await app.getByTestId('create-integration-connection-select--input').press('Escape');
    return labels;
  };
  await app.getByTestId('create-integration-name').fill('Acme SUP via connection');
  await pick('create-integration-tool', 'Intercom');
  await expect(options()).resolves.toEqual(['Intercom sandbox · api.intercom.io']);
  await pick('create-integration-tool', 'Freshdesk');
  await expect(options()).resolves.toEqual(['Acme support desk · acme.freshdesk.com']);
  await pick('create-integration-connection', 'Acme support desk · acme.freshdesk.com');
  // The project select searches the server as it is typed: type the name, then take the match.
  await app.getByTestId('create-integration-project-select--input').fill(SEED_PROJECTS.SUP.name);
  await app.getByRole('option', { name: `${SEED_PROJECTS.SUP.name} (SUP)`, exact: true }).waitFor();
  await app.getByTestId('create-integration-project-select--input').press('Enter');
  await app.getByTestId('create-integration-submit').click();
  await app.getByTestId('create-integration-success').waitFor();
  const integrations = await invokeOk<IntegrationView[]>(deskbridge, ROLES.jiraAdmin, 'integrations/list');
  expect(integrations.find((integration) => integration.name === 'Acme SUP via connection')?.connectionId).toBe(freshdeskId);
});

test('deletes an unused connection after confirming', async () => {
  const [zendesk] = (await invokeOk<ConnectionView[]>(deskbridge, ROLES.jiraAdmin, 'connections/list')).filter((connection) => connection.tool === 'zendesk');
  await app.getByTestId(`connection-delete-${zendesk.id}`).click();
  await expect(app.getByTestId('connection-confirm-consequences').textContent()).resolves.toContain("You can't undo this");
  await app.getByTestId('connection-delete-confirm').click();
  await app.getByTestId(`connection-row-${zendesk.id}`).waitFor({ state: 'detached' });
  await expectNoSecretShown();
});

test('project admins and tool-group members see no Connections panel', async () => {
  for (const [user, pageKey, panel] of [
    ['project-admin', 'project', 'project-integrations'],
    ['freshdesk-agent', 'global', 'tool-groups'],
  ] as const) {
    const other = await open(user, pageKey);
    await other.getByTestId(panel).waitFor();
    await other.getByTestId('integrations-panel').waitFor();
    await expect(other.getByTestId('connections-panel').count()).resolves.toBe(0);
  }
});

test('no page logged a console error', () => {
  expect(consoleErrors).toEqual([]);
});
