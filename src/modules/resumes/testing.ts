import type { InjectOptions } from 'fastify';
import { sql } from 'kysely';
import type { TestApp } from '../../test/app.js';
import { authed, buildUser, type SignedIn } from '../../test/factories.js';
import { multipart, type Part } from '../../test/uploads.js';
import { isValidCreditCode } from '../enterprises/index.js';
import type { ResumeInput } from './schemas.js';

/** Test helpers shared by the resumes test files. */

let serial = 0;

/** A credit code with a valid GB 32100 check character, unique within this process. */
function creditCode(): string {
  serial += 1;
  const first17 = `91330106${String(process.pid % 1000).padStart(3, '0')}${String(serial).padStart(5, '0')}X`;
  const check = [...'0123456789ABCDEFGHJKLMNPQRTUWXY'].find((ch) => isValidCreditCode(first17 + ch));
  return first17 + check;
}

export interface Enterprise {
  id: number;
  admin: SignedIn;
}

/** A recruiter who registered an enterprise (verified or not, set directly as an operator would). */
export async function enterpriseWithRecruiter(t: TestApp, verified: boolean, name?: string): Promise<Enterprise> {
  const admin = await buildUser(t.app, { role: 'recruiter', displayName: '招聘专员' });
  serial += 1;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/enterprises',
    payload: {
      name: name ?? `简历测试企业${serial}-${process.pid}`,
      creditCode: creditCode(),
      industry: '互联网',
      size: '20-99人',
      city: '杭州',
      address: '',
      introduction: '',
    },
    ...authed(admin),
  });
  if (res.statusCode !== 200) throw new Error(`enterprise: ${res.body}`);
  const id = res.json().id as number;
  if (verified) await sql`update enterprises set verified = true where id = ${id}`.execute(t.db);
  return { id, admin };
}

export function resumeBody(over: Partial<ResumeInput> = {}): ResumeInput {
  return {
    title: '后端开发简历',
    realName: '张三丰',
    gender: 'male',
    birthDate: '1995-03-02',
    city: '杭州',
    educationLevel: 'bachelor',
    yearsOfWork: 6,
    jobStatus: 'looking',
    introduction: '六年后端开发经验，熟悉分布式系统与数据库调优。',
    intentions: { positions: ['tech.backend'], cities: ['杭州', '上海'], jobTypes: ['full_time'], salaryMin: 20000, salaryMax: 30000 },
    education: [{ school: '浙江大学', major: '计算机科学', degree: 'bachelor', start: '2013-09', end: '2017-06' }],
    experience: [
      { company: '某科技公司', title: '后端工程师', start: '2017-07', end: null, monthlySalary: 22000, description: '负责订单系统', internship: false },
    ],
    projects: [{ name: '订单系统重构', role: '负责人', start: '2020-01', end: '2021-03', description: '拆分服务' }],
    skills: ['Go', 'PostgreSQL', 'Kubernetes'],
    certificates: [{ name: '软件设计师', issuedOn: '2018-11' }],
    ...over,
  };
}

export async function createResume(t: TestApp, seeker: SignedIn, body: Partial<ResumeInput> = {}, visibility?: 'public' | 'applied' | 'private') {
  const created = await t.app.inject({ method: 'POST', url: '/api/resumes', payload: { title: body.title ?? '我的简历' }, ...authed(seeker) });
  if (created.statusCode !== 200) throw new Error(`create: ${created.body}`);
  const id = created.json().id as number;
  const saved = await t.app.inject({ method: 'PUT', url: `/api/resumes/${id}`, payload: resumeBody(body), ...authed(seeker) });
  if (saved.statusCode !== 200) throw new Error(`save: ${saved.body}`);
  if (visibility) {
    const v = await t.app.inject({ method: 'PUT', url: `/api/resumes/${id}/visibility`, payload: { visibility }, ...authed(seeker) });
    if (v.statusCode !== 200) throw new Error(`visibility: ${v.body}`);
  }
  return id;
}

export function uploadReq(user: SignedIn | null, method: 'PUT' | 'POST', url: string, parts: Part[]): InjectOptions {
  const body = multipart(parts);
  const auth = user ? authed(user) : { headers: {} };
  return { method, url, payload: body.payload, ...auth, headers: { ...auth.headers, ...body.headers } };
}

/** Records that the seeker disclosed to the enterprise, as applying would. */
export async function disclose(t: TestApp, seeker: SignedIn, enterpriseId: number, resumeId: number) {
  return t.services.disclosures.record(t.db, { seekerId: seeker.userId, enterpriseId, resumeId, via: 'application', sourceId: null }, null);
}
