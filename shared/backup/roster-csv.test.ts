import { describe, expect, it } from 'vitest';
import { CATALOGUE_PROFILES } from '../domain/profiles';
import type { Bulletin } from '../domain/schemas';
import { guessMapping, mapRow, rosterCsvRows, ROSTER_CSV_HEADER } from './roster-import';

const bulletin: Bulletin = { id: 'b1', conventionId: 'c1', serviceCode: 'CDAP', annexNumber: '2' };
const TODAY = '2026-11-23';

describe('CSV export', () => {
  it('exports the roster as rows the import reads back', () => {
    const rows = rosterCsvRows({
      agents: [
        {
          id: 'a',
          organisationId: 'o',
          lastName: 'BENALI',
          firstName: 'Karim',
          qualifiedSocialWorker: false,
          email: 'k@ville.fr',
          departedOn: '2026-01-31',
          portalRole: 'Utilisateur',
        },
      ],
      habilitations: [
        { id: 'h', agentId: 'a', bulletinId: 'b1', profileCode: 'T13', grantedOn: '2024-02-01' },
      ],
      bulletins: [bulletin],
      formatDate: (d) => (d ? d.split('-').reverse().join('/') : ''),
    });
    const mapping = guessMapping(ROSTER_CSV_HEADER);
    const back = mapRow(
      rows[0]!,
      2,
      mapping,
      { profiles: CATALOGUE_PROFILES, bulletins: [bulletin] },
      TODAY,
    );
    expect(back.errors).toEqual([]);
    expect(back.agent).toMatchObject({
      lastName: 'BENALI',
      firstName: 'Karim',
      email: 'k@ville.fr',
      departedOn: '2026-01-31',
      portalRole: 'Utilisateur',
    });
    expect(back.grants).toEqual([
      { profileCode: 'T13', bulletinId: 'b1', grantedOn: '2024-02-01', datedInFile: true },
    ]);
  });
});
