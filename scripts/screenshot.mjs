// Takes screenshots of pages of a running site, for looking at what a reader sees.
// Usage: node scripts/screenshot.mjs <url-path> [--width 1280] [--theme light|dark] [--out file.png] [--full]
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const path = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? '/';
const width = Number(opt('width', '1280'));
const theme = opt('theme', 'light');
const out = opt('out', `/tmp/shot-${path.replace(/\W+/g, '_')}-${width}-${theme}.png`);
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4321';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const context = await browser.newContext({
  viewport: { width, height: width < 600 ? 780 : 900 },
  colorScheme: theme === 'dark' ? 'dark' : 'light',
  deviceScaleFactor: 1,
});
const page = await context.newPage();
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
await page.goto(base + path, { waitUntil: 'networkidle' });
if (args.includes('--search')) {
  await page.keyboard.press('Control+k');
  await page.keyboard.type(opt('query', 'loss'));
  await page.waitForTimeout(800);
}
await page.screenshot({ path: out, fullPage: args.includes('--full') });
console.log(out);
await browser.close();
