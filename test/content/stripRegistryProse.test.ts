import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripRegistryProse } from '../../src/integrations/stripRegistryProse';

describe('stripRegistryProse', () => {
  it('stripRegistryProse(source) empties prose fields and keeps math, names and framework notes', () => {
    const src = `export const x = createLossEntry({
  id: 'huber', name: 'Huber loss', summary: 'Long text here.',
  whenToUse: ['a', 'b'], latex: { value: '\\\\delta', derivative: 'r' },
  domain: { label: 'Residual r', description: 'r = ŷ − y' },
  params: [{ id: 'delta', description: 'Where it turns.' + ' More.' }],
  properties: { convex: true, notes: 'why' },
  frameworks: { pytorch: { name: 'torch.nn.HuberLoss', call: 'f()', notes: ['keep me'] } },
  value: (r) => r * r,
});`;
    const out = stripRegistryProse(src);
    expect(out).not.toMatch(/Long text|'a', 'b'|Where it turns|ŷ − y|\\\\delta|'why'/);
    expect(out).toContain("name: 'Huber loss'");
    expect(out).toContain("label: 'Residual r'");
    expect(out).toContain("notes: ['keep me']");
    expect(out).toContain('value: (r) => r * r');
    expect(out).toContain("latex: { value: '', derivative: '' }");
  });

  it('the stripped registry files still parse and keep every entry id', () => {
    for (const family of ['regression', 'margin', 'probabilistic', 'multiclass']) {
      const src = readFileSync(`src/compute/registry/${family}.ts`, 'utf8');
      const out = stripRegistryProse(src);
      expect(out.length).toBeLessThan(src.length * 0.8);
      const ids = (s: string) => [...s.matchAll(/\bid: '([a-z0-9-]+)'/g)].map((m) => m[1]);
      expect(ids(out)).toEqual(ids(src));
    }
  });
});
