import ts from 'typescript';
import type { Plugin } from 'vite';

/** Registry fields no widget reads: prose for the catalog and chapters, rendered at build time. */
const PROSE = new Set([
  'summary',
  'whenToUse',
  'whenNotToUse',
  'references',
  'typicalTask',
  'minimizer',
  'subgradientNote',
  'latex',
  'notes',
  'description',
]);

const REGISTRY_FILE =
  /[\\/]src[\\/]compute[\\/]registry[\\/](regression|margin|probabilistic|multiclass)\.ts$/;

/**
 * Replaces the registry's prose with empty values in modules bound for the browser. The loss
 * catalog and the chapters render that prose on the server, and no widget reads it, but it was
 * ~11 kB of every island's gzip. `notes` arrays (framework gotchas, shown by the translator and
 * the chooser) are kept; only string-valued `notes` and `description` are emptied.
 */
export function stripRegistryProse(source: string): string {
  const file = ts.createSourceFile('registry.ts', source, ts.ScriptTarget.Latest, true);
  const cuts: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && PROSE.has(node.name.text)) {
      const init = node.initializer;
      const isString =
        ts.isStringLiteral(init) ||
        ts.isNoSubstitutionTemplateLiteral(init) ||
        ts.isTemplateExpression(init) ||
        ts.isBinaryExpression(init);
      const keep = (node.name.text === 'notes' || node.name.text === 'description') && !isString;
      if (!keep) {
        const text = ts.isArrayLiteralExpression(init)
          ? '[]'
          : ts.isObjectLiteralExpression(init)
            ? "{ value: '', derivative: '' }"
            : "''";
        cuts.push({ start: init.getStart(file), end: init.getEnd(), text });
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const c of cuts.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, c.start) + c.text + out.slice(c.end);
  }
  return out;
}

/** The Vite plugin: strips registry prose from client bundles only (never during SSR). */
export default function stripRegistryProsePlugin(): Plugin {
  return {
    name: 'lfe:strip-registry-prose',
    enforce: 'pre',
    transform(code, id, options) {
      if (options?.ssr || !REGISTRY_FILE.test(id)) return null;
      return { code: stripRegistryProse(code), map: null };
    },
  };
}
