import { describe, expect, it } from 'vitest';
import {
  backupStamp,
  dateFromBackupName,
  DEFAULT_ROTATION,
  isoWeekKey,
  planRotation,
  safetyKindOf,
} from './rotation';

const auto = (iso: string) => ({
  name: `auto-${backupStamp(new Date(iso))}.json`,
  modifiedAt: iso,
});
const safety = (iso: string) => ({
  name: `avant-restauration-${backupStamp(new Date(iso))}.json`,
  modifiedAt: iso,
});

describe('rotation policy', () => {
  it('reads the instant back from the name', () => {
    expect(dateFromBackupName('auto-2025-03-04T10-15-30-123Z.json')?.toISOString()).toBe(
      '2025-03-04T10:15:30.123Z',
    );
    expect(dateFromBackupName('mon-fichier.json')).toBeUndefined();
  });

  it('computes ISO weeks across the year boundary', () => {
    expect(isoWeekKey(Date.parse('2024-12-30T12:00:00Z'))).toBe('2025-W01');
    expect(isoWeekKey(Date.parse('2021-01-03T12:00:00Z'))).toBe('2020-W53');
  });

  it('keeps the newest per day for 7 days, per week for 4 weeks, per month for 12 months', () => {
    // Two backups a day for 400 days.
    const files = [];
    for (let d = 0; d < 400; d++) {
      const day = new Date(Date.UTC(2025, 0, 1) + d * 86_400_000);
      files.push(auto(new Date(day.getTime() + 8 * 3600_000).toISOString()));
      files.push(auto(new Date(day.getTime() + 17 * 3600_000).toISOString()));
    }
    const { keep, remove } = planRotation(
      files,
      DEFAULT_ROTATION,
      Date.parse('2026-02-05T12:00:00Z'),
    );
    expect(keep.length + remove.length).toBe(800);
    // 7 daily + weeks and months not already covered: at most 7 + 4 + 12.
    expect(keep.length).toBeLessThanOrEqual(23);
    expect(keep.length).toBeGreaterThanOrEqual(12 + 4);
    const newest = files[files.length - 1]!.name;
    expect(keep).toContain(newest);
    // Only the evening backup of each kept day survives.
    expect(keep.every((n) => n.includes('T17-'))).toBe(true);
    // 12 distinct months kept.
    expect(new Set(keep.map((n) => n.slice(5, 12))).size).toBe(12);
  });

  it('keeps the last N safety backups and never touches files it did not name', () => {
    const files = [
      ...Array.from({ length: 25 }, (_, i) =>
        safety(new Date(Date.UTC(2025, 0, 1 + i)).toISOString()),
      ),
      { name: 'convention-mcp-sauvegarde-2025-01-01.json', modifiedAt: '2020-01-01T00:00:00Z' },
      auto('2025-01-01T00:00:00Z'),
    ];
    const { keep, remove } = planRotation(
      files,
      { daily: 7, weekly: 4, monthly: 12, safety: 20, manual: 20 },
      Date.parse('2025-01-26T12:00:00Z'),
    );
    expect(remove).toHaveLength(5);
    expect(remove.every((n) => n.startsWith('avant-'))).toBe(true);
    expect(keep).toContain('convention-mcp-sauvegarde-2025-01-01.json');
    expect(keep).toContain(files[24]!.name);
    expect(remove).toContain(files[0]!.name);
  });

  it('keeps everything when there is little', () => {
    const files = [auto('2025-01-01T10:00:00Z'), auto('2025-01-02T10:00:00Z')];
    expect(
      planRotation(files, DEFAULT_ROTATION, Date.parse('2025-01-03T12:00:00Z')).remove,
    ).toEqual([]);
  });
});

describe('safety backups by age and kind', () => {
  const named = (kind: string, iso: string) => ({
    name: `avant-${kind}-${backupStamp(new Date(iso))}.json`,
    modifiedAt: iso,
  });
  const NOW = Date.parse('2026-06-30T12:00:00Z');

  it('twenty failed restores never evict the copy taken before an erasure', () => {
    const wipe = named('effacement-complet', '2026-01-02T09:00:00Z');
    const restores = Array.from({ length: 40 }, (_, i) =>
      named('restauration', new Date(Date.UTC(2026, 5, 29, 8, i)).toISOString()),
    );
    const { keep, remove } = planRotation([wipe, ...restores], DEFAULT_ROTATION, NOW);
    expect(keep).toContain(wipe.name);
    expect(remove.every((n) => n.startsWith('avant-restauration-'))).toBe(true);
    // All are younger than the age limit: none of them goes either.
    expect(remove).toEqual([]);
  });

  it('keeps every safety backup of the last days, and the last ones of each kind beyond', () => {
    const old = Array.from({ length: 15 }, (_, i) =>
      named('restauration', new Date(Date.UTC(2025, 0, 1 + i)).toISOString()),
    );
    const oldPurge = named('purge', '2024-03-01T10:00:00Z');
    const recent = Array.from({ length: 12 }, (_, i) =>
      named('restauration', new Date(Date.UTC(2026, 5, 1 + i)).toISOString()),
    );
    const { keep, remove } = planRotation(
      [...old, oldPurge, ...recent],
      { ...DEFAULT_ROTATION, safety: 3, safetyDays: 60 },
      NOW,
    );
    for (const f of recent) expect(keep).toContain(f.name);
    expect(keep).toContain(oldPurge.name); // the only one of its kind
    expect(remove).toHaveLength(15); // old restores: the last 3 of the kind are recent ones
    expect(safetyKindOf(oldPurge.name)).toBe('purge');
    expect(safetyKindOf(named('effacement-complet', '2026-01-02T09:00:00Z').name)).toBe(
      'effacement-complet',
    );
  });
});

describe('manual backups', () => {
  it('keeps the backups the user asked for, even when a later automatic one exists the same day', () => {
    const files = [
      { name: 'manuel-2026-11-23T09-00-00-000Z.json', modifiedAt: '2026-11-23T09:00:00Z' },
      { name: 'auto-2026-11-23T08-00-00-000Z.json', modifiedAt: '2026-11-23T08:00:00Z' },
      { name: 'auto-2026-11-23T10-00-00-000Z.json', modifiedAt: '2026-11-23T10:00:00Z' },
    ];
    const { keep, remove } = planRotation(
      files,
      DEFAULT_ROTATION,
      Date.parse('2026-11-23T12:00:00Z'),
    );
    expect(keep).toContain('manuel-2026-11-23T09-00-00-000Z.json');
    expect(remove).toEqual(['auto-2026-11-23T08-00-00-000Z.json']);
  });

  it('keeps only the most recent manual backups beyond the policy', () => {
    const files = Array.from({ length: 3 }, (_, i) => ({
      name: `manuel-2026-11-2${i}T09-00-00-000Z.json`,
      modifiedAt: `2026-11-2${i}T09:00:00Z`,
    }));
    const { remove } = planRotation(
      files,
      { daily: 7, weekly: 4, monthly: 12, safety: 20, manual: 2 },
      Date.parse('2026-11-23T12:00:00Z'),
    );
    expect(remove).toEqual(['manuel-2026-11-20T09-00-00-000Z.json']);
  });
});
