import type { operations } from '../../api/schema';

export type CandidateSearchQuery = NonNullable<operations['searchCandidates']['parameters']['query']>;

/** A recruiter's candidate search, as the address holds it. */
export interface CandidateSearchState {
  q: string;
  city: string | undefined;
  position: string | undefined;
  yearsMin: number | undefined;
  yearsMax: number | undefined;
  education: string | undefined;
  /** Expected monthly pay at most, in yuan. */
  salaryMax: number | undefined;
  activeDays: number | undefined;
}

/** Years-of-work bands; `null` leaves that side open. */
export const YEAR_BANDS: readonly { min: number | null; max: number | null }[] = [
  { min: null, max: 1 },
  { min: 1, max: 3 },
  { min: 3, max: 5 },
  { min: 5, max: 10 },
  { min: 10, max: null },
];
export const SALARY_CAPS = [5000, 8000, 10000, 15000, 20000, 30000, 50000] as const;
export const ACTIVE_CHOICES = [3, 7, 30, 90] as const;

const CODE = /^[a-z0-9_.+-]{1,60}$/;
const int = (raw: string | null, min: number, max: number) => {
  if (!raw || !/^\d{1,7}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= min && n <= max ? n : undefined;
};
const text = (raw: string | null, max: number) => (raw ?? '').trim().slice(0, max) || undefined;
const code = (raw: string | null) => (raw && CODE.test(raw) ? raw : undefined);

export function parseCandidateSearch(params: URLSearchParams): CandidateSearchState {
  let yearsMin = int(params.get('yearsMin'), 0, 60);
  let yearsMax = int(params.get('yearsMax'), 0, 60);
  if (yearsMin !== undefined && yearsMax !== undefined && yearsMin > yearsMax) [yearsMin, yearsMax] = [yearsMax, yearsMin];
  return {
    q: text(params.get('q'), 50) ?? '',
    city: text(params.get('city'), 20),
    position: code(params.get('position')),
    yearsMin,
    yearsMax,
    education: code(params.get('education')),
    salaryMax: int(params.get('salaryMax'), 0, 1_000_000),
    activeDays: int(params.get('activeDays'), 1, 365),
  };
}

export function candidateSearchParams(state: CandidateSearchState): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) {
    if (value !== undefined && value !== '') out.set(key, String(value).trim());
  }
  return out;
}

/** Whether anything is asked for; with nothing, the page lists every candidate the enterprise may see. */
export function isSearching(state: CandidateSearchState): boolean {
  return Object.values(state).some((v) => v !== undefined && v !== '');
}

export function candidateApiQuery(state: CandidateSearchState): CandidateSearchQuery {
  const query: CandidateSearchQuery = {};
  if (state.q) query.q = state.q;
  if (state.city) query.city = state.city;
  if (state.position) query.position = state.position;
  if (state.yearsMin !== undefined) query.yearsMin = state.yearsMin;
  if (state.yearsMax !== undefined) query.yearsMax = state.yearsMax;
  if (state.education) query.education = state.education;
  if (state.salaryMax !== undefined) query.salaryMax = state.salaryMax;
  if (state.activeDays !== undefined) query.activeDays = state.activeDays;
  return query;
}

export const EMPTY_CANDIDATE_SEARCH: CandidateSearchState = {
  q: '',
  city: undefined,
  position: undefined,
  yearsMin: undefined,
  yearsMax: undefined,
  education: undefined,
  salaryMax: undefined,
  activeDays: undefined,
};
