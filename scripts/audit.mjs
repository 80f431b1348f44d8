// `npm run audit:prod`: `npm audit --omit=dev`; fails on any high or critical advisory in the
// packages the site ships. When the registry's audit endpoint cannot be reached (offline, or a
// mirror without it: "405 Method Not Allowed"), it prints a loud warning and exits 0, because
// "could not ask" is not "vulnerable"; CI logs show the warning. Decided in issue 7.
// `node scripts/audit.mjs report.json` reads a saved `npm audit --json` report instead.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const saved = process.argv[2];
const r = saved
  ? { stdout: readFileSync(saved, 'utf8'), stderr: '' }
  : spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(r.stdout);
} catch {
  report = undefined;
}
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const reason = report?.message ?? report?.error?.summary ?? r.stderr.trim().split('\n').pop();
  console.warn(
    `\n  ⚠  npm audit could not run: ${reason ?? 'no report'}.\n     The production dependencies were NOT audited this time.\n`,
  );
  process.exit(0);
}
const bad = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `npm audit --omit=dev: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`,
);
if (bad > 0) {
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
    if (v.severity === 'high' || v.severity === 'critical')
      console.error(`  ${v.severity}: ${name}`);
  }
  process.exit(1);
}
