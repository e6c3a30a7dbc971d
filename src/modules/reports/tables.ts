/** The reports module's tables as Kysely sees them. */
export type ReportsTables = Record<never, never>;
