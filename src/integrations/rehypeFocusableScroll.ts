import type { Element, Root, RootContent } from 'hast';

/** An MDX JSX element as it appears in the hast tree (`<div class="…">` written in MDX). */
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: RootContent[];
}

const isJsx = (n: unknown): boolean =>
  typeof n === 'object' &&
  n !== null &&
  ((n as JsxElement).type === 'mdxJsxFlowElement' ||
    (n as JsxElement).type === 'mdxJsxTextElement');

function isTable(n: RootContent): boolean {
  return (
    (n.type === 'element' && n.tagName === 'table') ||
    (isJsx(n) && (n as unknown as JsxElement).name === 'table')
  );
}

function isScrollBox(n: RootContent | Root): boolean {
  if (n.type === 'element') {
    const cls = n.properties['className'];
    return Array.isArray(cls) && cls.map(String).includes('table-scroll');
  }
  if (isJsx(n)) {
    const cls = (n as unknown as JsxElement).attributes.find(
      (a) => a.type === 'mdxJsxAttribute' && (a.name === 'class' || a.name === 'className'),
    );
    return typeof cls?.value === 'string' && cls.value.split(/\s+/).includes('table-scroll');
  }
  return false;
}

function makeFocusable(n: RootContent): void {
  if (n.type === 'element') n.properties['tabIndex'] = 0;
  else if (isJsx(n)) {
    const attributes = (n as unknown as JsxElement).attributes;
    if (attributes.some((a) => a.name === 'tabIndex' || a.name === 'tabindex')) return;
    attributes.push({ type: 'mdxJsxAttribute', name: 'tabindex', value: '0' });
  }
}

/**
 * Wide tables and code blocks scroll sideways on narrow screens. Every table (markdown or JSX in
 * MDX) is wrapped in a `.table-scroll` box unless it already sits in one, and every such box and
 * every `<pre>` gets `tabindex="0"`, since a keyboard user can only scroll what can take focus
 * (axe: scrollable-region-focusable). Shiki did this for `<pre>`; Prism does not.
 */
export default function rehypeFocusableScroll() {
  return (tree: Root): void => {
    const visit = (node: Root | RootContent): void => {
      if (!('children' in node)) return;
      const children = node.children as RootContent[];
      children.forEach((child, i) => {
        if (isTable(child) && !isScrollBox(node)) {
          const wrapper: Element = {
            type: 'element',
            tagName: 'div',
            properties: { className: ['table-scroll'], tabIndex: 0 },
            children: [child as Element],
          };
          children[i] = wrapper;
          return;
        }
        if ((child.type === 'element' && child.tagName === 'pre') || isScrollBox(child))
          makeFocusable(child);
        visit(child);
      });
    };
    visit(tree);
  };
}
