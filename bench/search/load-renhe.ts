/**
 * Bulk loading of the generated data into Renhe's own tables (PostgreSQL server or PGlite):
 * one `insert … select … from unnest($1::int[], $2::text[], …)` per batch, the next batch being
 * generated while the previous one is written. Ids are given explicitly (so the LIKE copy in
 * MariaDB carries the same ids) and the identity sequences are moved past them afterwards.
 */
import { CompiledQuery, sql } from 'kysely';
import type { Db } from '../../src/platform/db/index.js';
import { benchEnterprise, type GenEnterprise, type GenJob, type GenSeeker, generateEnterprises, generateJobs, generateSeekers, type Plan } from './generate.js';
import { encryptPhone, newSession, phoneIndex } from './keys.js';

type Column = [name: string, type: string, values: unknown[], expression?: string];

async function insertUnnest(db: Db, table: string, columns: Column[]): Promise<void> {
  const names = columns.map((c) => c[0]).join(', ');
  const exprs = columns.map((c) => c[3] ?? c[0]).join(', ');
  const arrays = columns.map((c, i) => `$${i + 1}::${c[1]}[]`).join(', ');
  await db.executeQuery(
    CompiledQuery.raw(
      `insert into ${table} (${names}) select ${exprs} from unnest(${arrays}) as t(${names})`,
      columns.map((c) => c[2]),
    ),
  );
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Runs writes with at most `depth` in flight, so generating the next batch overlaps writing this one. */
function pipeline(depth: number) {
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  return {
    async push(write: () => Promise<void>) {
      if (failure) throw failure;
      const p = write().catch((err) => {
        failure ??= err;
      });
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p));
      while (inFlight.size >= depth) await Promise.race(inFlight);
      if (failure) throw failure;
    },
    async drain() {
      await Promise.all(inFlight);
      if (failure) throw failure;
    },
  };
}

export function insertEnterprises(db: Db, rows: GenEnterprise[]) {
  return insertUnnest(db, 'enterprises', [
    ['id', 'int', rows.map((e) => e.id)],
    ['name', 'text', rows.map((e) => e.name)],
    ['city', 'text', rows.map((e) => e.city)],
    ['industry', 'text', rows.map((e) => e.industry)],
    ['size', 'text', rows.map((e) => e.size)],
    ['description', 'text', rows.map((e) => e.description)],
    ['verified', 'bool', rows.map((e) => e.verified)],
    ['address', 'text', rows.map((e) => e.address)],
    ['created_at', 'timestamptz', rows.map((e) => iso(e.createdAt))],
  ]);
}

export function insertJobs(db: Db, rows: GenJob[]) {
  return insertUnnest(db, 'jobs', [
    ['id', 'int', rows.map((j) => j.id)],
    ['enterprise_id', 'int', rows.map((j) => j.enterpriseId)],
    ['title', 'text', rows.map((j) => j.title)],
    ['category', 'text', rows.map((j) => j.category)],
    ['position', 'text', rows.map((j) => j.position)],
    ['city', 'text', rows.map((j) => j.city)],
    ['district', 'text', rows.map((j) => j.district)],
    ['address', 'text', rows.map((j) => j.address)],
    ['salary_min', 'int', rows.map((j) => j.salaryMin)],
    ['salary_max', 'int', rows.map((j) => j.salaryMax)],
    ['salary_months', 'int', rows.map((j) => j.salaryMonths)],
    ['experience', 'text', rows.map((j) => j.experience)],
    ['education', 'text', rows.map((j) => j.education)],
    ['job_type', 'text', rows.map((j) => j.jobType)],
    ['headcount', 'int', rows.map((j) => j.headcount)],
    ['tags', 'text', rows.map((j) => j.tags.join(',')), "string_to_array(tags, ',')"],
    ['description', 'text', rows.map((j) => j.description)],
    ['requirements', 'text', rows.map((j) => j.requirements)],
    ['status', 'text', rows.map((j) => j.status)],
    ['published_at', 'timestamptz', rows.map((j) => iso(j.publishedAt))],
    ['refreshed_at', 'timestamptz', rows.map((j) => iso(j.refreshedAt))],
    ['expires_at', 'timestamptz', rows.map((j) => iso(j.expiresAt))],
    ['created_at', 'timestamptz', rows.map((j) => iso(j.createdAt))],
    ['updated_at', 'timestamptz', rows.map((j) => iso(j.updatedAt))],
  ]);
}

