import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles, readDist, requireDist } from './dist';

// The project's .htmlvalidate.mjs, found from the repository root. Pages are validated under
// their dist/ name inside the repository even when the build lives elsewhere (LFE_DIST), since
// a file outside the repository would find no config and pass every rule.
const validator = new HtmlValidate(new FileSystemConfigLoader());

/** Every html-validate error of an HTML string (checked as dist/<name>), readably. */
async function problems(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, join(process.cwd(), 'dist', name));
  return report.results.flatMap((r) =>
    r.messages.map(
      (m) => `${name}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector})`,
    ),
  );
}

describe('html-validate', () => {
  beforeAll(requireDist);

  it('reports a real problem: an aria-label on a plain span, an authored inline margin', async () => {
    const page =
      '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main>' +
      '<span aria-label="done">✓</span><p style="margin-top: 3em">x</p></main></body></html>';
    const found = await problems(page, 'fixture.html');
    expect(found.map((p) => p.split(' ')[1])).toEqual(['aria-label-misuse:', 'no-inline-style:']);
  });

  it('every page in dist/ passes html-validate (recommended, with the justified exceptions)', async () => {
    const found = (await Promise.all(htmlFiles().map((f) => problems(readDist(f), f)))).flat();
    expect(found).toEqual([]);
    // ~40 pages, several of ~1 MB (chapters with KaTeX, /practice/): tens of seconds on 2 cores.
  }, 180_000);
});
