import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/**
 * Opens the fixture report in Debian's headless Chromium (never a downloaded browser) and checks it as a reader
 * would meet it: it loads without console errors or network requests, the charts are drawn, the filters work, and a
 * screenshot is saved (to $REPORT_SCREENSHOT, default <tmpdir>/stance-shift-report.png).
 * Skips only when /usr/bin/chromium is missing outside CI; in CI a missing browser fails the test.
 */
const CHROMIUM = '/usr/bin/chromium';
const root = resolve(__dirname, '../..');
const TSX = pathToFileURL(require.resolve('tsx', { paths: [root] })).href;
const haveChromium = existsSync(CHROMIUM);
const run = haveChromium || process.env.CI ? describe : describe.skip;
if (!haveChromium && !process.env.CI) {
  // eslint-disable-next-line no-console
  console.warn(`Skipping the browser test of the report: ${CHROMIUM} is missing (install it with: apt-get install -y chromium).`);
}

run('the HTML report in headless Chromium', () => {
  let work: string;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  const dialogs: string[] = [];
  let pageUrl: string;
  const screenshot = process.env.REPORT_SCREENSHOT ?? join(tmpdir(), 'stance-shift-report.png');

  beforeAll(async () => {
    expect(existsSync(CHROMIUM)).toBe(true);
    work = mkdtempSync(join(tmpdir(), 'stance-browser-'));
    const rendered = JSON.parse(
      execFileSync(process.execPath, ['--import', TSX, resolve(__dirname, 'scripts/renderFixtures.ts')], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }),
    ) as { report: string };
    const file = join(work, 'report.html');
    writeFileSync(file, rendered.report);
    pageUrl = pathToFileURL(file).href;
    context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1200, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    page.on('request', (r) => {
      if (r.url() !== pageUrl) requests.push(r.url());
    });
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.goto(pageUrl, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await context?.close();
    if (work !== undefined) rmSync(work, { recursive: true, force: true });
  });

  it('loads with no console error, no network request and no script from the data', async () => {
    await page.waitForTimeout(200);
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('draws every chart with visible marks', async () => {
    const charts = await page.$$eval('figure.chart svg', (svgs) =>
      svgs.map((svg) => ({ width: svg.getBoundingClientRect().width, height: svg.getBoundingClientRect().height, marks: svg.querySelectorAll('path').length })),
    );
    expect(charts).toHaveLength(5);
    for (const c of charts) {
      expect(c.width).toBeGreaterThan(200);
      expect(c.height).toBeGreaterThan(200);
      expect(c.marks).toBeGreaterThan(10);
    }
  });

  it('shows the statement with markup as text, not as an element', async () => {
    const text = await page.locator('#statements tbody').innerText();
    expect(text).toContain('<script>alert("x")</script>');
    expect(await page.locator('#statements tbody script').count()).toBe(0);
  });

  const visibleRows = (): Promise<number> => page.locator('#statements tbody tr:not([hidden])').count();

  it('filters the table as the reader types and selects', async () => {
    const all = await page.locator('#statements tbody tr').count();
    expect(all).toBe(6);
    expect(await visibleRows()).toBe(all);
    await page.fill('#q', 'beijing');
    expect(await visibleRows()).toBe(1);
    expect(await page.locator('#count').innerText()).toBe('1 of 6 statements');
    await page.fill('#q', 'moscow talks');
    expect(await visibleRows()).toBe(1);
    await page.fill('#q', 'no-such-word');
    expect(await visibleRows()).toBe(0);
    await page.fill('#q', '');
    await page.selectOption('#dim', 'recognition');
    expect(await visibleRows()).toBe(1);
    await page.selectOption('#dim', '');
    await page.selectOption('#rule', 'negation');
    expect(await page.locator('#statements tbody tr:not([hidden]) td.text').innerText()).toContain('not planning to cut contacts');
    await page.selectOption('#rule', '');
    await page.selectOption('#actor', 'China');
    expect(await visibleRows()).toBe(1);
    await page.selectOption('#actor', '');
    expect(await visibleRows()).toBe(all);
  });

  it('saves a screenshot of the whole page', async () => {
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(statSync(screenshot).size).toBeGreaterThan(50_000);
  });
});
