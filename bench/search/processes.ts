/**
 * The benchmark's child processes: each server runs in a process group of its own, started here
 * and stopped here by its process id (the whole group, so nothing it started outlives it).
 */
import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';

export interface Child {
  name: string;
  pid: number;
  url: string;
  stop(): Promise<void>;
}

const here = path.dirname(new URL(import.meta.url).pathname);
const started = new Set<Child>();

export async function startServer(name: string, script: string, env: Record<string, string | undefined>, timeoutMs = 120_000): Promise<Child> {
  const child: ChildProcess = fork(path.join(here, 'servers', script), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...env, PORT: '0' },
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pid = child.pid as number;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name}: not listening after ${timeoutMs} ms`)), timeoutMs);
    child.on('message', (m: { listening?: number }) => {
      if (m.listening) {
        clearTimeout(timer);
        resolve(m.listening);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name}: exited with ${code} before listening`));
    });
  });
  const handle: Child = {
    name,
    pid,
    url: `http://127.0.0.1:${port}`,
    async stop() {
      started.delete(handle);
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-pid, 'SIGTERM');
      } catch {
        return;
      }
      const killer = setTimeout(() => {
        try {
          process.kill(-pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 10_000);
      await exited;
      clearTimeout(killer);
    },
  };
  started.add(handle);
  return handle;
}

/** Stops every server still running (on the way out, whatever happened). */
export async function stopAll(): Promise<void> {
  await Promise.all([...started].map((c) => c.stop()));
}
