// Everything a chapter's MDX may import: `import { Solution, fmt } from '~/components';`
export { default as TLDR } from './TLDR.astro';
export { default as Insight } from './Insight.astro';
export { default as WorkedExample } from './WorkedExample.astro';
export { default as QuickCheck } from './QuickCheck.astro';
export { default as Problem } from './Problem.astro';
export { default as Hint } from './Hint.astro';
export { default as Solution } from './Solution.astro';
export { default as Param } from './Param.astro';
export { default as KeyTakeaways } from './KeyTakeaways.astro';
export { default as CommonMistakes } from './CommonMistakes.astro';
export { default as Figure } from './Figure.astro';
export { fmt, fmtSig } from '../lib/format';
