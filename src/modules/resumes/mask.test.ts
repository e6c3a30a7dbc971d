import { describe, expect, it } from 'vitest';
import { completeness } from './completeness.js';
import { maskName, maskPhone } from './mask.js';
import { checkResumeInput, experienceLevelOf } from './service.js';
import { resumeBody } from './testing.js';

describe('maskName', () => {
  it.each<[string, 'male' | 'female' | 'other' | null, string]>([
    ['张三丰', 'male', '张先生'],
    ['李小红', 'female', '李女士'],
    ['王芳', null, '王**'],
    ['王芳', 'other', '王**'],
    ['欧阳娜娜', 'female', '欧阳女士'],
    ['司马光', 'male', '司马先生'],
    ['欧阳', 'male', '欧先生'],
    ['  赵敏 ', 'female', '赵女士'],
    ['alice Wang', 'female', 'A. 女士'],
    ['', 'male', '先生'],
    ['', null, '**'],
  ])('%s (%s) → %s', (name, gender, masked) => {
    expect(maskName(name, gender)).toBe(masked);
    if (name.trim().length > 1) expect(masked).not.toContain(name.trim());
  });

  it('keeps the first three and last four digits of a phone', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
});

describe('completeness', () => {
  const empty = {
    real_name: '',
    gender: null,
    birth_date: null,
    city: '',
    education_level: null,
    years_of_work: null,
    job_status: null,
    avatar_file_id: null,
    introduction: '',
    intended_positions: [],
    intended_cities: [],
    job_types: [],
    salary_min: null,
    salary_max: null,
    education: [],
    experience: [],
    projects: [],
    skills: [],
    certificates: [],
  };

  it('scores an empty resume 0 and names every section, heaviest first', () => {
    expect(completeness(empty)).toEqual({
      score: 0,
      missing: ['basics', 'intentions', 'education', 'experience', 'introduction', 'skills', 'avatar', 'projects', 'certificates'],
    });
  });

  it('counts a section only when it is really there', () => {
    const some = {
      ...empty,
      skills: ['Go', 'SQL'],
      introduction: '太短',
      education: [{ school: 'x', major: '', degree: 'bachelor', start: '2010-09', end: null }],
    };
    expect(completeness(some)).toMatchObject({ score: 15 });
    expect(completeness({ ...some, skills: ['Go', 'SQL', 'Rust'] }).score).toBe(25);
  });
});

describe('checkResumeInput', () => {
  it('accepts a full resume, and an education that ends in the future (expected graduation)', () => {
    expect(() => checkResumeInput(resumeBody(), '2026-11-23')).not.toThrow();
    const studying = resumeBody({ education: [{ school: '浙大', major: '', degree: 'master', start: '2025-09', end: '2028-06' }] });
    expect(() => checkResumeInput(studying, '2026-11-23')).not.toThrow();
  });

  it('allows an equal salary range and a period of one month', () => {
    const body = resumeBody({
      intentions: { positions: [], cities: [], jobTypes: [], salaryMin: 8000, salaryMax: 8000 },
      projects: [{ name: 'P', role: '', start: '2024-05', end: '2024-05', description: '' }],
    });
    expect(() => checkResumeInput(body, '2026-11-23')).not.toThrow();
  });

  it('refuses work that ends after this month', () => {
    const body = resumeBody({
      experience: [{ company: 'A', title: 'B', start: '2024-01', end: '2026-12', monthlySalary: null, description: '', internship: false }],
    });
    expect(() => checkResumeInput(body, '2026-11-23')).toThrow(expect.objectContaining({ code: 'RESUME_DATES_ORDER' }));
  });
});

describe('experienceLevelOf', () => {
  it.each<[number | null, string | null]>([
    [null, null],
    [0, 'none'],
    [1, '1-3'],
    [3, '3-5'],
    [5, '5-10'],
    [12, '10+'],
  ])('%s years → %s', (years, level) => {
    expect(experienceLevelOf(years)).toBe(level);
  });
});
