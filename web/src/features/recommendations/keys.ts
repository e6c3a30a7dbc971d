// Under ['account'], so signing out (which removes those queries) forgets them too. Turning
// personalisation on or off changes all of them (the privacy centre invalidates this prefix).
export const RECOMMENDATIONS_KEY = ['account', 'recommendations'] as const;
export const INTEREST_TAGS_KEY = [...RECOMMENDATIONS_KEY, 'interest-tags'] as const;
