import { describe, expect, it } from 'vitest';
import type { Bulletin, Quota } from '../domain/schemas';
import { guessMapping, mapRow, parseCsvText, planImport, rosterCsvRows, ROSTER_CSV_HEADER } from './roster-import';

const bulletin: Bulletin = { id: 'b1', conventionId: 'c1', serviceCode: 'CDAP', annexNumber: '2' };
const quotas: Quota[] = [{ id: 'q1', bulletinId: 'b1', profileCode: 'T13', max: 2 }];
const profiles = [{ code: 'T13' }, { code: 'T1' }];
const TODAY = '2026-11-23';

describe('roster import (pure)', () => {
  it('guesses the columns from French headers', () => {
    const m = guessMapping(['NOM', 'Prénom', 'Fonction', 'Service', 'Mél', 'Téléphone', 'Profil', 'Date']);
    expect(m).toEqual({ lastName: 0, firstName: 1, function: 2, service: 3, email: 4, phoneFixed: 5, profileCode: 6, grantedOn: 7 });
    expect(guessMapping(ROSTER_CSV_HEADER as unknown as string[])).toMatchObject({
      lastName: 0,
      firstName: 1,
      email: 4,
      phoneFixed: 5,
      phoneMobile: 6,
      arrivedOn: 9,
      profileCode: 11,
      bulletin: 12,
      grantedOn: 13,
    });
    expect(guessMapping(['Adresse e-mail', 'Nom de famille'])).toEqual({ email: 0, lastName: 1 });
  });

  it('detects « ; » and « , » separators', () => {
    expect(parseCsvText('\uFEFFNom;Prénom\r\nBENALI;Karim\r\n\r\n')).toMatchObject({ headers: ['Nom', 'Prénom'], rows: [['BENALI', 'Karim']], delimiter: ';' });
    expect(parseCsvText('Nom,Prénom\n"BENALI, jr",Karim\n')).toMatchObject({ rows: [['BENALI, jr', 'Karim']], delimiter: ',' });
  });

  it('reports each row’s errors in French', () => {
    const m = { lastName: 0, email: 1, profileCode: 2, grantedOn: 3 };
    const row = mapRow(['', 'pas-un-mel', 'T99', '31/02/2024'], 5, m, { profiles, bulletins: [bulletin], defaultBulletinId: 'b1' }, TODAY);
    expect(row.errors).toEqual([
      'Nom manquant.',
      'Mél « pas-un-mel » invalide.',
      'Profil « T99 » inconnu : il n’est pas dans le catalogue des profils (Paramètres).',
      'Date d’habilitation « 31/02/2024 » : date attendue au format jj/mm/aaaa.',
    ]);
    const ok = mapRow(['BENALI', 'k.benali@ville.fr', 't13', '01/02/2024'], 2, m, { profiles, bulletins: [bulletin], defaultBulletinId: 'b1' }, TODAY);
    expect(ok).toMatchObject({ errors: [], agent: { lastName: 'BENALI', email: 'k.benali@ville.fr' }, grant: { profileCode: 'T13', bulletinId: 'b1', grantedOn: '2024-02-01' } });
  });

  it('skips rows over quota, counting rows imported earlier in the same file, and reuses known agents', () => {
    const m = { lastName: 0, firstName: 1, profileCode: 2 };
    const ctx = { profiles, bulletins: [bulletin], defaultBulletinId: 'b1' };
    const rows = [['A', 'a', 'T13'], ['B', 'b', 'T13'], ['C', 'c', 'T13'], ['DJIRE', 'Véronique', ''], ['A', 'a', 'T13']].map((r, i) => mapRow(r, i + 2, m, ctx, TODAY));
    let n = 0;
    const plan = planImport(
      rows,
      { agents: [{ id: 'known', organisationId: 'o', lastName: 'Djiré', firstName: 'Veronique', qualifiedSocialWorker: false }], habilitations: [], quotas, bulletins: [bulletin] },
      TODAY,
      () => `id${++n}`,
    );
    expect(plan.rows.map((r) => r.outcome.kind)).toEqual(['new-agent', 'new-agent', 'skipped', 'existing-agent', 'skipped']);
    expect(plan.rows[2]!.refusals[0]).toContain('Quota atteint pour le profil T13 (2 sur 2');
    expect(plan).toMatchObject({ newAgents: 2, reusedAgents: 1, habilitations: 2, skipped: 2 });
  });

  it('exports the roster as rows the import reads back', () => {
    const rows = rosterCsvRows({
      agents: [{ id: 'a', organisationId: 'o', lastName: 'BENALI', firstName: 'Karim', qualifiedSocialWorker: false, email: 'k@ville.fr' }],
      habilitations: [{ id: 'h', agentId: 'a', bulletinId: 'b1', profileCode: 'T13', grantedOn: '2024-02-01' }],
      bulletins: [bulletin],
      formatDate: (d) => (d ? d.split('-').reverse().join('/') : ''),
    });
    const mapping = guessMapping(ROSTER_CSV_HEADER as unknown as string[]);
    const back = mapRow(rows[0]!, 2, mapping, { profiles, bulletins: [bulletin] }, TODAY);
    expect(back.errors).toEqual([]);
    expect(back.agent).toMatchObject({ lastName: 'BENALI', firstName: 'Karim', email: 'k@ville.fr' });
    expect(back.grant).toEqual({ profileCode: 'T13', bulletinId: 'b1', grantedOn: '2024-02-01' });
  });
});
