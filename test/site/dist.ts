import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The built site the site and browser tests read: dist/, or LFE_DIST (a build made with --outDir). */
export const distDir = process.env['LFE_DIST'] ?? join(process.cwd(), 'dist');

/** Throws a clear message when the site has not been built. */
export function requireDist(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(
      'dist/ has no built site: run `npm run build` first (`npm test` does it for you).',
    );
  }
}

/** Every HTML file under dist/, as paths relative to dist/. */
export function htmlFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) out.push(relative(distDir, full));
    }
  };
  walk(distDir);
  return out.sort();
}

/** Reads a built file as text. */
export function readDist(path: string): string {
  return readFileSync(join(distDir, path), 'utf8');
}

/** The URL path a built HTML file is served at. */
export function urlOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** The chapter ids, from the MDX files in content/chapters. */
export function chapterIds(): string[] {
  return readdirSync(join(process.cwd(), 'content/chapters'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -4))
    .sort();
}

/** The URLs of every page in the Pagefind index (its fragments are gzipped JSON). */
export function indexedUrls(): string[] {
  const dir = join(distDir, 'pagefind/fragment');
  return readdirSync(dir).map((f) => {
    const text = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
    const json = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
    return json.url;
  });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** Decodes the few HTML entities Astro writes inside attributes. */
export function decodeAttr(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e]!);
}
