import { type Kysely, sql } from 'kysely';

// Labels the first version stored, mapped to the taxonomy codes that replace them. A snapshot:
// migrations never import application code.
const experience: [string, string][] = [
  ['经验不限', 'any'],
  ['在校/应届', 'none'],
  ['应届生', 'none'],
  ['1年以下', 'lt1'],
  ['1-3年', '1-3'],
  ['3-5年', '3-5'],
  ['5-10年', '5-10'],
  ['10年以上', '10+'],
];
const education: [string, string][] = [
  ['学历不限', 'any'],
  ['初中及以下', 'junior'],
  ['高中/中专', 'senior'],
  ['中专/中技', 'senior'],
  ['大专', 'college'],
  ['本科', 'bachelor'],
  ['硕士', 'master'],
  ['博士', 'doctor'],
];
const welfare: [string, string][] = [
  ['五险一金', 'insurance'],
  ['双休', 'weekends'],
  ['带薪年假', 'paid_leave'],
  ['年终奖', 'bonus'],
  ['包住', 'housing'],
  ['包吃', 'meals'],
  ['餐补', 'meal_allowance'],
  ['交通补助', 'transport'],
  ['定期体检', 'checkup'],
  ['节日福利', 'holiday_gifts'],
  ['弹性工作', 'flexible'],
  ['员工旅游', 'trips'],
  ['股票期权', 'equity'],
  ['免费班车', 'shuttle'],
];
/** The first position of each category, for rows that named only a category. */
const firstPosition: [string, string][] = [
  ['tech', 'tech.backend'],
  ['product', 'product.manager'],
  ['ops', 'ops.new_media'],
  ['engineering', 'engineering.mechanical'],
  ['construction', 'construction.civil'],
  ['production', 'production.worker'],
  ['logistics', 'logistics.warehouse'],
  ['sales', 'sales.rep'],
  ['service', 'service.customer'],
  ['education', 'education.teacher'],
  ['finance', 'finance.accountant'],
  ['admin', 'admin.hr'],
];

