import type { ApplicationStatus, InterviewStatus } from './tables.js';

/** The statuses a recruiter may move an application to, from each status. */
const recruiterMoves: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  new: ['viewed', 'interview', 'not_suitable'],
  viewed: ['interview', 'offer', 'not_suitable'],
  interview: ['offer', 'not_suitable'],
  offer: ['not_suitable'],
  not_suitable: [],
  withdrawn: [],
};

export const PIPELINE_STATUSES = ['new', 'viewed', 'interview', 'offer', 'not_suitable'] as const satisfies readonly ApplicationStatus[];
export type PipelineStatus = (typeof PIPELINE_STATUSES)[number];

/** Whether a recruiter may move an application from one status to another (no jumps, no way back). */
export function recruiterMayMove(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return recruiterMoves[from].includes(to);
}

/** A seeker may withdraw at any point; it ends what the application disclosed. */
export function seekerMayWithdraw(from: ApplicationStatus): boolean {
  return from !== 'withdrawn';
}

/** Interviews the recruiter may still invite to: the application is open and not decided against. */
export function mayInvite(status: ApplicationStatus): boolean {
  return status === 'new' || status === 'viewed' || status === 'interview';
}

export type InterviewAnswer = 'accept' | 'decline' | 'propose';

/** What the seeker's answer turns an invitation into, or null when the answer does not fit. */
export function seekerAnswer(status: InterviewStatus, answer: InterviewAnswer): InterviewStatus | null {
  if (status !== 'invited') return null;
  if (answer === 'accept') return 'accepted';
  if (answer === 'decline') return 'declined';
  return 'proposed';
}

/** Recruiter-side changes: take the seeker's proposed time, or call the interview off. */
export function recruiterInterviewChange(status: InterviewStatus, change: 'accept_proposal' | 'cancel'): InterviewStatus | null {
  if (change === 'accept_proposal') return status === 'proposed' ? 'accepted' : null;
  return status === 'invited' || status === 'proposed' || status === 'accepted' ? 'cancelled' : null;
}

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The calendar day (YYYY-MM-DD) of an instant in China time, where interviews take place. */
export function chinaDay(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
