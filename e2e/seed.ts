/**
 * Data for the search and recommendation browser tests, made through the public API the way the
 * web app makes it: recruiters with enterprises and open jobs, seekers with public resumes.
 */
import { randomInt } from 'node:crypto';
import { expect } from 'vitest';
import { type RunningServer, randomCreditCode, randomPhone, signUpViaApi } from './harness.js';

export type Cookies = Awaited<ReturnType<typeof signUpViaApi>>;
export type Api = <T = unknown>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown) => Promise<T>;

/** Calls the API with a person's session (and CSRF token, for writes); fails on any refusal. */
export function apiAs(server: RunningServer, cookies: Cookies): Api {
  const cookie = cookies.map((c) => `${c.name}=${encodeURIComponent(c.value)}`).join('; ');
  const csrf = cookies.find((c) => c.name === 'renhe_csrf')?.value ?? '';
  return async <T>(method: string, url: string, body?: unknown) => {
    const res = await fetch(`${server.baseUrl}${url}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${url} answered ${res.status}: ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  };
}

/** A recruiter who registered an enterprise of their own (not yet verified). */
export async function recruiterWithEnterprise(server: RunningServer, input: { name: string; city: string }) {
  const phone = randomPhone('138');
  const displayName = `招聘者${phone.slice(-4)}`;
  const cookies = await signUpViaApi(server.baseUrl, { phone, displayName, role: 'recruiter' });
  const api = apiAs(server, cookies);
  const { id } = await api<{ id: number }>('POST', '/api/enterprises', {
    name: input.name,
    creditCode: randomCreditCode('91330400'),
    industry: '互联网',
    size: '100-499人',
    city: input.city,
    address: '',
    introduction: '',
  });
  return { phone, displayName, cookies, api, enterpriseId: id };
}

/** Stands in for an operator approving the certification of these enterprises. */
export function verifyEnterprises(server: RunningServer, ids: number[]) {
  return server.whileStopped((db) => db.updateTable('enterprises').set({ verified: true }).where('id', 'in', ids).execute());
}

export interface JobInput {
  title: string;
  position?: string;
  city: string;
  district?: string | null;
  salaryMin?: number;
  salaryMax?: number;
  experience?: string;
  education?: string;
  jobType?: 'full_time' | 'part_time' | 'internship';
  tags?: string[];
  description?: string;
}

/** Publishes a job (a verified enterprise's clean job opens at once) and returns its id. */
export async function publishJob(api: Api, job: JobInput): Promise<number> {
  const saved = await api<{ id: number; status: string }>('POST', '/api/workspace/jobs', {
    title: job.title,
    position: job.position ?? 'tech.backend',
    city: job.city,
    district: job.district ?? null,
    address: '',
    salaryMin: job.salaryMin ?? 15,
    salaryMax: job.salaryMax ?? 25,
    salaryMonths: 13,
    experience: job.experience ?? '3-5',
    education: job.education ?? 'bachelor',
    jobType: job.jobType ?? 'full_time',
    headcount: 2,
    tags: job.tags ?? ['insurance'],
    description: job.description ?? '负责核心服务的设计与开发，参与代码评审。',
    requirements: '',
    submit: true,
  });
  expect(saved.status).toBe('open');
  return saved.id;
}

/** Waits until the public search finds exactly these jobs for `query` (the index follows the jobs). */
export async function searchFinds(server: RunningServer, query: Record<string, string>, ids: number[]) {
  const url = `${server.baseUrl}/api/search/jobs?${new URLSearchParams({ ...query, limit: '50' })}`;
  const want = [...ids].sort((a, b) => a - b).join(',');
  let got = '';
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
    const body = (await (await fetch(url)).json()) as { items: { id: number }[] };
    got = body.items
      .map((i) => i.id)
      .sort((a, b) => a - b)
      .join(',');
    if (got === want) return;
  }
  throw new Error(`the search ${url} found [${got}], not [${want}]`);
}

export interface ResumeInput {
  realName: string;
  gender: 'female' | 'male';
  city: string;
  positions: string[];
  skills: string[];
  introduction: string;
}

/** A seeker with one complete-enough public resume; returns the session and the resume's id. */
export async function seekerWithPublicResume(server: RunningServer, resume: ResumeInput) {
  const phone = randomPhone('139');
  const displayName = `求职者${phone.slice(-4)}`;
  const cookies = await signUpViaApi(server.baseUrl, { phone, displayName });
  const api = apiAs(server, cookies);
  const { id } = await api<{ id: number }>('POST', '/api/resumes', { title: `简历${randomInt(1000, 9999)}` });
  await api('PUT', `/api/resumes/${id}`, {
    title: '我的简历',
    realName: resume.realName,
    gender: resume.gender,
    birthDate: '1992-03-01',
    city: resume.city,
    educationLevel: 'bachelor',
    yearsOfWork: 6,
    jobStatus: 'looking',
    introduction: resume.introduction,
    intentions: { positions: resume.positions, cities: [resume.city], jobTypes: ['full_time'], salaryMin: 15000, salaryMax: 25000 },
    education: [{ school: '嘉兴学院', major: '计算机科学与技术', degree: 'bachelor', start: '2010-09', end: '2014-06' }],
    experience: [
      {
        company: '某某网络科技有限公司',
        title: '后端工程师',
        start: '2014-07',
        end: null,
        monthlySalary: null,
        description: '负责订单服务。',
        internship: false,
      },
    ],
    projects: [],
    skills: resume.skills,
    certificates: [],
  });
  await api('PUT', `/api/resumes/${id}/visibility`, { visibility: 'public' });
  return { phone, displayName, cookies, api, resumeId: id };
}
