import { renderTex } from './katex';

/** Escapes text for HTML. */
export const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * Turns a short string with `$…$` inline math (a quick-check option, a problem title) into HTML:
 * text is escaped, math is rendered by KaTeX at build time. A `\$` stays a literal dollar sign.
 */
export function renderInline(text: string): string {
  const parts = text.split(/(?<!\\)\$/);
  if (parts.length % 2 === 0) throw new Error(`Unbalanced $ in "${text}"`);
  return parts
    .map((part, i) => (i % 2 === 1 ? renderTex(part) : escapeHtml(part.replace(/\\\$/g, '$'))))
    .join('');
}
