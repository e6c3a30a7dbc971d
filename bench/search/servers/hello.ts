/** The ceiling of the machine: a Fastify 5 route that answers a constant, in its own process. */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/hello', async () => ({ hello: 'world' }));
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 0) });
process.send?.({ listening: (app.server.address() as { port: number }).port });
process.on('disconnect', () => process.exit(0));
