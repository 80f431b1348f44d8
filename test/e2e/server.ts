// The browser tests serve dist/ with the same static server as `npm run lighthouse` and
// `npm run bench:browser` (one implementation, in scripts/serve.mjs).
export { serveDist } from '../../scripts/serve.mjs';
