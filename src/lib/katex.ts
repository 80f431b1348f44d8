import katex from 'katex';

/**
 * Renders a LaTeX string to KaTeX HTML at build time; throws on invalid LaTeX so the build fails.
 * As in the markdown pipeline, only the MathML copy is left for the search index.
 */
export function renderTex(tex: string, displayMode = false): string {
  return katex
    .renderToString(tex, {
      displayMode,
      throwOnError: true,
      strict: 'error',
      output: 'htmlAndMathml',
    })
    .replace('<span class="katex-html"', '<span class="katex-html" data-pagefind-ignore')
    .replace('<annotation ', '<annotation data-pagefind-ignore ');
}
