import fs from 'node:fs';
import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium); CHROMIUM_PATH overrides. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Launches headless Chromium with the flags this closed network needs (no background
 * networking, no component updates, no sync). Fails with the fix when Chromium is missing,
 * rather than skipping: a browser test that silently does not run proves nothing.
 */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it with 'apt-get install -y chromium' or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A page that records every console error (each browser test ends by asserting there were none). */
export async function newRecordingPage(browser: Browser, consoleErrors: string[], height = 900): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height } });
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  return page;
}

/** Opens the local site as `user` on `pageKey` and returns the frame of the app's Custom UI. */
export async function openAs(page: Page, siteUrl: string, user: string, pageKey: string): Promise<FrameLocator> {
  await page.goto(`${siteUrl}/?user=${user}&page=${pageKey}`);
  return page.frameLocator('[data-testid="forge-app"]');
}

/**
 * Saves the whole app frame as `file`: the page is made as tall as the frame's content (up to
 * 4,000 px) for the shot, then back to its usual size.
 */
export async function screenshotApp(page: Page, app: FrameLocator, file: string): Promise<void> {
  const height = await app.locator('body').evaluate((body) => body.ownerDocument.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1280, height: Math.min(height + 80, 4000) });
  await page.waitForTimeout(300);
  await page.screenshot({ path: file, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}
