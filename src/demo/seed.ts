import type { AccountsService } from '../modules/accounts/index.js';
import { countEnterprises, insertEnterprises } from '../modules/enterprises/index.js';
import { insertJobs } from '../modules/jobs/index.js';
import { insertResumes } from '../modules/resumes/index.js';
import type { Db } from '../platform/db/index.js';
import { generateDemo } from './generate.js';

/** Loads the demo data set into an empty database; does nothing (returns null) otherwise. */
export async function seedDemoData(db: Db, accounts: AccountsService, now: Date = new Date()) {
  if ((await countEnterprises(db)) > 0) return null;
  const demo = generateDemo();
  return db.transaction().execute(async (trx) => {
    const inserted = await insertEnterprises(
      trx,
      demo.enterprises.map(({ categories: _c, ...e }) => e),
    );
    const idByName = new Map(inserted.map((e) => [e.name, e.id]));
    const jobRows = demo.jobs.map((j) => {
      const publishedAt = new Date(now.getTime() - j.ageHours * 3_600_000);
      return {
        enterprise_id: idByName.get(demo.enterprises[j.enterpriseIndex]?.name ?? '') as number,
        title: j.title,
        category: j.category,
        position: j.position,
        city: j.city,
        district: j.district,
        address: j.address,
        salary_min: j.salaryMin,
        salary_max: j.salaryMax,
        salary_months: j.salaryMonths,
        experience: j.experience,
        education: j.education,
        job_type: j.jobType,
        headcount: j.headcount,
        tags: j.tags,
        description: j.description,
        requirements: j.requirements,
        status: 'open' as const,
        published_at: publishedAt,
        refreshed_at: publishedAt,
        // Every demo job is younger than 30 days, so all are open when the demo starts.
        expires_at: new Date(publishedAt.getTime() + 30 * 86_400_000),
      };
    });
    for (let i = 0; i < jobRows.length; i += 200) await insertJobs(trx, jobRows.slice(i, i + 200));
    const seekerIds = await accounts.createDemoSeekers(trx, demo.seekers);
    await insertResumes(
      trx,
      demo.seekers.map(({ resume: r, ...s }, i) => ({
        user_id: seekerIds[i] as string,
        title: r.title,
        visibility: r.visibility,
        real_name: s.displayName,
        gender: s.gender,
        birth_date: s.birthDate,
        city: s.city,
        education_level: r.educationLevel,
        years_of_work: r.yearsOfWork,
        job_status: r.jobStatus,
        introduction: r.introduction,
        intended_positions: r.intendedPositions,
        intended_cities: [s.city],
        job_types: ['full_time'],
        salary_min: r.salaryMin * 1000,
        salary_max: r.salaryMax * 1000,
        education: JSON.stringify(r.education),
        experience: JSON.stringify(r.experience),
        skills: JSON.stringify(r.skills),
        updated_at: new Date(now.getTime() - (i % 240) * 3_600_000),
      })),
    );
    return { enterprises: inserted.length, jobs: jobRows.length, seekers: demo.seekers.length };
  });
}
