import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

const goldenDir = join(dirname(fileURLToPath(import.meta.url)), 'golden');

/** A DOM document from happy-dom, for chart builders' `document` option. */
export function createTestDocument(): Document {
  return new Window({ url: 'http://localhost/' }).document as unknown as Document;
}

/** SVG/HTML text with numbers rounded to 3 decimals and one tag per line, for stable diffs. */
export function normalizeMarkup(html: string): string {
  return html
    .replace(/plot-clip-\d+/g, 'plot-clip')
    .replace(/-?\d*\.\d+(?:e[-+]?\d+)?/gi, (s) => {
      const r = Math.round(Number(s) * 1000) / 1000;
      return String(Object.is(r, -0) ? 0 : r);
    })
    .replace(/></g, '>\n<')
    .concat('\n');
}

/**
 * Compares an element's markup with test/charts/golden/<name>.svg. On a mismatch it writes
 * <name>-changed.svg beside it and throws; when the golden file is missing it writes it and
 * throws too, so a new golden is always inspected before it is trusted.
 */
export function expectGolden(name: string, element: Element): void {
  const actual = normalizeMarkup(element.outerHTML);
  const file = join(goldenDir, `${name}.svg`);
  const changed = join(goldenDir, `${name}-changed.svg`);
  mkdirSync(goldenDir, { recursive: true });
  if (!existsSync(file)) {
    writeFileSync(file, actual);
    throw new Error(`created golden file ${file}, inspect and re-run`);
  }
  const expected = readFileSync(file, 'utf8');
  if (expected !== actual) {
    writeFileSync(changed, actual);
    throw new Error(
      `${name}: the SVG differs from ${file}; the new output is in ${changed}. ` +
        'Inspect it and, if it is right, move it over the golden file.',
    );
  }
  rmSync(changed, { force: true });
}
