import type { ResumeRow } from './repository.js';

/** The parts a resume is scored on, with their weight; the weights add up to 100. */
export const sections = {
  basics: 20,
  avatar: 5,
  introduction: 10,
  intentions: 15,
  education: 15,
  experience: 15,
  projects: 5,
  skills: 10,
  certificates: 5,
} as const;

export type Section = keyof typeof sections;

type Scored = Pick<
  ResumeRow,
  | 'real_name'
  | 'gender'
  | 'birth_date'
  | 'city'
  | 'education_level'
  | 'years_of_work'
  | 'job_status'
  | 'avatar_file_id'
  | 'introduction'
  | 'intended_positions'
  | 'intended_cities'
  | 'job_types'
  | 'salary_min'
  | 'salary_max'
  | 'education'
  | 'experience'
  | 'projects'
  | 'skills'
  | 'certificates'
>;

function filled(r: Scored): Record<Section, boolean> {
  return {
    basics: Boolean(r.real_name && r.gender && r.birth_date && r.city && r.education_level && r.years_of_work !== null && r.job_status),
    avatar: Boolean(r.avatar_file_id),
    introduction: r.introduction.trim().length >= 20,
    intentions: r.intended_positions.length > 0 && r.intended_cities.length > 0 && r.job_types.length > 0 && r.salary_min !== null && r.salary_max !== null,
    education: r.education.length > 0,
    experience: r.experience.length > 0,
    projects: r.projects.length > 0,
    skills: r.skills.length >= 3,
    certificates: r.certificates.length > 0,
  };
}

/** A score out of 100 and the sections still missing, heaviest first (the web turns them into hints). */
export function completeness(r: Scored): { score: number; missing: Section[] } {
  const done = filled(r);
  const all = Object.entries(sections) as [Section, number][];
  const score = all.reduce((sum, [name, weight]) => sum + (done[name] ? weight : 0), 0);
  const missing = all
    .filter(([name]) => !done[name])
    .sort((a, b) => b[1] - a[1])
    .map(([name]) => name);
  return { score, missing };
}
