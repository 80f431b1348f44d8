// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeKatexSearch from './src/integrations/rehypeKatexSearch.ts';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  site: 'https://loss-functions-explorer.example',
  trailingSlash: 'always',
  integrations: [preact(), mdx(), pagefind()],
  markdown: {
    remarkPlugins: [remarkMath],
    rehypePlugins: [[rehypeKatex, { strict: 'error', throwOnError: true }], rehypeKatexSearch],
  },
  server: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
});
