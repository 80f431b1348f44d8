// The /practice/ hub's hints and solutions arrive on demand (see deferRevealBodies in
// src/lib/gather.ts): each <details data-lazy="<problem>/<n>"> holds a fallback link, and its body
// comes from /practice/reveal-bodies.json, fetched once (when the page is idle, or at the first
// open) and put in place the first time the reader opens it.
import { REVEAL_BODIES_FILE } from '~/lib/gather';

type Bodies = Record<string, readonly string[]>;

const url = `/practice/${REVEAL_BODIES_FILE}`;
let request: Promise<Bodies> | undefined;
let loaded: Bodies | undefined;

function isBodies(value: unknown): value is Bodies {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((v) => Array.isArray(v) && v.every((s) => typeof s === 'string'))
  );
}

/** Fetches the bodies once; a failure is forgotten, so the next open tries again. */
function loadBodies(): Promise<Bodies> {
  request ??= fetch(url)
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${url}: HTTP ${r.status}`))))
    .then((json: unknown) => {
      if (!isBodies(json)) throw new Error(`${url}: not a map of problem ids to bodies`);
      loaded = json;
      return json;
    })
    .catch((error: unknown) => {
      request = undefined;
      throw error;
    });
  return request;
}

/** Puts each deferred body inside `scope` in place, from bodies already fetched. */
function fill(scope: ParentNode, bodies: Bodies): void {
  const pending = [...scope.querySelectorAll<HTMLDetailsElement>('details[data-lazy]')];
  if (scope instanceof HTMLDetailsElement && scope.dataset['lazy']) pending.unshift(scope);
  for (const details of pending) {
    const [id = '', n = ''] = (details.dataset['lazy'] ?? '').split('/');
    const html = bodies[id]?.[Number(n)];
    const fallback = details.querySelector(':scope > .lazy-fallback');
    if (html === undefined || !fallback) continue;
    const template = document.createElement('template');
    template.innerHTML = html;
    fallback.replaceWith(template.content);
    delete details.dataset['lazy'];
  }
}

/**
 * Makes every deferred hint and solution inside `scope` (or `scope` itself) whole, fetching the
 * bodies if need be. If they cannot be fetched, the fallback link to the chapter stays and says so.
 */
export async function materializeLazy(scope: ParentNode): Promise<void> {
  const has =
    (scope instanceof HTMLElement && scope.dataset['lazy']) ||
    scope.querySelector('details[data-lazy]');
  if (!has) return;
  try {
    fill(scope, loaded ?? (await loadBodies()));
  } catch {
    for (const p of scope.querySelectorAll<HTMLElement>('[data-lazy] > .lazy-fallback > p')) {
      const link = p.querySelector('a');
      if (link) p.replaceChildren('This could not be loaded here; ', link, '.');
    }
  }
}

/**
 * Wires the hub: opening a deferred hint or solution shows "Loading…" until its body is in place
 * (at once when the bodies are already here), and the bodies are fetched when the page is idle,
 * so they are usually here before the first open, and before printing.
 */
export function initLazyDetails(): void {
  if (!document.querySelector('details[data-lazy]')) return;
  document.addEventListener(
    'toggle',
    (e) => {
      const details = e.target;
      if (!(details instanceof HTMLDetailsElement) || !details.open || !details.dataset['lazy'])
        return;
      if (loaded) {
        fill(details, loaded);
        return;
      }
      const p = details.querySelector(':scope > .lazy-fallback > p');
      const link = p?.querySelector('a');
      if (p && link) p.replaceChildren('Loading… (or ', link, ')');
      void materializeLazy(details);
    },
    { capture: true },
  );
  // Printing opens every <details> (src/scripts/site.ts); the bodies fetched by then print too.
  window.addEventListener('beforeprint', () => {
    if (loaded) fill(document, loaded);
  });
  const prefetch = () => void loadBodies().catch(() => undefined);
  if ('requestIdleCallback' in window) requestIdleCallback(prefetch, { timeout: 4000 });
  else setTimeout(prefetch, 1500);
}
