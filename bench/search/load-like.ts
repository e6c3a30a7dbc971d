/**
 * The LIKE baseline's data: the same live jobs in MariaDB, in one `jobs` table shaped like the
 * ones PHP 人才网 packages keep (auto-increment id, title, company name, city, district, wages,
 * welfare tags as text, one description text, add/refresh times as Unix seconds, an index on
 * city + refresh time and one on refresh time). Those packages move closed and unaudited jobs to
 * another table, so only live jobs are loaded; ids are Renhe's, so recall can be compared.
 * Loaded with LOAD DATA LOCAL INFILE from a stream; secondary indexes are built afterwards.
 */
import { Readable } from 'node:stream';
import mysql from 'mysql2/promise';
import { type GenEnterprise, generateEnterprises, generateJobs, isLive, likeFields, type Plan } from './generate.js';

export const MYSQL_URL = process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test';
export const LIKE_DATABASE = 'renhe_bench_like';

export function likeUrl(): string {
  const url = new URL(MYSQL_URL);
  url.pathname = `/${LIKE_DATABASE}`;
  return url.toString();
}

export async function mysqlAvailable(): Promise<string | null> {
  try {
    const conn = await mysql.createConnection({ uri: MYSQL_URL, connectTimeout: 2000 });
    const [rows] = await conn.query('select version() as v');
    await conn.end();
    return `MariaDB ${String((rows as { v: string }[])[0]?.v).split('-')[0]}`;
  } catch {
    return null;
  }
}

const tsv = (v: string | number) => (typeof v === 'number' ? String(v) : v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n'));

export interface LikeLoadStats {
  rows: number;
  loadMs: number;
  indexMs: number;
  dataMiB: number;
}

export async function loadLike(plan: Plan, onProgress?: (done: number, total: number) => void): Promise<LikeLoadStats> {
  const admin = await mysql.createConnection({ uri: MYSQL_URL });
  await admin.query(`drop database if exists ${LIKE_DATABASE}`);
  await admin.query(`create database ${LIKE_DATABASE} character set utf8mb4 collate utf8mb4_general_ci`);
  await admin.end();
  const conn = await mysql.createConnection({ uri: likeUrl(), infileStreamFactory: () => Readable.from([]) });
  try {
    await conn.query(`create table jobs (
      id int unsigned not null auto_increment,
      company_id int unsigned not null,
      title varchar(100) not null,
      company varchar(100) not null,
      city varchar(30) not null,
      district varchar(30) not null default '',
      minwage int unsigned not null,
      maxwage int unsigned not null,
      experience varchar(20) not null default '',
      education varchar(20) not null default '',
      tags varchar(255) not null default '',
      description text not null,
      addtime int unsigned not null,
      refreshtime int unsigned not null,
      primary key (id)
    ) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_general_ci`);
    const enterprises = generateEnterprises(plan);
    let rows = 0;
    let seen = 0;
    const COLUMNS = 'id, company_id, title, company, city, district, minwage, maxwage, experience, education, tags, description, addtime, refreshtime';
    function* batches() {
      for (const batch of generateJobs(plan, enterprises, 5000)) {
        const out: (string | number)[][] = [];
        for (const j of batch) {
          if (!isLive(j, plan.now)) continue;
          const f = likeFields(j, enterprises[j.enterpriseId - 1] as GenEnterprise);
          out.push([
            j.id,
            j.enterpriseId,
            f.title,
            f.company,
            j.city,
            j.district,
            j.salaryMin * 1000,
            j.salaryMax * 1000,
            j.experience,
            j.education,
            f.tags,
            f.description,
            Math.floor((j.publishedAt as Date).getTime() / 1000),
            Math.floor((j.refreshedAt as Date).getTime() / 1000),
          ]);
        }
        rows += out.length;
        seen += batch.length;
        onProgress?.(seen, plan.jobs);
        yield out;
      }
    }
    async function* lines() {
      for (const out of batches()) yield Buffer.from(`${out.map((r) => r.map(tsv).join('\t')).join('\n')}\n`);
    }
    const t = performance.now();
    try {
      await conn.query({
        sql: `load data local infile 'jobs.tsv' into table jobs character set utf8mb4
              fields terminated by '\\t' escaped by '\\\\' lines terminated by '\\n' (${COLUMNS})`,
        infileStreamFactory: () => Readable.from(lines()),
      });
    } catch (err) {
      // A server with local_infile off: multi-row inserts instead (slower, same rows).
      if (!/local_infile|LOAD DATA LOCAL|not allowed/i.test(String((err as Error).message))) throw err;
      await conn.query('truncate table jobs');
      rows = 0;
      seen = 0;
      for (const out of batches()) {
        for (let i = 0; i < out.length; i += 1000) await conn.query(`insert into jobs (${COLUMNS}) values ?`, [out.slice(i, i + 1000)]);
      }
    }
    const loadMs = performance.now() - t;
    const t2 = performance.now();
    await conn.query('alter table jobs add index idx_city_refreshtime (city, refreshtime), add index idx_refreshtime (refreshtime)');
    await conn.query('analyze table jobs');
    const indexMs = performance.now() - t2;
    const [size] = await conn.query(
      `select data_length + index_length as bytes from information_schema.tables where table_schema = '${LIKE_DATABASE}' and table_name = 'jobs'`,
    );
    return { rows, loadMs, indexMs, dataMiB: Number((size as { bytes: number }[])[0]?.bytes ?? 0) / 2 ** 20 };
  } finally {
    await conn.end();
  }
}

export async function dropLike(): Promise<void> {
  const admin = await mysql.createConnection({ uri: MYSQL_URL });
  await admin.query(`drop database if exists ${LIKE_DATABASE}`);
  await admin.end();
}