export async function insertSeekers(db: Db, seekers: GenSeeker[], now: Date) {
  const keys = seekers.map((s) => encryptPhone(s.id, s.phone));
  await insertUnnest(db, 'subject_keys', [
    ['subject_id', 'uuid', seekers.map((s) => s.id)],
    ['kek_id', 'text', keys.map((k) => k.kekId)],
    ['wrapped_key', 'text', keys.map((k) => k.wrappedKey)],
  ]);
  await insertUnnest(db, 'users', [
    ['id', 'uuid', seekers.map((s) => s.id)],
    ['phone_enc', 'text', keys.map((k) => k.phoneEnc)],
    ['phone_index', 'text', seekers.map((s) => phoneIndex(s.phone))],
    ['role', 'text', seekers.map(() => 'seeker')],
    ['display_name', 'text', seekers.map((s) => s.displayName)],
    ['birth_date', 'date', seekers.map((s) => s.birthDate)],
    ['gender', 'text', seekers.map((s) => s.gender)],
    ['city', 'text', seekers.map((s) => s.city)],
    ['status', 'text', seekers.map((s) => s.status)],
    ['restricted_at', 'timestamptz', seekers.map((s) => (s.restricted ? now.toISOString() : null))],
    ['created_at', 'timestamptz', seekers.map((s) => iso(s.createdAt))],
  ]);
  const resumes = seekers.flatMap((s) => s.resumes.map((r) => ({ ...r, userId: s.id })));
  const json = (f: (r: (typeof resumes)[number]) => unknown) => resumes.map((r) => JSON.stringify(f(r)));
  await insertUnnest(db, 'resumes', [
    ['id', 'int', resumes.map((r) => r.id)],
    ['user_id', 'uuid', resumes.map((r) => r.userId)],
    ['title', 'text', resumes.map((r) => r.title)],
    ['visibility', 'text', resumes.map((r) => r.visibility)],
    ['real_name', 'text', resumes.map((r) => r.realName)],
    ['gender', 'text', resumes.map((r) => r.gender)],
    ['birth_date', 'date', resumes.map((r) => r.birthDate)],
    ['city', 'text', resumes.map((r) => r.city)],
    ['education_level', 'text', resumes.map((r) => r.educationLevel)],
    ['years_of_work', 'int', resumes.map((r) => r.yearsOfWork)],
    ['job_status', 'text', resumes.map((r) => r.jobStatus)],
    ['introduction', 'text', resumes.map((r) => r.introduction)],
    ['intended_positions', 'text', resumes.map((r) => r.intendedPositions.join(',')), "string_to_array(intended_positions, ',')"],
    ['intended_cities', 'text', resumes.map((r) => r.intendedCities.join(',')), "string_to_array(intended_cities, ',')"],
    ['job_types', 'text', resumes.map((r) => r.jobTypes.join(',')), "string_to_array(job_types, ',')"],
    ['salary_min', 'int', resumes.map((r) => r.salaryMin)],
    ['salary_max', 'int', resumes.map((r) => r.salaryMax)],
    ['education', 'jsonb', json((r) => r.education)],
    ['experience', 'jsonb', json((r) => r.experience)],
    ['projects', 'jsonb', json((r) => r.projects)],
    ['skills', 'jsonb', json((r) => r.skills)],
    ['certificates', 'jsonb', json((r) => r.certificates)],
    ['created_at', 'timestamptz', resumes.map((r) => iso(r.updatedAt))],
    ['updated_at', 'timestamptz', resumes.map((r) => iso(r.updatedAt))],
  ]);
  const blocks = seekers.flatMap((s) => s.blocks.map((e) => ({ seeker: s.id, enterprise: e })));
  if (blocks.length) {
    await insertUnnest(db, 'resume_blocks', [
      ['seeker_id', 'uuid', blocks.map((b) => b.seeker)],
      ['enterprise_id', 'int', blocks.map((b) => b.enterprise)],
    ]);
  }
  return resumes.length;
}

export interface LoadStats {
  enterprises: number;
  jobs: number;
  liveJobs: number;
  seekers: number;
  resumes: number;
  jobsMs: number;
  seekersMs: number;
  totalMs: number;
}

export interface LoadOptions {
  /** Writes in flight at once (1 on PGlite, whose one connection serialises them anyway). */
  depth?: number;
  /** Called with each batch of jobs once generated (the MariaDB copy is fed from here). */
  onJobs?: (jobs: GenJob[], enterprises: GenEnterprise[]) => void | Promise<void>;
  onProgress?: (what: string, done: number, total: number) => void;
}

