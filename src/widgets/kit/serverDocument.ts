/// <reference types="vite/client" />
/**
 * A DOM document for rendering charts during server rendering (happy-dom), undefined in a
 * browser. The guard is `import.meta.env.SSR`, which Vite replaces with `false` in client
 * bundles, so the dynamic import is removed and happy-dom never reaches the browser.
 */
export const serverDocument: Document | undefined = import.meta.env.SSR
  ? (new (await import('happy-dom')).Window({ url: 'http://localhost/' })
      .document as unknown as Document)
  : undefined;
