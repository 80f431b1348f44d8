/** One block cut out of a built chapter page: its id, attributes of interest and outer HTML. */
export interface GatheredBlock {
  id: string;
  html: string;
  /** The value of `data-difficulty` on problems; undefined elsewhere. */
  difficulty: string | undefined;
}

/**
 * Where the element of type `tag` whose opening tag ends at `from` closes (nested elements of the
 * same type honoured): the start and end of its closing tag, or undefined when it never closes.
 */
function closingTag(
  html: string,
  tag: string,
  from: number,
): { start: number; end: number } | undefined {
  const tags = new RegExp(`<\\/?${tag}\\b[^>]*>`, 'g');
  tags.lastIndex = from;
  let depth = 1;
  for (let t = tags.exec(html); t !== null; t = tags.exec(html)) {
    depth += t[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return { start: t.index, end: t.index + t[0].length };
  }
  return undefined;
}

/**
 * Finds every `<section class="<className>" …>` in built HTML and returns each one's outer HTML,
 * honouring nested sections. Used to show practice problems and worked examples, written once in
 * their chapter, again on the /practice/ and /worked-examples/ hubs.
 */
export function extractSections(html: string, className: string): GatheredBlock[] {
  const blocks: GatheredBlock[] = [];
  const opener = new RegExp(`<section\\s[^>]*class="${className}(?:\\s[^"]*)?"[^>]*>`, 'g');
  for (let m = opener.exec(html); m !== null; m = opener.exec(html)) {
    const start = m.index;
    const close = closingTag(html, 'section', start + m[0].length);
    if (!close) throw new Error(`Unclosed <section class="${className}"> at ${start}`);
    const end = close.end;
    const outer = html.slice(start, end);
    const id = /\sid="([^"]+)"/.exec(m[0])?.[1];
    if (!id) throw new Error(`A <section class="${className}"> has no id`);
    blocks.push({ id, html: outer, difficulty: /\sdata-difficulty="([^"]+)"/.exec(m[0])?.[1] });
    opener.lastIndex = end;
  }
  return blocks;
}

/** Replaces the first element carrying `data-gather="<name>"`'s empty body with `content`. */
export function fillGatherSlot(page: string, name: string, content: string): string {
  const marker = new RegExp(`(<[a-z]+\\s[^>]*data-gather="${name}"[^>]*>)(</[a-z]+>)`);
  if (!marker.test(page)) throw new Error(`No empty data-gather="${name}" slot on the page`);
  return page.replace(marker, (_, open: string, close: string) => `${open}${content}${close}`);
}

/** The file, in /practice/, holding the hub's hint and solution bodies (see deferRevealBodies). */
export const REVEAL_BODIES_FILE = 'reveal-bodies.json';

/** A problem's HTML with its reveal bodies taken out, and those bodies in document order. */
export interface DeferredBodies {
  html: string;
  bodies: string[];
}

/**
 * Takes the body (everything after the summary) out of every top-level
 * `<details class="reveal …">` (hints and solutions) of one gathered problem. Each `<details>`
 * gets `data-lazy="<key>/<n>"` and, in place of its body, `fallback` (shown without JavaScript:
 * a link to the problem in its chapter). The /practice/ hub serves the bodies as JSON, and
 * src/scripts/lazyDetails.ts puts each back when the reader opens it: they are 80 % of the hub's
 * HTML (mostly KaTeX), and a page that parses them up front misses Lighthouse's bar.
 */
export function deferRevealBodies(html: string, key: string, fallback: string): DeferredBodies {
  const opener = /<details\s[^>]*class="reveal(?:\s[^"]*)?"[^>]*>/g;
  const bodies: string[] = [];
  let out = '';
  let from = 0;
  for (let m = opener.exec(html); m !== null; m = opener.exec(html)) {
    const open = m.index + m[0].length;
    const summaryEnd = html.indexOf('</summary>', open);
    const close = closingTag(html, 'details', open)?.start ?? -1;
    if (close < 0) throw new Error(`Unclosed <details class="reveal"> at ${m.index}`);
    if (summaryEnd < 0 || summaryEnd > close)
      throw new Error(`A <details class="reveal"> at ${m.index} has no <summary>`);
    const bodyStart = summaryEnd + '</summary>'.length;
    const opening = m[0].replace(/>$/, ` data-lazy="${key}/${bodies.length}">`);
    bodies.push(html.slice(bodyStart, close));
    out += html.slice(from, m.index) + opening + html.slice(open, bodyStart) + fallback;
    from = close;
    opener.lastIndex = close;
  }
  return { html: out + html.slice(from), bodies };
}
