import { describe, expect, it } from 'vitest';
import { canonicalBody } from '../../shared/backup/export-format';
import { verifyChain } from '../../shared/domain/journal-chain';
import { agentSchema, habilitationSchema, reviewItemSchema } from '../../shared/domain/schemas';
import { validateBody } from '../../renderer/db/export-import/import';
import { seededRandom } from '../../shared/domain/testing/seeded-random';
import { DATASET_SIZES, generateDataset } from '../bench/dataset';

describe('bench dataset generator', () => {
  it('is deterministic: the same seed gives the same bytes, another seed other data', () => {
    const a = canonicalBody(generateDataset(DATASET_SIZES.small, 7).body);
    const b = canonicalBody(generateDataset(DATASET_SIZES.small, 7).body);
    const c = canonicalBody(generateDataset(DATASET_SIZES.small, 8).body);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    expect(seededRandom(1)()).toBe(seededRandom(1)());
  });

  it('is valid: every row passes the entity schemas and the journal chain verifies', () => {
    const { body, size } = generateDataset(DATASET_SIZES.small);
    const parsed = validateBody(JSON.parse(canonicalBody(body)));
    expect(parsed.tables.agents).toHaveLength(size.agents);
    expect(parsed.tables.habilitations).toHaveLength(size.habilitations);
    expect(parsed.tables.reviewCampaigns.map((c) => c.status)).toEqual(Array(5).fill('closed'));
    expect(parsed.tables.reviewItems.length).toBeGreaterThan(0);
    expect(verifyChain(parsed.tables.journal as never, parsed.journalHead).ok).toBe(true);
  });

  it('gives the large size its 10,000 agents and 50,000 valid habilitations', () => {
    const { body } = generateDataset(DATASET_SIZES.large);
    expect(body.tables.agents).toHaveLength(10_000);
    expect(body.tables.habilitations).toHaveLength(50_000);
    expect(body.tables.reviewItems).toHaveLength(5 * 2_000);
    // A sample through the schemas (the full restore path validates every row in the bench).
    for (let i = 0; i < 50_000; i += 997)
      expect(habilitationSchema.safeParse(body.tables.habilitations[i]).success).toBe(true);
    for (let i = 0; i < 10_000; i += 199)
      expect(agentSchema.safeParse(body.tables.agents[i]).success).toBe(true);
    for (let i = 0; i < 10_000; i += 499)
      expect(reviewItemSchema.safeParse(body.tables.reviewItems[i]).success).toBe(true);
  }, 60_000);
});
