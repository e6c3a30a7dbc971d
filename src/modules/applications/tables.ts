/** The applications module's tables as Kysely sees them. */
export type ApplicationsTables = Record<never, never>;
