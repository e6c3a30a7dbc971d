/** The part of autocannon's API the search benchmark uses (the package ships no types). */
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  namespace autocannon {
    interface Options {
      url: string;
      connections?: number;
      duration?: number;
      timeout?: number;
      requests?: Record<string, unknown>[];
    }
    interface Result {
      duration: number;
      non2xx: number;
      errors: number;
      timeouts: number;
    }
    type Instance = EventEmitter;
  }
  function autocannon(opts: autocannon.Options): autocannon.Instance;
  export default autocannon;
}
