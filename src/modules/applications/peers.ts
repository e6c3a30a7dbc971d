import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';
import { getJobsForOthers, getOpenJob } from '../jobs/index.js';
import { candidateCards, isBlockedBy, ownResume, resumeVisibleToEnterprise, visibleResumes } from '../resumes/index.js';

/** How an applicant or contacted seeker appears to a recruiter: masked until the seeker disclosed. */
export interface Candidate {
  resumeId: number;
  /** False when the enterprise may no longer see the resume (then nothing else is filled in). */
  visible: boolean;
  name: string;
  phone: string | null;
  disclosed: boolean;
  city: string | null;
  educationLevel: string | null;
  experience: string | null;
  intentions: string[];
}

/** What this module needs from jobs and resumes, reached only through their index.ts. */
export const peers = {
  getOpenJob,
  getJobsForOthers,
  isBlockedBy,

  async ownResume(db: Db, seekerId: string, resumeId: number): Promise<boolean> {
    return Boolean(await ownResume(db, seekerId, resumeId));
  },

  /** Whether the enterprise may see the resume by every rule (visibility, disclosure, blocks, restriction). */
  resumeVisibleTo: resumeVisibleToEnterprise,

  /** The seeker behind a resume the enterprise may see by every rule, or null (private, blocked, unknown). */
  async resumeOwnerFor(db: Db, resumeId: number, enterpriseId: number): Promise<string | null> {
    const r = await visibleResumes(db, enterpriseId).select('r.user_id').where('r.id', '=', resumeId).executeTakeFirst();
    return r?.user_id ?? null;
  },

  /** Candidate cards by resume id; every unmasked person is read through the access door inside resumes. */
  async candidates(ctx: Ctx, enterpriseId: number, resumeIds: number[]): Promise<Map<number, Candidate>> {
    const ids = [...new Set(resumeIds)];
    const out = new Map<number, Candidate>();
    if (!ids.length) return out;
    const cards = await candidateCards(ctx, enterpriseId, ids);
    for (const c of cards.values()) {
      out.set(c.resumeId, {
        resumeId: c.resumeId,
        visible: true,
        name: c.displayName,
        phone: c.phone,
        disclosed: c.disclosed,
        city: c.city,
        educationLevel: c.educationLevel,
        experience: c.experience,
        intentions: c.intentions,
      });
    }
    return out;
  },
};

/** The stand-in for a resume the enterprise may no longer see. */
export const hiddenCandidate = (resumeId: number): Candidate => ({
  resumeId,
  visible: false,
  name: '',
  phone: null,
  disclosed: false,
  city: null,
  educationLevel: null,
  experience: null,
  intentions: [],
});
