// End to end in Debian's chromium: a broken scenario file shows every problem with its
// path and keeps the current scenario; a bad value shows beside its control; the strategy
// timeline moves levers from the keyboard; a shared link restores the edited scenario.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startApp, type AppSession } from './support/app-session.js';
import { laidOutBox } from './support/browser.js';

const DEFAULT = JSON.parse(readFileSync(join(ROOT, 'scenarios', 'default.json'), 'utf8'));

let session: AppSession;

beforeAll(async () => {
  session = await startApp();
  await session.page.waitForSelector('.guide-panel h2');
});

afterAll(async () => {
  await session?.stop();
});

async function openFile(name: string, text: string): Promise<void> {
  await session.page.setInputFiles('#file-input', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

describe('bad input', () => {
  it('lists every problem of a broken file with its path and keeps the current scenario', async () => {
    const { page } = session;
    const broken = structuredClone(DEFAULT);
    broken.name = 'broken';
    broken.replicates = 0;
    broken.intervention.advantage = 20;
    broken.strategies[1].levers[1].start = -3;
    broken.dynamics = { awarenes: {} };
    await openFile('broken.json', JSON.stringify(broken, null, 2));
    await page.waitForSelector('#json-failure:not([hidden])');
    expect(await page.getAttribute('#tab-json', 'aria-selected')).toBe('true');
    const items = await page.$$eval('#json-failure li', (li) => li.map((x) => x.textContent));
    expect(items).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^replicates: expected a number >= 1, got 0/),
        'intervention.advantage: expected a number <= 10, got 20',
        expect.stringMatching(/^strategies\[1\]\.levers\[1\]\.start: expected a number >= 0, got -3/),
        expect.stringMatching(/^dynamics\.awarenes: unknown field/),
      ]),
    );
    expect(await page.textContent('#json-failure')).toMatch(/broken\.json was not loaded: 4 problems.*current scenario is unchanged/s);
    // The text is kept for fixing, the current scenario still runs.
    expect(await page.inputValue('#json-text')).toContain('"awarenes"');
    expect(await page.textContent('.guide-panel h2')).toBe('default');
    expect(await page.isDisabled('#run')).toBe(false);
    await page.screenshot({ path: join(ROOT, 'test-results', 'e2e-broken-file.png') });
  });

  it('names the line and column of malformed JSON, and loads the file once fixed', async () => {
    const { page } = session;
    await openFile('typo.json', '{\n  "name": "typo",\n  "strategies": [],\n}');
    await page.waitForFunction(() => document.querySelector('#json-failure')?.textContent?.includes('typo.json'));
    expect(await page.textContent('#json-failure li')).toBe("(file): line 4, column 1: malformed JSON: unexpected '}': trailing comma");
    const fixed = { ...DEFAULT, name: 'fixed' };
    await page.fill('#json-text', JSON.stringify(fixed));
    await page.click('#json-apply');
    await page.waitForFunction(() => document.querySelector('.guide-panel h2')?.textContent === 'fixed');
    expect(await page.isHidden('#json-failure')).toBe(true);
    expect(await page.inputValue('#scenario-select')).toBe('__own__');
  });

  it('shows a bad value beside its control and blocks running until it is fixed', async () => {
    const { page } = session;
    await page.click('#tab-settings');
    const field = page.locator('[data-path="intervention.advantage"]');
    const input = field.locator('input[type="number"]');
    await input.fill('20');
    await input.press('Tab');
    await expect(field.locator('.field-error').textContent()).resolves.toBe('expected a number <= 10, got 20');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await page.isDisabled('#run')).toBe(true);
    expect(await page.textContent('#problem-count')).toBe('1 problem to fix');
    await page.screenshot({ path: join(ROOT, 'test-results', 'e2e-field-error.png') });
    await input.fill('1.5');
    await input.press('Tab');
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('#run')!.disabled);
    expect(await field.locator('.field-error').isHidden()).toBe(true);
  });
});

describe('strategy editor and share link', () => {
  it('moves a lever with the keyboard and adds another', async () => {
    const { page } = session;
    await page.click('#tab-strategies');
    const mandate = page.locator('[data-focus-key="lever-0-1"]');
    await mandate.focus();
    await mandate.press('ArrowRight');
    await mandate.press('Shift+ArrowRight');
    await mandate.press('Alt+ArrowLeft');
    await expect(page.locator('[data-focus-key="lever-0-1"]').getAttribute('aria-label')).resolves.toMatch(/from 11 to 114 weeks/);
    // Focus stays on the lever across the redraw.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-focus-key'))).toBe('lever-0-1');
    await page.selectOption('#add-lever-0', 'incentive');
    await page.waitForSelector('[data-focus-key="lever-0-2"]');
    expect(await page.textContent('.strategy-card .lever-form h3')).toMatch(/incentive/);
    // The edited scenario is checked in a worker and the editor redrawn: let that finish
    // (the pool's warm-up may be taking the cores meanwhile) before dragging.
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('#run')!.disabled);
    // Drag the new lever's bar to the right with the mouse: start and end move together.
    const box = await laidOutBox(page.locator('[data-focus-key="lever-0-2"] rect'));
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    const label = (await page.locator('[data-focus-key="lever-0-2"]').getAttribute('aria-label'))!;
    const [, start, end] = /from (\d+) to (\d+)/.exec(label)!.map(Number);
    expect(start).toBeGreaterThan(0);
    expect(end - start).toBe(130);
    await page.screenshot({ path: join(ROOT, 'test-results', 'e2e-strategies.png') });
  });

  it('restores the edited scenario from a shared link', async () => {
    const { page, context } = session;
    await page.click('.menu > summary');
    await page.click('button[data-export="share"]');
    // The link is made asynchronously (deflate).
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#share-url')!.value.includes('#scenario='));
    const url = await page.inputValue('#share-url');
    expect(url).toMatch(/#scenario=/);
    const other = await context.newPage();
    try {
      await other.goto(url);
      await other.waitForFunction(() => document.querySelector('.guide-panel h2')?.textContent === 'fixed');
      await other.click('#tab-strategies');
      await expect(other.locator('[data-focus-key="lever-0-1"]').getAttribute('aria-label')).resolves.toMatch(/from 11 to 114 weeks/);
      expect(await other.locator('[data-focus-key="lever-0-2"]').count()).toBe(1);
      await other.click('#tab-settings');
      expect(await other.inputValue('[data-path="intervention.advantage"] input[type="number"]')).toBe('1.5');
    } finally {
      await other.close();
    }
  });

  it('made no request outside the app and logged no error', () => {
    expect(session.external).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
