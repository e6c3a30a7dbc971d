// `npm test`: the server suite (unit + integration + HTTP on PGlite) and the browser suite, then
// one closing line "N passed, N failed". With `--postgres <url>` the server suite runs a second
// time against that PostgreSQL server (each run creates and drops its own databases).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

let postgresUrl;
const projects = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--postgres') postgresUrl = args[++i];
  else projects.push(args[i]);
}
const selected = projects.length ? projects : ['server', 'e2e'];

const runs = selected.map((project) => ({ label: `${project} (PGlite)`, project, env: { TEST_DATABASE_URL: '' } }));
// The server project holds every test that touches the database directly (repositories, services,
// HTTP through app.inject), so it is the one that runs again on PostgreSQL. The browser suite drives
// the same HTTP API once, on the embedded database `npm start` uses, which keeps CI within its time.
if (postgresUrl && selected.includes('server')) {
  runs.push({ label: 'server (PostgreSQL)', project: 'server', env: { TEST_DATABASE_URL: postgresUrl } });
}

const outDir = path.resolve('.test-results');
fs.mkdirSync(outDir, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
let broken = false;
for (const run of runs) {
  console.log(`\n=== ${run.label} ===`);
  const out = path.join(outDir, `${run.label.replace(/\W+/g, '-')}.json`);
  fs.rmSync(out, { force: true });
  const res = spawnSync('npx', ['vitest', 'run', '--project', run.project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], {
    stdio: 'inherit',
    env: { ...process.env, ...run.env },
  });
  if (!fs.existsSync(out)) {
    console.error(`${run.label}: the test runner produced no report (exit ${res.status})`);
    broken = true;
    continue;
  }
  const report = JSON.parse(fs.readFileSync(out, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  if (res.status !== 0 && report.numFailedTests === 0) {
    console.error(`${run.label}: the test runner failed outside a test (exit ${res.status})`);
    broken = true;
  }
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed || broken ? 1 : 0);
