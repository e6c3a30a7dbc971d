import type { Db } from './db/index.js';

/**
 * Changes one module announces so that others can keep their derived data in step, in the same
 * transaction (the search indexes follow jobs, enterprises and resumes; recommendations follow
 * applications and saved jobs). The announcing module does not know who listens, so no module
 * imports the ones that depend on it. Listeners run in registration order on the caller's
 * connection: an error rolls the whole change back.
 */
export interface ChangeEvents {
  /** Jobs whose content or status changed, or that were created. */
  job: { ids: number[] };
  /** Enterprises whose name or verification changed. */
  enterprise: { ids: number[] };
  /** Resumes created, edited or deleted (a deleted id is simply gone), or whose owner changed them. */
  resume: { ids: number[] };
  /** A seeker applied to a job. */
  applied: { userId: string; jobId: number };
  /** A seeker saved a job. */
  savedJob: { userId: string; jobId: number };
}

type Listener<K extends keyof ChangeEvents> = (db: Db, event: ChangeEvents[K]) => Promise<void>;

const listeners: { [K in keyof ChangeEvents]?: Map<string, Listener<K>> } = {};

/**
 * Listens to a topic under a name; listening again under the same name replaces the listener (a
 * service built again, as tests do, does not listen twice).
 */
export function onChange<K extends keyof ChangeEvents>(topic: K, name: string, listener: Listener<K>): void {
  const map = (listeners[topic] ?? new Map()) as Map<string, Listener<K>>;
  map.set(name, listener);
  (listeners as Record<K, Map<string, Listener<K>>>)[topic] = map;
}

export async function announce<K extends keyof ChangeEvents>(db: Db, topic: K, event: ChangeEvents[K]): Promise<void> {
  const map = listeners[topic] as Map<string, Listener<K>> | undefined;
  for (const listener of map?.values() ?? []) await listener(db, event);
}
