// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeKatexSearch from './src/integrations/rehypeKatexSearch.ts';
import rehypeFocusableScroll from './src/integrations/rehypeFocusableScroll.ts';
import pagefind from './src/integrations/pagefind.ts';
import gather from './src/integrations/gather.ts';
import csp from './src/integrations/csp.ts';
import stripRegistryProse from './src/integrations/stripRegistryProse.ts';

export default defineConfig({
  site: 'https://loss-functions-explorer.example',
  trailingSlash: 'always',
  // gather fills the /practice/ and /worked-examples/ hubs before anything is indexed.
  integrations: [preact(), mdx(), gather(), csp(), pagefind()],
  markdown: {
    // Prism marks code tokens with classes (coloured by global.css for both themes, with enough
    // contrast); Shiki's default theme wrote inline colours that failed axe's contrast check.
    syntaxHighlight: 'prism',
    remarkPlugins: [remarkMath],
    rehypePlugins: [
      [rehypeKatex, { strict: 'error', throwOnError: true }],
      rehypeKatexSearch,
      rehypeFocusableScroll,
    ],
  },
  // Client bundles leave out the loss registry's prose (rendered on the server only).
  vite: {
    plugins: [stripRegistryProse()],
    build: {
      rollupOptions: {
        // src/compute and src/charts are pure by design (no top-level effects), so a module none
        // of whose exports an island uses is left out of that island's bundle, even when it sits
        // behind the '~/compute' index (Rollup otherwise keeps modules with a `new Map(...)`).
        treeshake: { moduleSideEffects: (id) => !/[\\/]src[\\/](compute|charts)[\\/]/.test(id) },
      },
    },
  },
  server: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
});
