import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from './browser';
import { WIDGET_FIXTURES } from './fixtures/widgetPages';
import { runBrowserTests } from './setup';

// `npm run bench:browser` gates CI on interaction speed; here it runs on two fixture widgets
// to show it passes a fast one and fails one whose handler takes 12 ms.
const run = promisify(execFile);

describe.skipIf(!runBrowserTests)('the browser benchmark on fixture pages', () => {
  let root = '';
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'lfe-bench-'));
    writeFileSync(join(root, 'index.html'), '<!DOCTYPE html><title>fixtures</title>');
    writeFileSync(join(root, '404.html'), '<!DOCTYPE html><title>404</title>');
    for (const name of ['good', 'slow']) {
      mkdirSync(join(root, name));
      writeFileSync(join(root, name, 'index.html'), WIDGET_FIXTURES[name]!);
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('passes the fast widget, fails the slow one and says why', async () => {
    const result = await run('node', ['scripts/bench-browser.mjs'], {
      env: { ...process.env, LFE_DIST: root, CHROMIUM_PATH: chromiumPath, LFE_BENCH_EVENTS: '40' },
    }).then(
      (r) => ({ code: 0, out: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
    );
    const line = (page: string) => result.out.split('\n').find((l) => l.includes(page)) ?? '';
    expect(result.code).toBe(1);
    expect(line('/good/')).toMatch(/^✓ Fixture/);
    expect(line('/slow/')).toMatch(/^✗ Fixture/);
    // The slow handler's 12 ms are inside the reported event → frame p50 / p95.
    const [p50] = /p50 \/ p95\s+([\d.]+) \/ ([\d.]+)/.exec(line('/slow/'))!.slice(1).map(Number);
    expect(p50).toBeGreaterThanOrEqual(12);
    expect(line('/slow/')).toMatch(/median of 3 runs/);
  }, 180_000);
});
