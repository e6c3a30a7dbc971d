/**
 * One measurement: autocannon in this process against a server in another, every response's
 * latency recorded (autocannon's own summary has no 95th percentile), the request rotated per
 * call through `next()` so one run can interleave many URLs, identities or bodies.
 */
import autocannon from 'autocannon';

export interface Req {
  path: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

export interface Measured {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** The first failing answer, to say what went wrong. */
  sample?: string;
}

export interface HammerOptions {
  connections: number;
  durationSec: number;
  timeoutSec?: number;
}

function percentile(sorted: Float64Array, p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

export async function hammer(baseUrl: string, next: () => Req, opts: HammerOptions): Promise<Measured> {
  let latencies = new Float64Array(1 << 16);
  let n = 0;
  let sample: string | undefined;
  const instance = autocannon({
    url: baseUrl,
    connections: opts.connections,
    duration: opts.durationSec,
    timeout: opts.timeoutSec ?? 30,
    requests: [
      {
        setupRequest: (req: Record<string, unknown>) => {
          const r = next();
          return {
            ...req,
            method: r.method ?? 'GET',
            path: r.path,
            headers: { ...(r.body ? { 'content-type': 'application/json' } : {}), ...r.headers },
            body: r.body,
          };
        },
        onResponse: (status: number, body: string) => {
          if ((status < 200 || status >= 300) && sample === undefined) sample = `${status} ${String(body).slice(0, 300)}`;
        },
      },
    ],
  } as autocannon.Options);
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
    if (n === latencies.length) {
      const bigger = new Float64Array(latencies.length * 2);
      bigger.set(latencies);
      latencies = bigger;
    }
    latencies[n++] = ms;
  });
  instance.on('reqError', (err: Error) => {
    sample ??= `request error: ${err.message}`;
  });
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    instance.once('done', resolve);
    instance.once('error', reject);
  });
  const sorted = latencies.slice(0, n).sort();
  return {
    requests: n,
    rps: n / result.duration,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    ...(sample ? { sample } : {}),
  };
}

/** Cycles through a list. */
export function rotate<T>(items: readonly T[]): () => T {
  let i = 0;
  return () => items[i++ % items.length] as T;
}
