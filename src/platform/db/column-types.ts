import type { ColumnType } from 'kysely';

/** timestamptz the database fills in (defaults to now()). */
export type TimestampDefault = ColumnType<Date, Date | string | undefined, Date | string>;
/** timestamptz the application must give. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** nullable timestamptz. */
export type TimestampNullable = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
