import type { operations } from '../../api/schema';

export type JobSearchQuery = NonNullable<operations['searchJobs']['parameters']['query']>;
export type JobSort = NonNullable<JobSearchQuery['sort']>;
export type JobType = NonNullable<JobSearchQuery['jobType']>;

export const SORTS: readonly JobSort[] = ['relevance', 'newest', 'salary'];
export const JOB_TYPES: readonly JobType[] = ['full_time', 'part_time', 'internship'];
/** "Posted within" choices, in days. */
export const DAY_CHOICES = [1, 3, 7, 15, 30] as const;
/** Monthly pay bands in thousands of yuan; `null` leaves that side open. */
export const SALARY_BANDS: readonly { min: number | null; max: number | null }[] = [
  { min: null, max: 3 },
  { min: 3, max: 5 },
  { min: 5, max: 10 },
  { min: 10, max: 20 },
  { min: 20, max: 50 },
  { min: 50, max: null },
];

/** Everything a job search is made of, as the address holds it. */
export interface JobSearchState {
  q: string;
  city: string | undefined;
  category: string | undefined;
  position: string | undefined;
  salaryMin: number | undefined;
  salaryMax: number | undefined;
  experience: string[];
  education: string[];
  jobType: JobType | undefined;
  tags: string[];
  verified: boolean;
  days: number | undefined;
  sort: JobSort | undefined;
}

/** The filters only (no keyword, no order): what "clear filters" empties. */
export type FilterKey = 'city' | 'position' | 'salary' | 'experience' | 'education' | 'jobType' | 'tags' | 'verified' | 'days';

const CODE = /^[a-z0-9_.+-]{1,60}$/;
const text = (raw: string | null, max: number) => {
  const value = (raw ?? '').trim().slice(0, max);
  return value || undefined;
};
const int = (raw: string | null, min: number, max: number) => {
  if (!raw || !/^\d{1,4}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= min && n <= max ? n : undefined;
};
const code = (raw: string | null) => (raw && CODE.test(raw) ? raw : undefined);
const codes = (raw: string | null) => [...new Set((raw ?? '').split(',').filter((c) => CODE.test(c)))].slice(0, 20);
function oneOf<T extends string>(raw: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === raw);
}

/** Reads the search from the address; anything malformed is left out rather than sent to the server. */
export function parseJobSearch(params: URLSearchParams): JobSearchState {
  let salaryMin = int(params.get('salaryMin'), 0, 1000);
  let salaryMax = int(params.get('salaryMax'), 0, 1000);
  if (salaryMin !== undefined && salaryMax !== undefined && salaryMin > salaryMax) [salaryMin, salaryMax] = [salaryMax, salaryMin];
  return {
    q: text(params.get('q'), 50) ?? '',
    city: text(params.get('city'), 20),
    category: code(params.get('category')),
    position: code(params.get('position')),
    salaryMin,
    salaryMax,
    experience: codes(params.get('experience')),
    education: codes(params.get('education')),
    jobType: oneOf(params.get('jobType'), JOB_TYPES),
    tags: codes(params.get('tags')),
    verified: params.get('verified') === '1' || params.get('verified') === 'true',
    days: int(params.get('days'), 1, 365),
    sort: oneOf(params.get('sort'), SORTS),
  };
}

/** The address for a search: only what is set, in a stable order, so equal searches share a link. */
export function jobSearchParams(state: JobSearchState): URLSearchParams {
  const out = new URLSearchParams();
  const put = (key: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') out.set(key, String(value));
  };
  put('q', state.q.trim());
  put('city', state.city);
  put('category', state.category);
  put('position', state.position);
  put('salaryMin', state.salaryMin);
  put('salaryMax', state.salaryMax);
  put('experience', state.experience.join(','));
  put('education', state.education.join(','));
  put('jobType', state.jobType);
  put('tags', state.tags.join(','));
  if (state.verified) out.set('verified', '1');
  put('days', state.days);
  put('sort', state.sort);
  return out;
}

/** The order used when none is chosen: by relevance for a keyword search, newest first otherwise. */
export function effectiveSort(state: JobSearchState): JobSort {
  if (state.sort === 'relevance' && !state.q) return 'newest';
  return state.sort ?? (state.q ? 'relevance' : 'newest');
}

/** The API query for a search (cursor, page size and total are added by the caller). */
export function apiQuery(state: JobSearchState): JobSearchQuery {
  const query: JobSearchQuery = { sort: effectiveSort(state) };
  if (state.q) query.q = state.q;
  if (state.city) query.city = state.city;
  if (state.position) query.position = state.position;
  else if (state.category) query.category = state.category;
  if (state.salaryMin !== undefined) query.salaryMin = state.salaryMin;
  if (state.salaryMax !== undefined) query.salaryMax = state.salaryMax;
  if (state.experience.length) query.experience = state.experience.join(',');
  if (state.education.length) query.education = state.education.join(',');
  if (state.jobType) query.jobType = state.jobType;
  if (state.tags.length) query.tags = state.tags.join(',');
  if (state.verified) query.verified = true;
  if (state.days) query.days = state.days;
  return query;
}

/** How many filters are set (the keyword and the order are not filters). */
export function filterCount(state: JobSearchState): number {
  return [
    state.city,
    state.position ?? state.category,
    state.salaryMin ?? state.salaryMax,
    state.experience.length ? 1 : undefined,
    state.education.length ? 1 : undefined,
    state.jobType,
    state.tags.length ? 1 : undefined,
    state.verified ? 1 : undefined,
    state.days,
  ].filter((v) => v !== undefined).length;
}

/** The same search with one filter taken away. */
export function withoutFilter(state: JobSearchState, key: FilterKey): JobSearchState {
  switch (key) {
    case 'city':
      return { ...state, city: undefined };
    case 'position':
      return { ...state, category: undefined, position: undefined };
    case 'salary':
      return { ...state, salaryMin: undefined, salaryMax: undefined };
    case 'experience':
      return { ...state, experience: [] };
    case 'education':
      return { ...state, education: [] };
    case 'jobType':
      return { ...state, jobType: undefined };
    case 'tags':
      return { ...state, tags: [] };
    case 'verified':
      return { ...state, verified: false };
    case 'days':
      return { ...state, days: undefined };
  }
}

/** The same keyword and order with every filter taken away. */
export function withoutFilters(state: JobSearchState): JobSearchState {
  return {
    ...state,
    city: undefined,
    category: undefined,
    position: undefined,
    salaryMin: undefined,
    salaryMax: undefined,
    experience: [],
    education: [],
    jobType: undefined,
    tags: [],
    verified: false,
    days: undefined,
  };
}
