import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  REVEAL_BODIES_FILE,
  deferRevealBodies,
  extractSections,
  fillGatherSlot,
} from '../lib/gather';

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
        /** The hub's hint and solution bodies by problem id, fetched when the reader opens one. */
        const revealBodies: Record<string, string[]> = {};
        // Items are grouped under one h2 per chapter, so the hub's headings keep their order
        // (h1 → h2 → the boxes' h3).
        const group = (kind: string, id: string, title: string, items: string[]) =>
          items.length === 0
            ? ''
            : `<section class="hub-group" data-chapter-group="${id}" aria-labelledby="${kind}-${id}"><h2 id="${kind}-${id}">${title}</h2>${items.join('\n')}</section>`;
        for (const id of ids) {
          const page = readFileSync(join(out, 'chapters', id, 'index.html'), 'utf8');
          const title = /<h1[^>]*>([^<]*)<\/h1>/.exec(page)?.[1] ?? id;
          const from = (anchor: string) =>
            `<p class="gathered-from">From <a href="/chapters/${id}/#${anchor}">${title}</a></p>`;
          problems.push(
            group(
              'problems',
              id,
              title,
              extractSections(page, 'problem').map((p) => {
                const href = `/chapters/${id}/#${p.id}`;
                const deferred = deferRevealBodies(
                  p.html,
                  p.id,
                  `<div class="reveal-body lazy-fallback"><p>Showing it here needs JavaScript; <a href="${href}">read it under the problem in its chapter</a>.</p></div>`,
                );
                revealBodies[p.id] = deferred.bodies;
                return `<article class="gathered" data-chapter="${id}" data-difficulty="${escapeHtml(p.difficulty ?? '')}" data-item="${p.id}">${from(p.id)}${deferred.html}</article>`;
              }),
            ),
          );
          examples.push(
            group(
              'examples',
              id,
              title,
              extractSections(page, 'worked-example').map(
                (e) =>
                  `<article class="gathered" data-chapter="${id}" data-item="${e.id}">${from(e.id)}${e.html}</article>`,
              ),
            ),
          );
        }
        const fill = (route: string, name: string, items: string[]) => {
          const file = join(out, route, 'index.html');
          if (!existsSync(file)) return;
          writeFileSync(file, fillGatherSlot(readFileSync(file, 'utf8'), name, items.join('\n')));
        };
        fill('practice', 'problems', problems);
        if (existsSync(join(out, 'practice')))
          writeFileSync(join(out, 'practice', REVEAL_BODIES_FILE), JSON.stringify(revealBodies));
        fill('worked-examples', 'examples', examples);
        const count = (html: string[]) => html.join('').split('class="gathered"').length - 1;
        logger.info(`Gathered ${count(problems)} problems and ${count(examples)} worked examples.`);
      },
    },
  };
}
