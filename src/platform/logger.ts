import pino, { type DestinationStream, type Logger } from 'pino';
import { redactText, redactValue } from './redact.js';

export type { Logger };

/**
 * The application logger. Every object and message passes through the PI redaction step before
 * it is serialised, so a phone number, ID number, e-mail, code or token never reaches the output.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        // req, res and err are left to their serializers below, which redact what they keep.
        log: (obj) => {
          const out: Record<string, unknown> = {};
          for (const [k, v] of Object.entries(obj)) out[k] = k === 'req' || k === 'res' || k === 'err' ? v : redactValue(v);
          return out;
        },
      },
      hooks: {
        logMethod(args, method) {
          const cleaned = args.map((a) => (typeof a === 'string' ? redactText(a) : a));
          return method.apply(this, cleaned as Parameters<typeof method>);
        },
      },
      serializers: {
        req: (req: { id?: string; method?: string; url?: string }) => ({ id: req.id, method: req.method, url: redactText(String(req.url ?? '')) }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
        err: (err: Error) => redactValue(pino.stdSerializers.err(err)),
      },
    },
    destination,
  );
}
