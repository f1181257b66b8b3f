/**
 * Which automatic backups to keep: the newest of each of the last 7 days, of the last 4
 * weeks and of the last 12 months that have one (grandfather-father-son); safety backups
 * (taken before a destructive operation) by age and by kind — every one of the last
 * `safetyDays` days, and at least the last `safety` of each kind (« avant restauration »,
 * « avant effacement complet », « avant purge »…), so that twenty failed restores can never
 * push out the copy taken before an erasure; and the last N backups the user asked for (« Sauvegarder maintenant »: never replaced by a later automatic one). Files the app did not name
 * (exports the user copied there, unknown names) are never dropped.
 */

export interface RotationPolicy {
  daily: number;
  weekly: number;
  monthly: number;
  /** Safety backups kept per kind (the newest ones), whatever their age. */
  safety: number;
  /** Every safety backup younger than this is kept (0: none kept for its age alone). */
  safetyDays?: number;
  manual: number;
}

export const DEFAULT_ROTATION: RotationPolicy = {
  daily: 7,
  weekly: 4,
  monthly: 12,
  safety: 10,
  safetyDays: 90,
  manual: 20,
};

/** `avant-effacement-complet-2025-…Z.json` → `effacement-complet` (the operation it preceded). */
export function safetyKindOf(name: string): string {
  const rest = name.slice(SAFETY_PREFIX.length).replace(/\.json$/, '');
  return rest.replace(/-?\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/, '') || 'operation';
}

export type BackupKind = 'auto' | 'safety' | 'manual' | 'other';

export const AUTO_PREFIX = 'auto-';
export const SAFETY_PREFIX = 'avant-';
export const MANUAL_PREFIX = 'manuel-';

export function backupKind(name: string): BackupKind {
  if (name.startsWith(AUTO_PREFIX)) return 'auto';
  if (name.startsWith(SAFETY_PREFIX)) return 'safety';
  if (name.startsWith(MANUAL_PREFIX)) return 'manual';
  return 'other';
}

/** `2025-03-04T10-15-30-123Z` → Date, from a backup file name; undefined when absent. */
export function dateFromBackupName(name: string): Date | undefined {
  const m = /(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(name);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, ms] = m.map(Number);
  const date = new Date(Date.UTC(y!, mo! - 1, d, h, mi, s, ms));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A stamp usable in a file name, sortable, from an instant. */
export function backupStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

export interface RotatableFile {
  name: string;
  modifiedAt: string;
}

function instantOf(f: RotatableFile): number {
  return (dateFromBackupName(f.name) ?? new Date(f.modifiedAt)).getTime();
}

const dayKey = (t: number) => new Date(t).toISOString().slice(0, 10);
const monthKey = (t: number) => new Date(t).toISOString().slice(0, 7);
/** ISO 8601 week, e.g. `2025-W09`. */
export function isoWeekKey(t: number): string {
  const d = new Date(t);
  const day = (d.getUTCDay() + 6) % 7; // Monday = 0
  const thursday = new Date(
    Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day + 3),
  );
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = 1 + Math.floor((thursday.getTime() - yearStart) / (7 * 86_400_000));
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The newest file of each of the `count` most recent buckets. */
function newestPerBucket(
  files: readonly { f: RotatableFile; t: number }[],
  bucket: (t: number) => string,
  count: number,
): Set<string> {
  const keep = new Set<string>();
  const seen = new Set<string>();
  for (const { f, t } of files) {
    const k = bucket(t);
    if (seen.has(k)) continue;
    if (seen.size >= count) break;
    seen.add(k);
    keep.add(f.name);
  }
  return keep;
}

/**
 * Splits the files into those to keep and those to delete. Never deletes the newest auto
 * backup. `now` (ms since the epoch) comes from the caller's clock: the rule never reads one.
 */
export function planRotation(
  files: readonly RotatableFile[],
  policy: RotationPolicy,
  now: number,
): { keep: string[]; remove: string[] } {
  const dated = files
    .map((f) => ({ f, t: instantOf(f) }))
    .filter((x) => Number.isFinite(x.t))
    .sort((a, b) => b.t - a.t || (a.f.name < b.f.name ? 1 : -1));
  const auto = dated.filter((x) => backupKind(x.f.name) === 'auto');
  const safety = dated.filter((x) => backupKind(x.f.name) === 'safety');
  const manual = dated.filter((x) => backupKind(x.f.name) === 'manual');
  const keep = new Set<string>();
  for (const set of [
    newestPerBucket(auto, dayKey, policy.daily),
    newestPerBucket(auto, isoWeekKey, policy.weekly),
    newestPerBucket(auto, monthKey, policy.monthly),
  ])
    for (const n of set) keep.add(n);
  if (auto[0]) keep.add(auto[0].f.name);
  const perKind = new Map<string, number>();
  const youngest = now - (policy.safetyDays ?? 0) * 86_400_000;
  for (const x of safety) {
    const kind = safetyKindOf(x.f.name);
    const rank = (perKind.get(kind) ?? 0) + 1;
    perKind.set(kind, rank);
    if (rank <= policy.safety || x.t >= youngest) keep.add(x.f.name);
  }
  for (const x of manual.slice(0, policy.manual)) keep.add(x.f.name);
  const remove: string[] = [];
  for (const f of files) {
    const kind = backupKind(f.name);
    if (kind === 'other' || keep.has(f.name)) continue;
    if (!Number.isFinite(instantOf(f))) continue; // undatable: leave it alone
    remove.push(f.name);
  }
  return { keep: files.map((f) => f.name).filter((n) => !remove.includes(n)), remove };
}
