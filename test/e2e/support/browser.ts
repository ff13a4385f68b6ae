// Headless Debian chromium through playwright-core, with a fresh profile, and a page
// that records console errors, page errors and every request that leaves the app's origin.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export interface Session {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and uncaught page errors, in order. */
  readonly errors: string[];
  /** Requests to anywhere but the app's own origin (blob: and data: are local). */
  readonly external: string[];
  /** The profile directory (chromium's --user-data-dir). */
  readonly profile: string;
  close(): Promise<void>;
}

export async function openSession(origin: string, viewport = { width: 1280, height: 800 }): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'spread-chromium-'));
  // A persistent context is how playwright passes --user-data-dir.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    viewport,
    acceptDownloads: true,
  });
  const browser = context.browser() as Browser;
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  const external: string[] = [];
  const local = (url: string) => url.startsWith(origin) || url.startsWith('blob:') || url.startsWith('data:');
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  context.on('request', (r) => {
    if (!local(r.url())) external.push(r.url());
  });
  return {
    browser,
    context,
    page,
    errors,
    external,
    profile,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The box of the element `locator` matches once it is laid out (null from playwright
 * while the app is still redrawing it), polled for up to `timeout` ms.
 */
export async function laidOutBox(locator: Locator, timeout = 10_000): Promise<{ x: number; y: number; width: number; height: number }> {
  const until = Date.now() + timeout;
  for (;;) {
    const box = await locator.boundingBox();
    if (box && box.width > 0 && box.height > 0) return box;
    if (Date.now() > until) throw new Error(`no laid-out box for ${String(locator)} within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
