import type { Resume, ResumeInput } from './useResumes';

/** The editor's form values: optional things are undefined or '' instead of null. */
export interface ResumeFormValues {
  title: string;
  realName: string;
  gender?: 'female' | 'male' | 'other' | undefined;
  birthDate?: string | undefined;
  city: string;
  educationLevel?: string | undefined;
  yearsOfWork?: number | null | undefined;
  jobStatus?: 'looking' | 'open' | 'not_looking' | undefined;
  introduction: string;
  intentions: {
    positions: string[];
    cities: string[];
    jobTypes: ResumeInput['intentions']['jobTypes'];
    salaryMin?: number | null | undefined;
    salaryMax?: number | null | undefined;
  };
  education: { school: string; major?: string; degree?: string; start?: string; end?: string | null }[];
  experience: {
    company: string;
    title: string;
    start?: string;
    end?: string | null;
    monthlySalary?: number | null;
    description?: string;
    internship?: boolean;
  }[];
  projects: { name: string; role?: string; start?: string; end?: string | null; description?: string }[];
  skills: string[];
  certificates: { name: string; issuedOn?: string | null }[];
}

const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);
const orNull = <T>(v: T | undefined | null | ''): T | null => (v === undefined || v === null || v === '' ? null : v);

export function toForm(r: Resume): ResumeFormValues {
  return {
    title: r.title,
    realName: r.realName,
    gender: opt(r.gender),
    birthDate: opt(r.birthDate),
    city: r.city,
    educationLevel: opt(r.educationLevel),
    yearsOfWork: r.yearsOfWork,
    jobStatus: opt(r.jobStatus),
    introduction: r.introduction,
    intentions: { ...r.intentions },
    education: r.education.map((e) => ({ ...e, end: e.end ?? '' })),
    experience: r.experience.map((e) => ({ ...e, end: e.end ?? '' })),
    projects: r.projects.map((p) => ({ ...p, end: p.end ?? '' })),
    skills: r.skills,
    certificates: r.certificates.map((c) => ({ ...c, issuedOn: c.issuedOn ?? '' })),
  };
}

/** What the server takes; it checks everything again (dates, ranges, codes). */
export function fromForm(v: ResumeFormValues): ResumeInput {
  return {
    title: v.title ?? '',
    realName: (v.realName ?? '').trim(),
    gender: orNull(v.gender),
    birthDate: orNull(v.birthDate),
    city: (v.city ?? '').trim(),
    educationLevel: orNull(v.educationLevel),
    yearsOfWork: orNull(v.yearsOfWork),
    jobStatus: orNull(v.jobStatus),
    introduction: v.introduction ?? '',
    intentions: {
      positions: v.intentions?.positions ?? [],
      cities: v.intentions?.cities ?? [],
      jobTypes: v.intentions?.jobTypes ?? [],
      salaryMin: orNull(v.intentions?.salaryMin),
      salaryMax: orNull(v.intentions?.salaryMax),
    },
    education: (v.education ?? []).map((e) => ({
      school: e.school ?? '',
      major: e.major ?? '',
      degree: e.degree ?? '',
      start: e.start ?? '',
      end: orNull(e.end),
    })),
    experience: (v.experience ?? []).map((e) => ({
      company: e.company ?? '',
      title: e.title ?? '',
      start: e.start ?? '',
      end: orNull(e.end),
      monthlySalary: orNull(e.monthlySalary),
      description: e.description ?? '',
      internship: Boolean(e.internship),
    })),
    projects: (v.projects ?? []).map((p) => ({
      name: p.name ?? '',
      role: p.role ?? '',
      start: p.start ?? '',
      end: orNull(p.end),
      description: p.description ?? '',
    })),
    skills: v.skills ?? [],
    certificates: (v.certificates ?? []).map((c) => ({ name: c.name ?? '', issuedOn: orNull(c.issuedOn) })),
  };
}
