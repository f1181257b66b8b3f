import type { AppDatabase } from '../database';

/**
 * Every convention with its partner and Caf. Read by the sidebar at start-up: kept apart from
 * conventions.ts, whose writes bring the register writer and its schemas.
 */
export async function listConventions(db: AppDatabase) {
  const [conventions, organisations] = await Promise.all([
    db.conventions.toArray(),
    db.organisations.toArray(),
  ]);
  const byId = new Map(organisations.map((o) => [o.id, o]));
  return conventions.map((c) => ({
    convention: c,
    partner: byId.get(c.partnerId),
    caf: byId.get(c.cafId),
  }));
}
