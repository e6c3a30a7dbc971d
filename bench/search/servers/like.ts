/**
 * The LIKE baseline, in its own process: what PHP 人才网 packages run for a keyword search, through
 * a mysql2 pool against MariaDB. Every term must appear, as a substring, in the title, the company
 * name, the tags or the description; newest first by refresh time. `total=1` adds the
 * `select count(*)` with the same condition that their "共 N 条" needs. There is no relevance
 * order in those packages: `sort=relevance` is answered in refresh-time order too.
 */
import Fastify from 'fastify';
import mysql from 'mysql2/promise';
import { likeWhere } from '../like-sql.js';

const pool = mysql.createPool({ uri: process.env.BENCH_LIKE_URL as string, connectionLimit: Number(process.env.BENCH_LIKE_POOL ?? 10) });
const app = Fastify({ logger: false });

interface Query {
  q?: string;
  city?: string;
  total?: string;
  limit?: string;
}

app.get<{ Querystring: Query }>('/search', async (req) => {
  const { where, params } = likeWhere(req.query.q ?? '', req.query.city || undefined);
  const limit = Math.min(100, Number(req.query.limit ?? 20) || 20);
  const [items] = await pool.query(
    `select id, title, company, city, district, minwage, maxwage, tags, refreshtime from jobs where ${where} order by refreshtime desc, id desc limit ${limit}`,
    params,
  );
  if (req.query.total !== '1') return { items };
  const [count] = await pool.query(`select count(*) as n from jobs where ${where}`, params);
  return { items, total: Number((count as { n: number }[])[0]?.n ?? 0) };
});

app.get('/healthz', async () => {
  await pool.query('select 1');
  return { status: 'ok' };
});

await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 0) });
process.send?.({ listening: (app.server.address() as { port: number }).port });
process.on('disconnect', () => process.exit(0));
