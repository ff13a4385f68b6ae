// End to end in Debian's chromium, on the built site (dist-app/): load the app, choose a
// scenario, run it, see one curve per strategy, export the results (the same numbers as
// the CLI), play the network view; no console errors and no request leaving the page.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startApp, type AppSession } from './support/app-session.js';

const REPS = 12;

let session: AppSession;

beforeAll(async () => {
  session = await startApp();
  await session.page.waitForSelector('.guide-panel h2');
});

afterAll(async () => {
  await session?.stop();
});

async function downloadText(click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([session.page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('the web app', () => {
  it('opens on the default scenario with its guide', async () => {
    const { page } = session;
    expect(await page.title()).toMatch(/Spread simulator/);
    expect(await page.inputValue('#scenario-select')).toBe('default.json');
    const options = await page.$$eval('#scenario-select option:not([hidden])', (o) => o.map((x) => (x as HTMLOptionElement).value));
    expect(options).toEqual(expect.arrayContaining(['default.json', 'validation/bass.json']));
    await expect(page.textContent('.guide-panel')).resolves.toMatch(/Things to notice/);
    // Once idle, the app warms its workers with one replicate each, before any Run.
    await page.waitForSelector('#app[data-warm="done"]', { state: 'attached', timeout: 30_000 });
  });

  it('switches scenario, runs one, and draws one curve per strategy', async () => {
    const { page } = session;
    await page.selectOption('#scenario-select', 'validation/bass.json');
    await page.waitForFunction(() => document.querySelector('.guide-panel h2')?.textContent === 'bass');
    await page.selectOption('#scenario-select', 'default.json');
    await page.waitForFunction(() => document.querySelector('.guide-panel h2')?.textContent === 'default');
    // Fewer replicates, through the generated control.
    await page.click('#tab-settings');
    await page.click('summary:has-text("Runs and time")');
    const reps = page.locator('[data-path="replicates"] input[type="number"]');
    // A long run can be cancelled: the workers stop and Run is offered again.
    await reps.fill('5000');
    await reps.press('Tab');
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('#run')!.disabled);
    await page.click('#run');
    await page.waitForSelector('#progress-text[data-state="running"]');
    await page.click('#cancel');
    await page.waitForSelector('#progress-text[data-state="cancelled"]');
    expect(await page.textContent('#progress-text')).toMatch(/^Cancelled after \d+ of 5000$/);
    expect(await page.isVisible('#run')).toBe(true);
    await reps.fill(String(REPS));
    await reps.press('Tab');
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('#run')!.disabled);
    await page.click('#run');
    await page.waitForFunction(() => document.querySelector('#progress-text')?.getAttribute('data-state') === 'done', null, {
      timeout: 60_000,
    });
    expect(await page.textContent('#progress-text')).toMatch(new RegExp(`^${REPS} replicates in`));
    // The view draws in small tasks after the last result.
    await page.waitForSelector(`.compare-view[data-drawn="done:${REPS}"]`);
    const lines = await page.$$eval('#chart-adoption path.median-line', (p) => p.map((x) => x.getAttribute('data-strategy')));
    expect(lines).toEqual(['Push mandate', 'Peer networks', 'Incentives']);
    expect(await page.locator('#chart-sustainment path.median-line').count()).toBe(3);
    expect(await page.locator('#chart-adoption .lever-period').count()).toBe(3);
    // A curve that rises: its path spans the plot.
    const d = await page.getAttribute('#chart-adoption path.median-line', 'd');
    expect(d!.split(/[ML]/).length).toBeGreaterThan(200);
    expect(await page.locator('.metrics-table thead th').count()).toBe(4);
    expect(await page.locator('.small-multiples .chart-box').count()).toBe(7);
    await page.screenshot({ path: join(ROOT, 'test-results', 'e2e-compare.png') });
  });

  it("exports the summary CSV with the CLI's numbers, and the curves", async () => {
    const { page } = session;
    await page.click('.menu > summary');
    const summary = await downloadText(() => page.click('button[data-export="summary-csv"]'));
    expect(summary.name).toBe('default-summary.csv');
    const out = mkdtempSync(join(tmpdir(), 'spread-e2e-'));
    try {
      const cli = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'run', join(ROOT, 'scenarios', 'default.json'), '--reps', String(REPS), '--out', join(out, 'run'), '--quiet'], {
        encoding: 'utf8',
      });
      expect(cli.stderr).toBe('');
      expect(summary.text).toBe(readFileSync(join(out, 'run', 'summary.csv'), 'utf8'));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    const curves = await downloadText(() => page.click('button[data-export="curves-csv"]'));
    const rows = curves.text.trimEnd().split('\n');
    expect(rows[0]).toBe('strategy,quantity,group_kind,group,t,median,p5,p95,replicates');
    expect(rows).toContain(rows.find((r) => r.startsWith(`Incentives,in_use_share,,,260,`))!);
    expect(rows.filter((r) => r.endsWith(`,${REPS}`)).length).toBeGreaterThan(3 * 261);
    await page.click('.menu > summary');
  });

  it('plays one replicate in the network view and shows a unit on hover', async () => {
    const { page } = session;
    await page.click('#tab-network');
    await page.waitForSelector('#net-canvas[data-frames]', { timeout: 30_000 });
    const total = async () =>
      (await page.$$eval('.net-legend .state-count', (c) => c.map((x) => Number(x.textContent!.split(' ')[0].replace(/,/g, ''))))).reduce(
        (a, b) => a + b,
        0,
      );
    expect(await total()).toBe(300);
    await page.selectOption('#net-speed', '90');
    await page.click('#net-play');
    await page.waitForFunction(() => Number(document.querySelector<HTMLCanvasElement>('#net-canvas')!.dataset.step) >= 40);
    await page.click('#net-play');
    expect(await page.getAttribute('#net-play', 'aria-pressed')).toBe('false');
    expect(await total()).toBe(300);
    // Hover the first unit: its card tells its story.
    await page.fill('#net-find', '0');
    await expect(page.textContent('#unit-card')).resolves.toMatch(/Unit 0: .*History/s);
    await page.screenshot({ path: join(ROOT, 'test-results', 'e2e-network.png') });
  });

  it('made no request outside the app and logged no error', () => {
    expect(session.external).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
