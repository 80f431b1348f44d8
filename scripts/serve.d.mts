// Types for scripts/serve.mjs.
export function serveDist(root: string): Promise<{ url: string; close: () => Promise<void> }>;
