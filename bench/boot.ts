/**
 * `npm run bench:boot`: time from launching `npm start` to the first 200 on /healthz.
 * Two cases, five runs each, median reported: a first start on an empty data folder (database
 * created, migrated and loaded with demo data) and a restart on the folder the first start left.
 * The web app is built once beforehand, as `npm start` does on its first run.
 */
import { execSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = 3900;

async function waitForHealth(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${PORT}/healthz`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('no 200 on /healthz within 60 s');
}

async function boot(dataDir: string): Promise<number> {
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: 'ignore',
    detached: true,
  });
  try {
    await waitForHealth(Date.now() + 60_000);
    return performance.now() - started;
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

execSync('node scripts/ensure-web.mjs', { stdio: 'inherit' });
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'renhe-boot-'));
const first: number[] = [];
const restart: number[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const dir = path.join(root, `run-${i}`);
    first.push(await boot(dir));
    restart.push(await boot(dir));
  }
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}

const fmt = (xs: number[]) => `${(median(xs) / 1000).toFixed(2)} s (runs: ${xs.map((x) => (x / 1000).toFixed(2)).join(', ')})`;
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log('| case | median time from `npm start` to first /healthz 200 |');
console.log('| --- | --- |');
console.log(`| first start (create + migrate + demo data) | ${fmt(first)} |`);
console.log(`| restart on existing data | ${fmt(restart)} |`);
