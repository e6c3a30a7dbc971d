import type { FastifyBaseLogger } from 'fastify';
import type { Role } from '../modules/accounts/tables.js';
import type { Db } from './db/index.js';
import type { Locale } from './errors.js';

export interface Actor {
  userId: string;
  role: Role;
  sessionId: string;
}

/** What every service call receives first: who acts, for which request, on which connection. */
export interface Ctx {
  actor: Actor | null;
  requestId: string;
  log: FastifyBaseLogger;
  db: Db;
  locale: Locale;
  ip: string;
  userAgent: string | undefined;
}

/** Runs `fn` in one transaction; the context it receives uses that transaction. */
export async function inTransaction<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return fn(ctx);
  return ctx.db.transaction().execute((trx) => fn({ ...ctx, db: trx }));
}
