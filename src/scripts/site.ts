import { THEME_KEY, nextThemePreference, parseThemePreference, resolveTheme } from '~/lib/theme';
import { initProgress } from './progress';

const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');

function readPreference() {
  try {
    return parseThemePreference(localStorage.getItem(THEME_KEY));
  } catch {
    return 'system' as const;
  }
}

const THEME_LABEL = { light: 'Light theme', dark: 'Dark theme', system: 'System theme' } as const;

function applyTheme(): void {
  const pref = readPreference();
  document.documentElement.dataset['theme'] = resolveTheme(pref, darkQuery.matches);
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    const next = nextThemePreference(pref);
    b.dataset['pref'] = pref;
    b.setAttribute(
      'aria-label',
      `${THEME_LABEL[pref]} (switch to ${THEME_LABEL[next].toLowerCase()})`,
    );
    b.title = `${THEME_LABEL[pref]}: click for ${THEME_LABEL[next].toLowerCase()}`;
  }
}

function initTheme(): void {
  // A stored value that is not one of ours is repaired to the default.
  try {
    const raw = localStorage.getItem(THEME_KEY);
    if (raw !== null && parseThemePreference(raw) !== raw)
      localStorage.setItem(THEME_KEY, 'system');
  } catch {
    /* storage blocked: the theme still follows the system */
  }
  applyTheme();
  darkQuery.addEventListener('change', applyTheme);
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    b.addEventListener('click', () => {
      const next = nextThemePreference(readPreference());
      try {
        localStorage.setItem(THEME_KEY, next);
      } catch {
        /* not persisted */
      }
      applyTheme();
    });
  }
}

function initMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-menu-button]');
  if (!button) return;
  const close = () => {
    document.body.removeAttribute('data-menu-open');
    button.setAttribute('aria-expanded', 'false');
  };
  button.addEventListener('click', () => {
    const open = !document.body.hasAttribute('data-menu-open');
    document.body.toggleAttribute('data-menu-open', open);
    button.setAttribute('aria-expanded', String(open));
    if (open) document.querySelector<HTMLElement>('#sidebar a')?.focus();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && document.body.hasAttribute('data-menu-open')) {
      close();
      button.focus();
    }
  });
}

function initSearchDialog(): void {
  const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
  if (!dialog) return;
  let loaded: Promise<void> | undefined;
  const open = () => {
    if (!dialog.open) dialog.showModal();
    loaded ??= import('./search').then((m) => m.mountSearch(dialog));
    dialog.querySelector<HTMLInputElement>('input[type=search]')?.focus();
  };
  for (const b of document.querySelectorAll<HTMLElement>('[data-open-search]')) {
    b.addEventListener('click', open);
  }
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement | null;
    const typing =
      target?.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target?.tagName ?? '');
    if ((e.key === 'k' || e.key === 'K') && (e.metaKey || e.ctrlKey)) {
      e.preventDefault();
      open();
    } else if (e.key === '/' && !typing && !dialog.open) {
      e.preventDefault();
      open();
    }
  });
  dialog.querySelector('[data-close-dialog]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the panel) closes the dialog.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
}

function initToc(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
  if (links.length === 0 || !('IntersectionObserver' in window)) return;
  const byId = new Map(links.map((a) => [decodeURIComponent(a.hash.slice(1)), a]));
  const visible = new Set<string>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (e.isIntersecting) visible.add(e.target.id);
        else visible.delete(e.target.id);
      }
      const first = [...byId.keys()].find((id) => visible.has(id));
      if (!first) return;
      for (const a of links) a.removeAttribute('aria-current');
      byId.get(first)?.setAttribute('aria-current', 'true');
    },
    { rootMargin: '-10% 0px -70% 0px' },
  );
  for (const id of byId.keys()) {
    const h = document.getElementById(id);
    if (h) observer.observe(h);
  }
}

function initPrint(): void {
  // Solutions and hints print expanded; the reader's open/closed state comes back afterwards.
  let closed: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    closed = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
    for (const d of closed) d.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const d of closed) d.open = false;
  });
}

initTheme();
initMenu();
initSearchDialog();
initProgress();
initToc();
initPrint();
