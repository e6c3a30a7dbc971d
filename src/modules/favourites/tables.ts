/** The favourites module's tables as Kysely sees them. */
export type FavouritesTables = Record<never, never>;
