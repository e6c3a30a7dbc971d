import type { Db } from '../../platform/db/index.js';
import { enterprisesInventory } from './data.js';
import { enterprisesRepository as repo } from './repository.js';

export { isValidCreditCode, normaliseCreditCode } from './credit-code.js';
export { enterprisesRoutes } from './routes.js';
export { createEnterprisesService, type EnterprisesService } from './service.js';
export { enterprisesInventory };

export interface EnterpriseSummary {
  id: number;
  name: string;
  city: string;
  industry: string;
  size: string;
  verified: boolean;
}

/** Public facts about enterprises, by id, for other modules to show beside their own data. */
export async function getEnterpriseSummaries(db: Db, ids: number[]): Promise<Map<number, EnterpriseSummary>> {
  const rows = await repo.findSummariesByIds(db, [...new Set(ids)]);
  return new Map(rows.map((r) => [r.id, r]));
}

export async function getEnterprise(db: Db, id: number) {
  return (await repo.findById(db, id)) ?? null;
}

export async function countEnterprises(db: Db): Promise<number> {
  return (await repo.count(db)).n;
}

export const insertEnterprises = repo.insertMany;

/** The enterprise a recruiter belongs to, with whether it is verified; null for anyone else. */
export async function enterpriseOfMember(db: Db, userId: string): Promise<{ id: number; name: string; verified: boolean } | null> {
  const m = await repo.membershipOf(db, userId);
  if (!m) return null;
  const e = await repo.findById(db, m.enterprise_id);
  return e ? { id: e.id, name: e.name, verified: e.verified } : null;
}
