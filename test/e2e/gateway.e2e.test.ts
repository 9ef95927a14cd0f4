/**
 * The Bot gateway panel as a Jira admin uses it: the gateway URL and a curl to try, issuing a key
 * that is shown once (and works at that URL), its audit trail, and after a reload the key is gone
 * from the page for good; then rotate and revoke, each after confirming.
 * Saves test-results/gateway-*.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { startLocalDeskbridge, type LocalDeskbridge } from '../../local/local-deskbridge';
import { launchChromium, newRecordingPage, openAs } from './browser';

const repoRoot = path.resolve(__dirname, '../..');
const screenshots = path.join(repoRoot, 'test-results');

let deskbridge: LocalDeskbridge;
let browser: Browser;
let page: Page;
let app: FrameLocator;
const consoleErrors: string[] = [];
let token = '';
let keyId = '';

beforeAll(async () => {
  fs.mkdirSync(screenshots, { recursive: true });
  deskbridge = await startLocalDeskbridge({ repoRoot, port: 0, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'deskbridge-gateway-e2e-')) });
  browser = await launchChromium();
  page = await newRecordingPage(browser, consoleErrors);
  page.setDefaultTimeout(15000);
  app = await openAs(page, deskbridge.siteUrl, 'admin', 'admin');
}, 60000);

afterAll(async () => {
  await browser?.close();
  await deskbridge?.close();
});

async function shoot(name: string) {
  await app.getByTestId('gateway-panel').screenshot({ path: path.join(screenshots, `${name}.png`) });
}

const callGateway = (url: string, key: string) => fetch(`${url}/service-desks`, { headers: { Authorization: `Bearer ${key}` } });

test('the panel shows the gateway URL, a curl to try, and no keys yet', async () => {
  await app.getByTestId('gateway-keys-empty').waitFor();
  const url = (await app.getByTestId('gateway-url').textContent()) ?? '';
  expect(url).toBe(`${deskbridge.siteUrl}/x1/bot-gateway`);
  await expect(app.getByTestId('gateway-curl-read').textContent()).resolves.toContain(`curl -s "${url}/service-desks"`);
  await expect(app.getByTestId('gateway-curl-read').textContent()).resolves.toContain('Bearer dbk_…');
  await shoot('gateway-empty');
});

test('issuing a key shows it once, with a copy button and a warning; the key works at the URL', async () => {
  await app.getByTestId('gateway-key-name').fill('Support bot');
  await app.getByTestId('gateway-key-operations-select--input').fill('Create requests');
  await app.getByRole('option', { name: 'Create requests', exact: true }).waitFor();
  await app.getByTestId('gateway-key-operations-select--input').press('Enter');
  await app.getByTestId('gateway-key-submit').click();
  await app.getByTestId('issued-key').waitFor();
  token = await app.getByTestId('issued-key-value').inputValue();
  expect(token).toMatch(/^dbk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
  keyId = token.slice(4, 20);
  await expect(app.getByTestId('issued-key-warning').textContent()).resolves.toContain('only time Deskbridge shows it');
  await app.getByTestId('issued-key-copy').click();
  await app.getByTestId(`gateway-key-row-${keyId}`).waitFor();
  await expect(app.getByTestId(`gateway-key-hint-${keyId}`).textContent()).resolves.toBe(`dbk_${keyId}_…`);
  await expect(app.getByTestId(`gateway-key-status-${keyId}`).getAttribute('data-status')).resolves.toBe('active');
  await expect(app.getByTestId(`gateway-key-used-${keyId}`).textContent()).resolves.toBe('Never used');
  await shoot('gateway-key-issued');

  const answer = await callGateway(`${deskbridge.siteUrl}/x1/bot-gateway`, token);
  expect(answer.status).toBe(200);
  expect(await answer.json()).toMatchObject({ keyName: 'Support bot', operations: ['read', 'create'] });
});

test('after a reload the key is gone from the page for good; the row and its audit trail stay', async () => {
  app = await openAs(page, deskbridge.siteUrl, 'admin', 'admin');
  await app.getByTestId(`gateway-key-row-${keyId}`).waitFor();
  await expect(app.getByTestId('issued-key').count()).resolves.toBe(0);
  const html = await app.locator('html').evaluate((root) => root.outerHTML);
  expect(html).not.toContain(token);
  expect(html).not.toContain(token.slice(21));
  await expect(app.getByTestId(`gateway-key-used-${keyId}`).textContent()).resolves.toBe('Used just now');
  await app.getByTestId(`gateway-key-audit-${keyId}`).click();
  await app.getByTestId('gateway-audit-entry-0').waitFor();
  await expect(app.getByTestId('gateway-audit-entry-0').textContent()).resolves.toContain('GET service-desks.list');
  await shoot('gateway-key-audit');
  await app.getByTestId('gateway-work-area-close').click();
});

test('rotate, after confirming, shows a new key once; the old one stops working', async () => {
  await app.getByTestId(`gateway-key-rotate-${keyId}`).click();
  await expect(app.getByTestId('gateway-confirm-consequences').textContent()).resolves.toContain('The current key stops working at once');
  await app.getByTestId('gateway-rotate-confirm').click();
  await app.getByTestId('issued-key').waitFor();
  const rotated = await app.getByTestId('issued-key-value').inputValue();
  expect(rotated).not.toBe(token);
  expect((await callGateway(`${deskbridge.siteUrl}/x1/bot-gateway`, token)).status).toBe(401);
  expect((await callGateway(`${deskbridge.siteUrl}/x1/bot-gateway`, rotated)).status).toBe(200);
  await app.getByTestId('issued-key-done').click();
  await expect(app.getByTestId('issued-key').count()).resolves.toBe(0);
  await expect(app.locator('html').evaluate((root) => root.outerHTML)).resolves.not.toContain(rotated);
  token = rotated;
});

test('revoke, after confirming, marks the key Revoked and the gateway refuses it', async () => {
  await app.getByTestId(`gateway-key-revoke-${keyId}`).click();
  await expect(app.getByTestId('gateway-confirm-consequences').textContent()).resolves.toContain('You cannot undo this');
  await app.getByTestId('gateway-revoke-confirm').click();
  await app.locator(`[data-testid="gateway-key-status-${keyId}"][data-status="revoked"]`).waitFor();
  await expect(app.getByTestId(`gateway-key-rotate-${keyId}`).count()).resolves.toBe(0);
  expect((await callGateway(`${deskbridge.siteUrl}/x1/bot-gateway`, token)).status).toBe(401);
  await shoot('gateway-key-revoked');
  expect(consoleErrors).toEqual([]);
});