const mapping = (pairs: [string, string][]) => sql.join(pairs.map(([from, to]) => sql`(${from}::text, ${to}::text)`));

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('jobs')
    .addColumn('position', 'text')
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('review_note', 'text')
    .addColumn('flags', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('created_by', 'uuid')
    .addColumn('refreshed_at', 'timestamptz')
    .addColumn('expires_at', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // Existing rows move to codes and to salaries in thousands of yuan a month.
  await sql`update jobs j set experience = coalesce((select m.code from (values ${mapping(experience)}) m(label, code) where m.label = j.experience), 'any')`.execute(
    db,
  );
  await sql`update jobs j set education = coalesce((select m.code from (values ${mapping(education)}) m(label, code) where m.label = j.education), 'any')`.execute(
    db,
  );
  await sql`update jobs j set tags = coalesce((select array_agg(m.code order by m.code) from unnest(j.tags) t(label) join (values ${mapping(welfare)}) m(label, code) on m.label = t.label), '{}'::text[])`.execute(
    db,
  );
  await sql`update jobs j set position = coalesce((select m.code from (values ${mapping(firstPosition)}) m(category, code) where m.category = j.category), 'tech.backend')`.execute(
    db,
  );
  await sql`update jobs set category = split_part(position, '.', 1) where category <> split_part(position, '.', 1)`.execute(db);
  await sql`alter table jobs drop constraint jobs_salary_check`.execute(db);
  await sql`update jobs set salary_min = greatest(1, round(salary_min / 1000.0)), salary_max = greatest(1, round(salary_max / 1000.0))`.execute(db);
  await sql`update jobs set refreshed_at = published_at, expires_at = published_at + interval '30 days', updated_at = created_at`.execute(db);

  await sql`alter table jobs alter column position set not null`.execute(db);
  await sql`alter table jobs alter column published_at drop not null`.execute(db);
  await sql`alter table jobs alter column published_at drop default`.execute(db);
  await sql`alter table jobs alter column status set default 'draft'`.execute(db);
  await sql`alter table jobs drop constraint jobs_status_check`.execute(db);
  await sql`alter table jobs add constraint jobs_status_check check (status in ('draft', 'pending', 'open', 'rejected', 'closed', 'expired'))`.execute(db);
  await sql`alter table jobs add constraint jobs_salary_check check (salary_min > 0 and salary_max >= salary_min and salary_months between 12 and 24)`.execute(
    db,
  );
  await sql`alter table jobs add constraint jobs_headcount_check check (headcount between 1 and 9999)`.execute(db);
  // An open job has been published and knows when it expires.
  await sql`alter table jobs add constraint jobs_open_check check (status <> 'open' or (published_at is not null and refreshed_at is not null and expires_at is not null))`.execute(
    db,
  );
  // Who posted a job goes with that person's account; the job stays with the enterprise.
  await sql`alter table jobs add constraint jobs_created_by_fkey foreign key (created_by) references users (id) on delete set null`.execute(db);

  // Public lists sort by recency (refreshed_at); open and unexpired is decided by the query.
  await db.schema.dropIndex('jobs_open_recent_idx').execute();
  await db.schema.dropIndex('jobs_open_city_recent_idx').execute();
  await db.schema.createIndex('jobs_open_recent_idx').on('jobs').columns(['refreshed_at desc', 'id desc']).where(sql.ref('status'), '=', 'open').execute();
  await db.schema
    .createIndex('jobs_open_city_recent_idx')
    .on('jobs')
    .columns(['city', 'refreshed_at desc', 'id desc'])
    .where(sql.ref('status'), '=', 'open')
    .execute();
  await db.schema.createIndex('jobs_review_queue_idx').on('jobs').columns(['updated_at', 'id']).where(sql.ref('status'), '=', 'pending').execute();
  await db.schema.createIndex('jobs_created_by_idx').on('jobs').column('created_by').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('jobs_created_by_idx').execute();
  await db.schema.dropIndex('jobs_review_queue_idx').execute();
  await db.schema.dropIndex('jobs_open_city_recent_idx').execute();
  await db.schema.dropIndex('jobs_open_recent_idx').execute();
  await sql`delete from jobs where published_at is null`.execute(db);
  await sql`update jobs set status = 'closed' where status not in ('open', 'closed')`.execute(db);
  await sql`alter table jobs drop constraint jobs_open_check`.execute(db);
  await sql`alter table jobs drop constraint jobs_headcount_check`.execute(db);
  await sql`alter table jobs drop constraint jobs_salary_check`.execute(db);
  await sql`alter table jobs drop constraint jobs_status_check`.execute(db);
  await sql`update jobs set salary_min = salary_min * 1000, salary_max = salary_max * 1000`.execute(db);
  await sql`alter table jobs add constraint jobs_salary_check check (salary_min > 0 and salary_max >= salary_min and salary_months between 12 and 24)`.execute(
    db,
  );
  await sql`alter table jobs add constraint jobs_status_check check (status in ('open', 'closed'))`.execute(db);
  await sql`alter table jobs alter column status set default 'open'`.execute(db);
  await sql`alter table jobs alter column published_at set default now()`.execute(db);
  await sql`alter table jobs alter column published_at set not null`.execute(db);
  await db.schema
    .alterTable('jobs')
    .dropColumn('position')
    .dropColumn('address')
    .dropColumn('review_note')
    .dropColumn('flags')
    .dropColumn('created_by')
    .dropColumn('refreshed_at')
    .dropColumn('expires_at')
    .dropColumn('updated_at')
    .execute();
  await db.schema.createIndex('jobs_open_recent_idx').on('jobs').columns(['published_at desc', 'id desc']).where(sql.ref('status'), '=', 'open').execute();
  await db.schema
    .createIndex('jobs_open_city_recent_idx')
    .on('jobs')
    .columns(['city', 'published_at desc', 'id desc'])
    .where(sql.ref('status'), '=', 'open')
    .execute();
}
