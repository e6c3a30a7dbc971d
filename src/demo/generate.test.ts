import { describe, expect, it } from 'vitest';
import { isEducationCode, isPositionCode } from '../modules/taxonomy/index.js';
import { generateDemo } from './generate.js';

describe('demo data', () => {
  it('is deterministic', () => {
    expect(generateDemo()).toEqual(generateDemo());
    expect(generateDemo({ seed: 2 })).not.toEqual(generateDemo());
  });

  it('meets the size the demo promises', () => {
    const { enterprises, jobs, seekers } = generateDemo();
    expect(enterprises.length).toBeGreaterThanOrEqual(30);
    expect(new Set(enterprises.map((e) => e.city)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(enterprises.map((e) => e.name)).size).toBe(enterprises.length);
    expect(jobs.length).toBeGreaterThanOrEqual(300);
    expect(seekers.length).toBeGreaterThanOrEqual(100);
    for (const j of jobs) {
      expect(j.salaryMin).toBeLessThanOrEqual(j.salaryMax);
      expect(j.tags.length).toBeGreaterThan(0);
      expect(j.title).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('makes every demo seeker at least 16 with a valid number', () => {
    for (const s of generateDemo().seekers) {
      expect(s.phone).toMatch(/^1[3-9]\d{9}$/);
      expect(s.birthDate <= '2010-01-01').toBe(true);
    }
  });

  it('gives every demo seeker one resume with known codes, most of them public', () => {
    const seekers = generateDemo().seekers;
    for (const { resume } of seekers) {
      expect(resume.intendedPositions.every(isPositionCode)).toBe(true);
      expect(isEducationCode(resume.educationLevel)).toBe(true);
      expect(resume.salaryMin).toBeLessThanOrEqual(resume.salaryMax);
      for (const e of resume.education) expect(e.start < (e.end ?? '9999')).toBe(true);
    }
    const shown = seekers.filter((s) => s.resume.visibility === 'public').length;
    expect(shown / seekers.length).toBeGreaterThan(0.5);
  });
});
