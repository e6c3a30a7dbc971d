/**
 * Deterministic, streaming generator of the search benchmark's data: enterprises, job postings
 * and seekers with resumes, shaped exactly like Renhe's tables. The same seed and scale always
 * give the same rows (texts, codes, ids); only timestamps are relative to the `now` passed in.
 *
 * Query keywords and their share of postings (counted as a substring of title, company name,
 * welfare labels or description, which is what a LIKE search matches):
 *   工程师 common (~20 %), 仓库管理员 medium (~1.5 %), 无人机飞手 rare (~0.1 %), 量子纠缠师 none,
 *   Java Latin (~5 %), "Java 双休" two terms (~2 %).
 */
import { cities, rng } from '../../src/demo/generate.js';
import { positionCategories, positionOf, welfareTags } from '../../src/modules/taxonomy/taxonomy.js';
import {
  achievements,
  type Family,
  families,
  givenNames,
  industries,
  majors,
  namePartsA,
  namePartsB,
  openers,
  pastEmployers,
  perkSentences,
  RARE_KEYWORD,
  rareSentences,
  rareTitles,
  schools,
  sharedDuties,
  sharedNeeds,
  sizes,
  streets,
  strengths,
  surnames,
} from './vocabulary.js';

export const KEYWORDS = {
  common: '工程师',
  medium: '仓库管理员',
  rare: RARE_KEYWORD,
  none: '量子纠缠师',
  latin: 'Java',
  two: 'Java 双休',
} as const;
export type QueryClass = keyof typeof KEYWORDS;

/** Share of jobs per city (the rest of the country is not modelled). */
const cityWeights: Record<string, number> = {
  北京: 14,
  上海: 14,
  深圳: 12,
  广州: 10,
  杭州: 9,
  成都: 8,
  武汉: 7,
  南京: 6,
  西安: 5,
  苏州: 6,
  重庆: 5,
  长沙: 4,
};
export const CITY_FILTER = '上海';

export interface Plan {
  seed: number;
  jobs: number;
  enterprises: number;
  seekers: number;
  now: Date;
}

/** Enterprises are a twentieth of the jobs; seekers a quarter (each with one or two resumes). */
export function makePlan(jobs: number, opts: { seed?: number; seekers?: number; now?: Date } = {}): Plan {
  return {
    seed: opts.seed ?? 20261201,
    jobs,
    enterprises: Math.max(20, Math.round(jobs / 20)),
    seekers: opts.seekers ?? Math.max(100, Math.round(jobs / 4)),
    now: opts.now ?? new Date(),
  };
}

export interface GenEnterprise {
  id: number;
  name: string;
  city: string;
  industry: string;
  size: string;
  description: string;
  verified: boolean;
  address: string;
  createdAt: Date;
}

export type GenJobStatus = 'open' | 'closed' | 'pending' | 'draft';

