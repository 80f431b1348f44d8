import type { Element, Root, RootContent } from 'hast';

/**
 * Code blocks (`<pre>`) and table wrappers (`.table-scroll`) scroll sideways on narrow screens; a
 * keyboard user can only scroll what can take focus, so each gets `tabindex="0"` (axe:
 * scrollable-region-focusable). Shiki did this for `<pre>`; Prism does not.
 */
export default function rehypeFocusableScroll() {
  return (tree: Root): void => {
    const visit = (node: Root | RootContent): void => {
      if (node.type === 'element') {
        const el = node as Element;
        const cls = el.properties['className'];
        const classes = Array.isArray(cls) ? cls.map(String) : [];
        if (el.tagName === 'pre' || classes.includes('table-scroll')) el.properties['tabIndex'] = 0;
      }
      if ('children' in node) for (const child of node.children) visit(child);
    };
    visit(tree);
  };
}
