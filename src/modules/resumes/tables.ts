/** The resumes module's tables as Kysely sees them. */
export type ResumesTables = Record<never, never>;
