import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The Content-Security-Policy of every page, as a `<meta http-equiv>` (a static host needs no
 * header configuration). Scripts: only files from the site itself and the inline scripts whose
 * SHA-256 is listed, so no 'unsafe-inline' and no 'unsafe-eval'.
 *
 * Why not Astro's `experimental.csp`: it hashes only the scripts and styles Astro renders itself
 * (not `is:inline` ones) and always lists style hashes, which makes browsers ignore
 * 'unsafe-inline' for styles and so block the `style="…"` attributes KaTeX positions every
 * formula with (and the `<style>` Plot puts in each chart). Hashing the final HTML after the build
 * covers every inline script, whoever wrote it.
 */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search index; unlike 'unsafe-eval'
  // it does not allow eval(), new Function() or string timers.
  "script-src 'self' 'wasm-unsafe-eval'",
  // Styles cannot run script; 'unsafe-inline' is for KaTeX's style attributes and Plot's <style>.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self'",
  // data: because Vite inlines the smallest KaTeX fonts into the stylesheet as data: URLs.
  "font-src 'self' data:",
  // Pagefind fetches its index and runs in a Worker loaded from /pagefind/.
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The 'sha256-…' source of one inline script's text, as browsers hash it. */
export function hashScript(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The text of every inline (no `src`) script element of a page, in document order. */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\ssrc\s*=/.test(m[1] ?? '')) out.push(m[2] ?? '');
  }
  return out;
}

/** The policy for a page: the fixed directives with the hashes of its inline scripts. */
export function createCsp(html: string): string {
  const hashes = [...new Set(inlineScripts(html).map(hashScript))];
  return CSP_DIRECTIVES.map((d) =>
    d.startsWith('script-src ') && hashes.length ? `${d} ${hashes.join(' ')}` : d,
  ).join('; ');
}

/** The page with its CSP `<meta>` first in `<head>` (before any script it governs). */
export function applyCsp(html: string): string {
  const meta = `<meta http-equiv="content-security-policy" content="${createCsp(html)}">`;
  const withoutOld = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '');
  const head = /<head\b[^>]*>/i.exec(withoutOld);
  if (!head) throw new Error('A page has no <head> to put its Content-Security-Policy in.');
  const at = head.index + head[0].length;
  // Keep <meta charset> first, as the HTML spec wants it within the first 1024 bytes.
  const charset = /^\s*<meta charset="[^"]*"\s*\/?>/i.exec(withoutOld.slice(at));
  const insertAt = at + (charset ? charset[0].length : 0);
  return withoutOld.slice(0, insertAt) + meta + withoutOld.slice(insertAt);
}

/** Writes the CSP `<meta>` into every built HTML page at the end of `astro build`. */
export default function csp(): AstroIntegration {
  return {
    name: 'lfe:csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const files: string[] = [];
        const walk = (d: string) => {
          for (const name of readdirSync(d)) {
            const full = join(d, name);
            if (statSync(full).isDirectory()) walk(full);
            else if (name.endsWith('.html')) files.push(full);
          }
        };
        walk(fileURLToPath(dir));
        for (const f of files) writeFileSync(f, applyCsp(readFileSync(f, 'utf8')));
        logger.info(`Content-Security-Policy written into ${files.length} pages.`);
      },
    },
  };
}
