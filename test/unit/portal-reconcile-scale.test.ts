import { describe, expect, it } from 'vitest';
import type { Agent, Bulletin, Habilitation, Quota } from '../../shared/domain/schemas';
import { DATASET_SIZES, generateDataset } from '../bench/dataset';
import { portalExportCsv, reconcileBench, type BenchRegister } from '../bench/portal-list';

/** CPU time (less disturbed than wall time on a shared machine), best of two runs. */
function cpuMs(register: BenchRegister, csv: string) {
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const c0 = process.cpuUsage();
    reconcileBench(register, csv, '2026-01-05');
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  return best;
}

describe('portal reconciliation at the scale of a large office', () => {
  const { body } = generateDataset(DATASET_SIZES.large);
  const register = {
    agents: body.tables.agents as Agent[],
    habilitations: body.tables.habilitations as Habilitation[],
    bulletins: body.tables.bulletins as Bulletin[],
    quotas: body.tables.quotas as Quota[],
  };

  it('finds what a real list would show', () => {
    const { result } = reconcileBench(register, portalExportCsv(register, 10_000), '2026-01-05');
    expect(result.stats.accounts).toBeGreaterThan(9_000);
    expect(result.stats.matched).toBeGreaterThan(8_000);
    expect(result.counts['unknown-account']).toBeGreaterThan(300);
    expect(result.counts['departed-active']).toBeGreaterThan(100);
    expect(result.counts['match-to-confirm'] + result.counts['ambiguous-match']).toBeGreaterThan(
      300,
    );
  }, 60_000);

  it('grows linearly with the number of accounts (the < 2 s figure is measured by npm run bench)', () => {
    const small = cpuMs(register, portalExportCsv(register, 2_500));
    const large = cpuMs(register, portalExportCsv(register, 10_000));
    // 4× the accounts: linear work gives about 4× (less, with the fixed indexing); a
    // quadratic match would give 16×.
    expect(large / small).toBeLessThan(8);
  }, 120_000);
});