export interface GenJob {
  id: number;
  enterpriseId: number;
  title: string;
  category: string;
  position: string;
  city: string;
  district: string;
  address: string;
  salaryMin: number;
  salaryMax: number;
  salaryMonths: number;
  experience: string;
  education: string;
  jobType: 'full_time' | 'part_time' | 'internship';
  headcount: number;
  tags: string[];
  description: string;
  requirements: string;
  status: GenJobStatus;
  publishedAt: Date | null;
  refreshedAt: Date | null;
  expiresAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface GenResume {
  id: number;
  title: string;
  visibility: 'public' | 'applied' | 'private';
  realName: string;
  gender: 'female' | 'male';
  birthDate: string;
  city: string;
  educationLevel: string;
  yearsOfWork: number;
  jobStatus: 'looking' | 'open' | 'not_looking';
  introduction: string;
  intendedPositions: string[];
  intendedCities: string[];
  jobTypes: string[];
  /** Yuan a month. */
  salaryMin: number;
  salaryMax: number;
  education: { school: string; major: string; degree: string; start: string; end: string | null }[];
  experience: { company: string; title: string; start: string; end: string | null; monthlySalary: number | null; description: string; internship: boolean }[];
  projects: { name: string; role: string; start: string; end: string | null; description: string }[];
  skills: string[];
  certificates: { name: string; issuedOn: string | null }[];
  updatedAt: Date;
}

export interface GenSeeker {
  id: string;
  phone: string;
  displayName: string;
  birthDate: string;
  gender: 'female' | 'male';
  city: string;
  status: 'active' | 'cancelled';
  restricted: boolean;
  /** Enterprise ids this seeker has blocked. */
  blocks: number[];
  resumes: GenResume[];
  createdAt: Date;
}

const DAY = 86_400_000;
const cityNames = Object.keys(cities);
const welfareLabel = new Map(welfareTags.map((w) => [w.code, w.zh]));
/** Share of postings offering each welfare tag. */
const welfareShare: Record<string, number> = {
  insurance: 0.62,
  weekends: 0.42,
  paid_leave: 0.35,
  bonus: 0.3,
  housing: 0.14,
  meals: 0.16,
  meal_allowance: 0.22,
  transport: 0.12,
  checkup: 0.18,
  holiday_gifts: 0.28,
  flexible: 0.08,
  trips: 0.1,
  equity: 0.03,
  shuttle: 0.05,
};
const educationOfJobLevel = (code: string) => (code === 'any' ? 'senior' : code);

type Rng = ReturnType<typeof rng>;

function weighted<T>(items: readonly T[], weights: readonly number[]) {
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) {
    total += w;
    cumulative.push(total);
  }
  return (r: Rng): T => {
    const x = r.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return items[lo] as T;
  };
}

const pickCity = weighted(
  cityNames,
  cityNames.map((c) => cityWeights[c] ?? 1),
);
const pickFamily = weighted(
  families,
  families.map((fam) => fam.weight),
);

