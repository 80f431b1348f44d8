import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractSections, fillGatherSlot } from '../lib/gather';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * After the build, copies every practice problem and worked example from the built chapter pages
 * into the /practice/ and /worked-examples/ hubs, so each is written once (in its chapter, where
 * its numbers are computed) and shown in both places. Runs before the search index is built.
 */
export default function gather(): AstroIntegration {
  return {
    name: 'lfe:gather',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const home = readFileSync(join(out, 'index.html'), 'utf8');
        const ids = (/data-chapter-ids="([^"]*)"/.exec(home)?.[1] ?? '').split(' ').filter(Boolean);
        const problems: string[] = [];
        const examples: string[] = [];
        for (const id of ids) {
          const page = readFileSync(join(out, 'chapters', id, 'index.html'), 'utf8');
          const title = /<h1[^>]*>([^<]*)<\/h1>/.exec(page)?.[1] ?? id;
          const from = (anchor: string) =>
            `<p class="gathered-from">From <a href="/chapters/${id}/#${anchor}">${title}</a></p>`;
          for (const p of extractSections(page, 'problem')) {
            problems.push(
              `<article class="gathered" data-chapter="${id}" data-difficulty="${escapeHtml(p.difficulty ?? '')}" data-item="${p.id}">${from(p.id)}${p.html}</article>`,
            );
          }
          for (const e of extractSections(page, 'worked-example')) {
            examples.push(
              `<article class="gathered" data-chapter="${id}" data-item="${e.id}">${from(e.id)}${e.html}</article>`,
            );
          }
        }
        const fill = (route: string, name: string, items: string[]) => {
          const file = join(out, route, 'index.html');
          if (!existsSync(file)) return;
          writeFileSync(file, fillGatherSlot(readFileSync(file, 'utf8'), name, items.join('\n')));
        };
        fill('practice', 'problems', problems);
        fill('worked-examples', 'examples', examples);
        logger.info(`Gathered ${problems.length} problems and ${examples.length} worked examples.`);
      },
    },
  };
}