export async function loadRenhe(db: Db, plan: Plan, opts: LoadOptions = {}): Promise<LoadStats> {
  const depth = opts.depth ?? 2;
  const started = performance.now();
  const enterprises = generateEnterprises(plan);
  for (let i = 0; i < enterprises.length; i += 5000) await insertEnterprises(db, enterprises.slice(i, i + 5000));

  const t = performance.now();
  const jobs = pipeline(depth);
  let done = 0;
  let liveJobs = 0;
  for (const batch of generateJobs(plan, enterprises, 5000)) {
    await opts.onJobs?.(batch, enterprises);
    for (const j of batch) if (j.status === 'open' && (j.expiresAt?.getTime() ?? 0) > plan.now.getTime()) liveJobs++;
    await jobs.push(() => insertJobs(db, batch));
    done += batch.length;
    opts.onProgress?.('jobs', done, plan.jobs);
  }
  await jobs.drain();
  const jobsMs = performance.now() - t;

  const t2 = performance.now();
  const seekers = pipeline(depth);
  let resumes = 0;
  done = 0;
  for (const batch of generateSeekers(plan, enterprises, 2000)) {
    await seekers.push(async () => {
      const n = await insertSeekers(db, batch, plan.now);
      resumes += n;
    });
    done += batch.length;
    opts.onProgress?.('seekers', done, plan.seekers);
  }
  await seekers.drain();
  const seekersMs = performance.now() - t2;

  for (const table of ['enterprises', 'jobs', 'resumes']) {
    await sql`select setval(pg_get_serial_sequence(${table}, 'id'), (select coalesce(max(id), 1) from ${sql.table(table)}))`.execute(db);
  }
  await sql`analyze`.execute(db);
  return {
    enterprises: enterprises.length,
    jobs: plan.jobs,
    liveJobs,
    seekers: plan.seekers,
    resumes,
    jobsMs,
    seekersMs,
    totalMs: performance.now() - started,
  };
}

export interface BenchAccounts {
  enterpriseId: number;
  recruiter: { userId: string; token: string; csrf: string };
  /** Signed-in seekers with a resume they may apply with (public or applied-only, account active). */
  seekers: { userId: string; resumeId: number; token: string; csrf: string }[];
}

/**
 * Signs in the accounts the scenarios act as, the way the accounts service does (a session row
 * holding the keyed hash of a random token): one recruiter, admin of the first verified
 * enterprise, and `seekers` seekers taken from the generated ones.
 */
export async function prepareAccounts(db: Db, plan: Plan, seekers: number): Promise<BenchAccounts> {
  const enterprises = generateEnterprises(plan);
  const enterprise = benchEnterprise(enterprises);
  const recruiterId = '00000000-0000-4000-8000-00000000b001';
  const phone = '17000000001';
  const key = encryptPhone(recruiterId, phone);
  await sql`insert into subject_keys (subject_id, kek_id, wrapped_key) values (${recruiterId}, ${key.kekId}, ${key.wrappedKey})`.execute(db);
  await sql`insert into users (id, phone_enc, phone_index, role, display_name, birth_date)
            values (${recruiterId}, ${key.phoneEnc}, ${phoneIndex(phone)}, 'recruiter', '基准招聘官', '1990-01-01')`.execute(db);
  await sql`insert into enterprise_members (enterprise_id, user_id, role) values (${enterprise.id}, ${recruiterId}, 'admin')`.execute(db);
  const expires = new Date(Date.now() + 30 * 86_400_000);
  const session = async (userId: string) => {
    const s = newSession();
    await sql`insert into sessions (user_id, token_hash, user_agent, expires_at) values (${userId}, ${s.tokenHash}, 'search-bench', ${expires})`.execute(db);
    return s;
  };
  const r = await session(recruiterId);
  const rows = await sql<{ user_id: string; id: number }>`
    select distinct on (r.user_id) r.user_id, r.id
    from resumes r join users u on u.id = r.user_id
    where u.status = 'active' and u.restricted_at is null and r.visibility <> 'private'
      and not exists (select 1 from resume_blocks b where b.seeker_id = r.user_id)
    order by r.user_id, r.id
    limit ${seekers}`.execute(db);
  const out: BenchAccounts['seekers'] = [];
  for (const row of rows.rows) {
    const s = await session(row.user_id);
    out.push({ userId: row.user_id, resumeId: row.id, token: s.token, csrf: s.csrf });
  }
  return { enterpriseId: enterprise.id, recruiter: { userId: recruiterId, token: r.token, csrf: r.csrf }, seekers: out };
}
