import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = { '~': fileURLToPath(new URL('./src', import.meta.url)) };

/**
 * Four projects, so each kind of test gets the environment it needs:
 * - unit: pure modules (compute, charts, content schema) in Node;
 * - dom: Preact widgets and components in happy-dom;
 * - site: assertions over the built `dist/` (run `npm run build` first; `npm test` does);
 * - e2e: a real Chromium driving the built site through playwright-core.
 */
export default defineConfig({
  resolve: { alias },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'test/compute/**/*.test.ts',
            'test/charts/**/*.test.ts',
            'test/content/**/*.test.ts',
          ],
          benchmark: { include: ['test/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['test/widgets/**/*.test.{ts,tsx}', 'test/components/**/*.test.{ts,tsx}'],
          benchmark: { include: ['test/widgets/**/*.bench.tsx'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          environment: 'node',
          include: ['test/site/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
