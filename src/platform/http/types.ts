import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { Role } from '../../modules/accounts/tables.js';
import type { Actor, Ctx } from '../context.js';

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without signing in. */
    public?: boolean;
    /** Roles allowed; any signed-in role when absent. */
    roles?: Role[];
  }
  interface FastifyRequest {
    actor: Actor | null;
    ctx: Ctx;
    /** A cookie-authenticated write came without the matching CSRF token. */
    csrfRejected: boolean;
  }
}
