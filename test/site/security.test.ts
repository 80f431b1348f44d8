import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyCsp, createCsp, hashScript, inlineScripts } from '~/integrations/csp';
import { distDir, htmlFiles, readDist, requireDist } from './dist';

/** Every use of eval or the Function constructor in a script's source. */
function evalUses(code: string): string[] {
  const re = /(?<![\w$.])eval\s*\(|\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\(\s*["'`]/g;
  return [...code.matchAll(re)].map((m) => code.slice(Math.max(0, m.index - 30), m.index + 40));
}

/** The policy in a page's CSP <meta>, or null. */
function cspOf(html: string): string | null {
  const m = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  return m ? m[1]! : null;
}

/** The sources of one directive of a policy. */
function directive(policy: string, name: string): string[] {
  const d = policy.split(';').map((s) => s.trim().split(/\s+/));
  return d.find((parts) => parts[0] === name)?.slice(1) ?? [];
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return jsFiles(full);
    return /\.m?js$/.test(name) ? [full] : [];
  });
}

describe('Content-Security-Policy', () => {
  it('createCsp(html) lists the SHA-256 of each inline script, and only for scripts', () => {
    const html =
      '<head></head><script>a()</script><script src="/x.js"></script><script>b()</script>';
    expect(inlineScripts(html)).toEqual(['a()', 'b()']);
    // Known digest of "a()": printf 'a()' | openssl dgst -sha256 -binary | base64
    expect(hashScript('a()')).toBe(`'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='`);
    const policy = createCsp(html);
    expect(directive(policy, 'script-src')).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
      hashScript('a()'),
      hashScript('b()'),
    ]);
  });

  it('applyCsp(html) puts the meta right after <meta charset>, replacing an old one', () => {
    const once = applyCsp('<html><head><meta charset="utf-8"><title>t</title></head></html>');
    expect(once).toMatch(
      /^<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy"/,
    );
    expect(applyCsp(once).match(/content-security-policy/g)).toHaveLength(1);
  });

  describe('on the built site', () => {
    beforeAll(requireDist);

    it('every page has a CSP meta before any script, with no unsafe-inline or unsafe-eval for scripts', () => {
      const problems: string[] = [];
      for (const f of htmlFiles()) {
        const html = readDist(f);
        const policy = cspOf(html);
        if (!policy) {
          problems.push(`${f}: no CSP meta`);
          continue;
        }
        if (html.indexOf('<script') < html.indexOf('content-security-policy'))
          problems.push(`${f}: a script comes before the CSP meta`);
        const scripts = directive(policy, 'script-src');
        if (scripts.length === 0) problems.push(`${f}: no script-src`);
        for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:'])
          if (scripts.includes(bad)) problems.push(`${f}: script-src allows ${bad}`);
        for (const name of ['default-src', 'connect-src', 'worker-src'])
          if (directive(policy, name).join(' ') !== "'self'")
            problems.push(`${f}: ${name} is not 'self'`);
      }
      expect(problems).toEqual([]);
    });

    it("every inline script of every page has its hash in the page's script-src", () => {
      const missing: string[] = [];
      for (const f of htmlFiles()) {
        const html = readDist(f);
        const allowed = directive(cspOf(html) ?? '', 'script-src');
        for (const s of inlineScripts(html))
          if (!allowed.includes(hashScript(s))) missing.push(`${f}: ${s.trim().slice(0, 60)}…`);
      }
      expect(missing).toEqual([]);
    });

    it('evalUses(code) finds eval(, new Function( and Function("…")', () => {
      expect(evalUses('x=1;eval("2")')).toHaveLength(1);
      expect(evalUses('const f=new Function("a","return a")')).toHaveLength(1);
      expect(evalUses('Function("return this")()')).toHaveLength(1);
      expect(evalUses('o.evaluate(x);retrieval(y);typeof Function')).toEqual([]);
    });

    it('no JavaScript file in dist/ (ours in _astro/, and Pagefind’s) uses eval or new Function', () => {
      const files = jsFiles(distDir);
      expect(files.some((f) => f.includes('/pagefind/'))).toBe(true);
      const found = files.flatMap((f) =>
        evalUses(readDist(relative(distDir, f))).map((s) => `${relative(distDir, f)}: …${s}…`),
      );
      expect(found).toEqual([]);
    });
  });
});
