/** Where a seeker manages their resumes (the resumes feature's page). */
export const RESUMES_PATH = '/resumes';
