import type { Element, Root, RootContent } from 'hast';

/**
 * KaTeX writes every formula three times: MathML, its TeX source (an `<annotation>`) and an HTML
 * rendering. Search should index it once, so this marks the TeX source and the HTML copy
 * `data-pagefind-ignore`, leaving the MathML text for Pagefind.
 */
export default function rehypeKatexSearch() {
  return (tree: Root): void => {
    const visit = (node: Root | RootContent): void => {
      if (node.type === 'element') {
        const el = node as Element;
        const cls = el.properties['className'];
        const classes = Array.isArray(cls) ? cls.map(String) : [];
        if (el.tagName === 'annotation' || classes.includes('katex-html')) {
          el.properties['dataPagefindIgnore'] = '';
          return;
        }
      }
      if ('children' in node) for (const child of node.children) visit(child);
    };
    visit(tree);
  };
}
