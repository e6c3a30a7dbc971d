/**
 * CPU time spent by the processes that answer a scenario (the server's Node process and its
 * database's processes), read from /proc. Divided by the requests answered it gives a cost per
 * request that other work on the machine does not change, unlike requests per second. Linux only;
 * elsewhere every reading is 0.
 */
import fs from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

export function processCpuMs(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

/** Process ids whose command name is one of `names` (e.g. mariadbd). */
export function pidsNamed(...names: string[]): number[] {
  const out: number[] = [];
  for (const entry of fs.existsSync('/proc') ? fs.readdirSync('/proc') : []) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (names.includes(fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim())) out.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** A snapshot of CPU per process; `since` sums what each process spent after `before` (new ones in full). */
export type CpuSnapshot = Map<number, number>;

export function snapshot(pids: number[]): CpuSnapshot {
  return new Map(pids.map((p) => [p, processCpuMs(p)]));
}

export function since(before: CpuSnapshot, after: CpuSnapshot): number {
  let total = 0;
  for (const [pid, ms] of after) total += Math.max(0, ms - (before.get(pid) ?? 0));
  return total;
}