/** A v4-shaped UUID drawn from the generator, so seeker ids are deterministic too. */
function uuidFrom(r: Rng): string {
  const hex = (n: number) =>
    Math.floor(r.next() * 16 ** n)
      .toString(16)
      .padStart(n, '0');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + Math.floor(r.next() * 4)).toString(16)}${hex(3)}-${hex(6)}${hex(6)}`;
}

const positionLabel = (code: string) => positionOf(code)?.zh ?? code;

// --- enterprises ----------------------------------------------------------------------------------

const partsA = [...new Set(namePartsA)];
const partsB = [...new Set(namePartsB)];

/**
 * Unique names without a lookup table: enterprise i takes the i-th combination of brand
 * (two characters), city and industry under a fixed permutation, so names look random but never
 * repeat (past the number of combinations a numeral is added).
 */
function enterpriseName(i: number): { name: string; city: string; industry: (typeof industries)[number] } {
  const combos = partsA.length * partsB.length * cityNames.length * industries.length;
  const k = (i * 7_919 + 13) % combos;
  const round = Math.floor(i / combos);
  const a = partsA[k % partsA.length] as string;
  let rest = Math.floor(k / partsA.length);
  const b = partsB[rest % partsB.length] as string;
  rest = Math.floor(rest / partsB.length);
  const city = cityNames[rest % cityNames.length] as string;
  const industry = industries[Math.floor(rest / cityNames.length) % industries.length] as (typeof industries)[number];
  return { name: `${city}${a}${b}${round ? round + 1 : ''}${industry.suffix}`, city, industry };
}

export function generateEnterprises(plan: Plan): GenEnterprise[] {
  const r = rng(plan.seed);
  const out: GenEnterprise[] = [];
  for (let i = 0; i < plan.enterprises; i++) {
    const { name, city, industry } = enterpriseName(i);
    const founded = r.int(1998, 2023);
    out.push({
      id: i + 1,
      name,
      city,
      industry: industry.industry,
      size: r.pick(sizes),
      description: `${name.replace('有限公司', '')}成立于${founded}年，总部位于${city}，专注${industry.industry}领域，${r.pick(strengths)}的团队欢迎你的加入。`,
      verified: r.next() < 0.7,
      address: `${city}${r.pick(cities[city] as string[])}${r.pick(streets)}${r.int(1, 999)}号`,
      createdAt: new Date(plan.now.getTime() - r.int(30, 2000) * DAY),
    });
  }
  return out;
}

/** For each family, the enterprises whose industry posts it. */
function employersByFamily(enterprises: GenEnterprise[]): Map<Family, number[]> {
  const byIndustry = new Map(industries.map((ind) => [ind.industry, ind]));
  const out = new Map<Family, number[]>(families.map((fam) => [fam, []]));
  for (const e of enterprises) {
    const hires = byIndustry.get(e.industry)?.hires ?? [];
    for (const fam of families) {
      const category = fam.position.split('.')[0] as string;
      if (hires.includes(fam.position) || hires.includes(category)) out.get(fam)?.push(e.id);
    }
  }
  // Every family needs somebody to post it.
  for (const [fam, ids] of out)
    if (!ids.length)
      out.set(
        fam,
        enterprises.map((e) => e.id),
      );
  return out;
}

// --- jobs -----------------------------------------------------------------------------------------

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_m, k: string) => vars[k] ?? '');
}

function numbered(head: string, lines: string[]): string {
  return [head, ...lines.map((l, k) => `${k + 1}. ${l}；`)].join('\n');
}

/** Duties and requirements of one posting, 100–300 characters together. */
function postingText(r: Rng, fam: Family, vars: Record<string, string>, rare: boolean): { description: string; requirements: string } {
  const duties = r.some(fam.duties, r.int(2, Math.min(4, fam.duties.length)));
  if (r.next() < 0.5) duties.push(r.pick(sharedDuties));
  const needs = r.some(fam.needs, r.int(1, Math.min(3, fam.needs.length)));
  const skills = r.some(fam.skills, r.int(2, Math.min(4, fam.skills.length)));
  needs.push(r.next() < 0.5 ? `熟悉${skills.join('、')}者优先` : `掌握${skills.join('、')}等技能`);
  needs.push(r.pick(sharedNeeds));
  let opener = fill(r.pick(openers), vars);
  const perks = r.next() < 0.6 ? r.pick(perkSentences) : '';
  let description = `${opener}\n${numbered('岗位职责：', duties)}${perks ? `\n${perks}` : ''}`;
  let requirements = numbered('任职要求：', needs);
  if (rare) requirements += `\n${r.pick(rareSentences)}`;
  // Keep within 100–300 characters: pad with shared sentences, or drop the opener.
  while (description.length + requirements.length < 100) description += `\n${r.pick(sharedDuties)}。`;
  if (description.length + requirements.length > 300) {
    opener = '';
    description = numbered('岗位职责：', duties.slice(0, 2));
  }
  return { description, requirements };
}

const prefixes = ['急聘', '急招', '高薪诚聘', '资深', '初级', '储备'];

export function* generateJobs(plan: Plan, enterprises: GenEnterprise[], batchSize = 5000): Generator<GenJob[]> {
  const r = rng(plan.seed + 1);
  const employers = employersByFamily(enterprises);
  const welfareCodes = Object.keys(welfareShare);
  const now = plan.now.getTime();
  let batch: GenJob[] = [];
  for (let i = 0; i < plan.jobs; i++) {
    const fam = pickFamily(r);
    const ids = employers.get(fam) as number[];
    // Skewed: a few employers post a lot, most post a little.
    const enterpriseId = ids[Math.floor(r.next() ** 2 * ids.length)] as number;
    const e = enterprises[enterpriseId - 1] as GenEnterprise;
    const city = r.next() < 0.85 ? e.city : pickCity(r);
    const district = r.pick(cities[city] as string[]);
    const rareTitle = r.next() < 0.0005;
    const rareText = r.next() < 0.0005;
    const jobTypeDraw = r.next();
    const jobType = jobTypeDraw < 0.9 ? 'full_time' : jobTypeDraw < 0.96 ? 'part_time' : 'internship';
    let title = rareTitle ? r.pick(rareTitles) : r.pick(fam.titles);
    const decoration = r.next();
    if (jobType === 'internship') title = `${title}（实习）`;
    else if (decoration < 0.06) title = `${r.pick(prefixes)}${title}`;
    else if (decoration < 0.1) title = `${title}（${district}）`;
    else if (decoration < 0.13) title = `${title}（双休）`;
    const position = rareTitle ? 'production.technician' : fam.position;
    const tags = welfareCodes.filter((code) => r.next() < (welfareShare[code] ?? 0));
    const low = r.int(fam.salary[0], Math.max(fam.salary[0], fam.salary[1] - 3));
    const high = Math.min(fam.salary[1] + 5, low + r.int(1, 8));
    const vars = { title, city, district, company: e.name, industry: e.industry };
    const { description, requirements } = postingText(r, fam, vars, rareText);
    // Status mix of a live site: most open, some past their expiry, a few closed or in the works.
    const s = r.next();
    let status: GenJobStatus = 'open';
    let refreshedAt: Date | null;
    let publishedAt: Date | null;
    let expiresAt: Date | null;
    if (s < 0.86) {
      refreshedAt = new Date(now - r.next() * 29.5 * DAY);
    } else if (s < 0.93) {
      refreshedAt = new Date(now - (31 + r.next() * 90) * DAY);
    } else if (s < 0.97) {
      status = 'closed';
      refreshedAt = new Date(now - r.next() * 60 * DAY);
    } else if (s < 0.985) {
      status = 'pending';
      refreshedAt = null;
    } else {
      status = 'draft';
      refreshedAt = null;
    }
    if (refreshedAt) {
      publishedAt = new Date(refreshedAt.getTime() - (r.next() < 0.6 ? 0 : r.next() * 60 * DAY));
      expiresAt = new Date(refreshedAt.getTime() + 30 * DAY);
    } else {
      publishedAt = null;
      expiresAt = null;
    }
    const createdAt = new Date((publishedAt ?? new Date(now - r.next() * 10 * DAY)).getTime() - r.int(0, 72) * 3_600_000);
    batch.push({
      id: i + 1,
      enterpriseId,
      title,
      category: position.split('.')[0] as string,
      position,
      city,
      district,
      address: `${district}${r.pick(streets)}${r.int(1, 999)}号`,
      salaryMin: jobType === 'internship' ? Math.max(2, low - 3) : low,
      salaryMax: jobType === 'internship' ? Math.max(3, high - 3) : high,
      salaryMonths: r.pick([12, 12, 12, 13, 13, 14, 15, 16]),
      experience: jobType === 'internship' ? 'none' : r.pick(fam.experience),
      education: r.pick(fam.education),
      jobType,
      headcount: r.int(1, 20),
      tags,
      description,
      requirements,
      status,
      publishedAt,
      refreshedAt,
      expiresAt,
      createdAt,
      updatedAt: refreshedAt ?? createdAt,
    });
    if (batch.length === batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** Whether a job is on the public lists at `now` (open and not past its expiry). */
export function isLive(job: GenJob, now: Date): boolean {
  return job.status === 'open' && job.expiresAt !== null && job.expiresAt.getTime() > now.getTime();
}

export const welfareText = (codes: string[]) => codes.map((c) => welfareLabel.get(c) ?? c).join(',');

// --- seekers and resumes --------------------------------------------------------------------------

const allPositions = positionCategories.flatMap((c) => c.positions.map((p) => p.code));

/** The enterprise every benchmark recruiter belongs to: the first verified one. */
export function benchEnterprise(enterprises: GenEnterprise[]): GenEnterprise {
  const found = enterprises.find((e) => e.verified);
  if (!found) throw new Error('no verified enterprise generated');
  return found;
}

export function* generateSeekers(plan: Plan, enterprises: GenEnterprise[], batchSize = 2000): Generator<GenSeeker[]> {
  const r = rng(plan.seed + 2);
  const now = plan.now.getTime();
  const blockedOften = benchEnterprise(enterprises).id;
  let resumeId = 0;
  let batch: GenSeeker[] = [];
  for (let i = 0; i < plan.seekers; i++) {
    const gender = r.next() < 0.5 ? 'female' : 'male';
    const year = r.int(1972, 2006);
    const birthDate = `${year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
    const displayName = `${r.pick(surnames)}${r.pick(givenNames)}`;
    const city = pickCity(r);
    const statusDraw = r.next();
    const status = statusDraw < 0.004 ? 'cancelled' : 'active';
    const restricted = status === 'active' && statusDraw > 0.994;
    const blocks: number[] = [];
    if (r.next() < 0.03) {
      blocks.push(r.next() < 0.5 ? blockedOften : r.int(1, enterprises.length));
      if (r.next() < 0.3) {
        const other = r.int(1, enterprises.length);
        if (!blocks.includes(other)) blocks.push(other);
      }
    }
    const resumes: GenResume[] = [];
    const nResumes = r.next() < 0.08 ? 2 : 1;
    for (let k = 0; k < nResumes; k++) {
      const fam = pickFamily(r);
      const title = r.pick(fam.titles);
      const graduated = Math.min(2026, year + r.int(18, 25));
      const yearsOfWork = Math.max(0, Math.min(40, 2026 - graduated));
      const category = fam.position.split('.')[0] as string;
      const siblings = allPositions.filter((p) => p.startsWith(`${category}.`) && p !== fam.position);
      const intended = [fam.position, ...r.some(siblings, r.int(0, Math.min(2, siblings.length)))];
      const skills = [
        ...r.some(fam.skills, r.int(2, Math.min(5, fam.skills.length))),
        ...(r.next() < 0.4 ? [r.pick(['Office', 'Excel', '驾驶证C1', '沟通协调'])] : []),
      ];
      const low = r.int(fam.salary[0], Math.max(fam.salary[0], fam.salary[1] - 2));
      const degree = educationOfJobLevel(r.pick(fam.education));
      const experience: GenResume['experience'] = [];
      let start = graduated;
      const jobs = yearsOfWork === 0 ? 0 : r.int(1, Math.min(3, yearsOfWork));
      for (let j = 0; j < jobs; j++) {
        const end = j === jobs - 1 ? null : Math.min(2026, start + r.int(1, 4));
        const duties = r.some(fam.duties, Math.min(2, fam.duties.length));
        experience.push({
          company: r.pick(pastEmployers),
          title: j === jobs - 1 ? title : r.pick(fam.titles),
          start: `${start}-${String(r.int(1, 12)).padStart(2, '0')}`,
          end: end === null ? null : `${end}-${String(r.int(1, 12)).padStart(2, '0')}`,
          monthlySalary: r.next() < 0.5 ? low * 1000 : null,
          description: `${duties.join('；')}；${r.pick(achievements)}。`,
          internship: false,
        });
        if (end !== null) start = end;
      }
      const projects: GenResume['projects'] =
        category === 'tech' && r.next() < 0.6
          ? [
              {
                name: `${r.pick(['订单', '会员', '仓储', '招聘', '支付', '数据'])}${r.pick(['系统', '平台', '中台', '小程序'])}`,
                role: title,
                start: `${Math.max(graduated, 2018)}-03`,
                end: null,
                description: `使用${r.some(fam.skills, 2).join('、')}完成${r.pick(fam.duties)}。`,
              },
            ]
          : [];
      const visibilityDraw = r.next();
      resumes.push({
        id: ++resumeId,
        title: r.next() < 0.5 ? `${title}求职简历` : `求职意向：${positionLabel(fam.position)}`,
        visibility: visibilityDraw < 0.8 ? 'public' : visibilityDraw < 0.94 ? 'applied' : 'private',
        realName: displayName,
        gender,
        birthDate,
        city,
        educationLevel: degree,
        yearsOfWork,
        jobStatus: r.pick(['looking', 'looking', 'open', 'open', 'not_looking'] as const),
        introduction: `${yearsOfWork > 0 ? `${yearsOfWork}年${title}相关工作经验，` : '应届毕业生，'}${r.pick(strengths)}，熟悉${skills.slice(0, 3).join('、')}，希望在${city}从事${positionLabel(fam.position)}工作。`,
        intendedPositions: intended,
        intendedCities: r.next() < 0.2 ? [city, pickCity(r)].filter((c, n, all) => all.indexOf(c) === n) : [city],
        jobTypes: r.next() < 0.1 ? ['full_time', 'part_time'] : ['full_time'],
        salaryMin: low * 1000,
        salaryMax: (low + r.int(1, 6)) * 1000,
        education: [
          {
            school: r.pick(schools),
            major: r.pick(majors),
            degree,
            start: `${graduated - (degree === 'college' ? 3 : 4)}-09`,
            end: `${graduated}-06`,
          },
        ],
        experience,
        projects,
        skills,
        certificates:
          r.next() < 0.3 ? [{ name: r.pick(['英语四级', '初级会计证', '驾驶证C1', '叉车证', '教师资格证', '二级建造师']), issuedOn: `${graduated}-06` }] : [],
        updatedAt: new Date(now - r.next() * 180 * DAY),
      });
    }
    batch.push({
      id: uuidFrom(r),
      phone: `15${String(i).padStart(9, '0')}`,
      displayName,
      birthDate,
      gender,
      city,
      status,
      restricted,
      blocks,
      resumes,
      createdAt: new Date(now - r.int(1, 900) * DAY),
    });
    if (batch.length === batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** The text a LIKE site searches: title, company, welfare labels and the whole description. */
export function likeFields(job: GenJob, enterprise: GenEnterprise) {
  return { title: job.title, company: enterprise.name, tags: welfareText(job.tags), description: `${job.description}\n${job.requirements}` };
}

/** Counts how many of the generated live jobs contain each keyword as a LIKE would (case-insensitive substring). */
export function keywordShares(plan: Plan, limit = 20_000): Record<QueryClass, number> {
  const enterprises = generateEnterprises(plan);
  const counts: Record<string, number> = {};
  let n = 0;
  for (const batch of generateJobs({ ...plan, jobs: Math.min(plan.jobs, limit) }, enterprises)) {
    for (const job of batch) {
      if (!isLive(job, plan.now)) continue;
      n++;
      const f = likeFields(job, enterprises[job.enterpriseId - 1] as GenEnterprise);
      const hay = `${f.title}\u0001${f.company}\u0001${f.tags}\u0001${f.description}`.toLowerCase();
      for (const [cls, kw] of Object.entries(KEYWORDS)) {
        if (kw.split(' ').every((t) => hay.includes(t.toLowerCase()))) counts[cls] = (counts[cls] ?? 0) + 1;
      }
    }
  }
  return Object.fromEntries(Object.keys(KEYWORDS).map((k) => [k, (counts[k] ?? 0) / n])) as Record<QueryClass, number>;
}

if (process.argv[1]?.endsWith('generate.ts')) {
  const plan = makePlan(Number(process.argv[2] ?? 100_000));
  const shares = keywordShares(plan, plan.jobs);
  for (const [k, v] of Object.entries(shares)) console.log(`${k.padEnd(7)} ${KEYWORDS[k as QueryClass].padEnd(10)} ${(v * 100).toFixed(3)} %`);
  const enterprises = generateEnterprises(plan);
  const first = generateJobs({ ...plan, jobs: 3 }, enterprises).next().value as GenJob[];
  for (const j of first) console.log(JSON.stringify({ ...j, len: j.description.length + j.requirements.length }));
}
