import { describe, expect, it } from 'vitest';
import { chinaDay, mayInvite, recruiterInterviewChange, recruiterMayMove, seekerAnswer, seekerMayWithdraw } from './pipeline.js';
import type { ApplicationStatus } from './tables.js';

const all: ApplicationStatus[] = ['new', 'viewed', 'interview', 'offer', 'not_suitable', 'withdrawn'];

describe('application status machine', () => {
  it('moves forward one step at a time and never back', () => {
    const allowed = all.flatMap((from) => all.filter((to) => recruiterMayMove(from, to)).map((to) => `${from}→${to}`));
    expect(allowed).toEqual([
      'new→viewed',
      'new→interview',
      'new→not_suitable',
      'viewed→interview',
      'viewed→offer',
      'viewed→not_suitable',
      'interview→offer',
      'interview→not_suitable',
      'offer→not_suitable',
    ]);
  });

  it('never lets a recruiter withdraw for the seeker or revive a withdrawn application', () => {
    for (const from of all) expect(recruiterMayMove(from, 'withdrawn')).toBe(false);
    for (const to of all) expect(recruiterMayMove('withdrawn', to)).toBe(false);
  });

  it('lets the seeker withdraw at any point but once', () => {
    expect(all.filter(seekerMayWithdraw)).toEqual(['new', 'viewed', 'interview', 'offer', 'not_suitable']);
  });

  it('invites only while the application is open', () => {
    expect(all.filter(mayInvite)).toEqual(['new', 'viewed', 'interview']);
  });
});

describe('interview answers', () => {
  it('answers only an invitation', () => {
    expect(seekerAnswer('invited', 'accept')).toBe('accepted');
    expect(seekerAnswer('invited', 'decline')).toBe('declined');
    expect(seekerAnswer('invited', 'propose')).toBe('proposed');
    for (const s of ['accepted', 'declined', 'proposed', 'cancelled'] as const) expect(seekerAnswer(s, 'accept')).toBeNull();
  });

  it('lets the recruiter take a proposal or cancel what is not over', () => {
    expect(recruiterInterviewChange('proposed', 'accept_proposal')).toBe('accepted');
    expect(recruiterInterviewChange('invited', 'accept_proposal')).toBeNull();
    expect(recruiterInterviewChange('accepted', 'cancel')).toBe('cancelled');
    expect(recruiterInterviewChange('declined', 'cancel')).toBeNull();
    expect(recruiterInterviewChange('cancelled', 'cancel')).toBeNull();
  });
});

describe('chinaDay', () => {
  it('puts an instant on its calendar day in China time', () => {
    expect(chinaDay(new Date('2026-11-22T15:59:59Z'))).toBe('2026-11-22');
    expect(chinaDay(new Date('2026-11-22T16:00:00Z'))).toBe('2026-11-23');
  });
});
